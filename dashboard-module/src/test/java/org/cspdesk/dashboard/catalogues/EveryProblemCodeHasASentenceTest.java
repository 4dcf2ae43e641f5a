package org.cspdesk.dashboard.catalogues;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every problem code the server can answer has a sentence in each language (errors.json, key error.CODE), so the
 * dashboard never shows a reader a code. The codes are read from the sources of every module: the code argument of
 * ApiProblem's factories and constructor, ServletProblem's, and the tryAgain answers.
 */
class EveryProblemCodeHasASentenceTest {
    private static final Pattern CODE = Pattern.compile(
            "(?:ApiProblem\\.\\w+|new ApiProblem|new ServletProblem|tryAgain)\\(\\s*(?:\\d+,\\s*)?\"([a-z]+(?:_[a-z]+)+)\"");
    /** Codes built outside those calls (the platform's JWT and throttling filters, and the catch-alls). */
    private static final Set<String> ALSO = Set.of("customer_not_found", "unauthenticated", "invalid_token",
            "throttled", "database_unavailable", "internal_error", "not_found", "forbidden_role");

    @Test
    void everyCodeOfEveryModuleHasASentenceInEveryLanguage() throws IOException {
        Set<String> codes = new TreeSet<>(ALSO);
        try (Stream<Path> sources = Files.walk(Path.of(".."))) {
            for (Path source : sources.filter(EveryProblemCodeHasASentenceTest::isMainJava).toList()) {
                Matcher code = CODE.matcher(Files.readString(source));
                while (code.find()) codes.add(code.group(1));
            }
        }
        assertThat(codes).as("codes found in the sources").hasSizeGreaterThan(60).contains("prerequisites_not_met");
        List<String> missing = new ArrayList<>();
        for (String language : Catalogues.LANGUAGES) {
            Map<String, String> errors = Catalogues.words(language, "errors");
            for (String code : codes) {
                if (!errors.containsKey("error." + code)) missing.add(language + ": error." + code);
            }
        }
        assertThat(missing).isEmpty();
    }

    private static boolean isMainJava(Path file) {
        String path = file.toString().replace('\\', '/');
        return path.endsWith(".java") && path.contains("/src/main/java/") && !path.contains("/target/")
                && !path.contains("/devtools/");
    }
}
