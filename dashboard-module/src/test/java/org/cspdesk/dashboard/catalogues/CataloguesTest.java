package org.cspdesk.dashboard.catalogues;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** English, Swedish and German say the same things: the same keys, every one filled, the same placeholders. */
class CataloguesTest {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)}");
    /** A key the code names literally: t('area.key'). Keys built at run time ('role.' + role) are not literals. */
    private static final Pattern LITERAL_KEY = Pattern.compile("\\bt\\('([A-Za-z0-9_.-]+[A-Za-z0-9_-])'\\s*[,)]");

    @Test
    void everyLanguageHasTheSameKeysInEveryArea() {
        assertThat(Catalogues.areas()).contains("common", "errors", "customers", "account");
        List<String> problems = new ArrayList<>();
        for (String area : Catalogues.areas()) {
            Map<String, String> english = Catalogues.words("en", area);
            for (String language : Catalogues.LANGUAGES) {
                Map<String, String> words = Catalogues.words(language, area);
                Set<String> missing = new TreeSet<>(english.keySet());
                missing.removeAll(words.keySet());
                Set<String> extra = new TreeSet<>(words.keySet());
                extra.removeAll(english.keySet());
                if (!missing.isEmpty()) problems.add(language + "/" + area + ".json lacks " + missing);
                if (!extra.isEmpty()) problems.add(language + "/" + area + ".json has keys English lacks: " + extra);
                words.forEach((key, text) -> {
                    if (text.isBlank()) problems.add(language + "/" + area + ": " + key + " is empty");
                    if (english.containsKey(key) && !placeholders(text).equals(placeholders(english.get(key)))) {
                        problems.add(language + "/" + area + ": " + key + " has placeholders " + placeholders(text)
                                + ", English " + placeholders(english.get(key)));
                    }
                });
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void everyKeyTheCodeNamesHasEnglishWords() throws IOException {
        Set<String> known = new HashSet<>();
        for (String area : Catalogues.areas()) {
            known.addAll(Catalogues.words("en", area).keySet());
        }
        List<String> unknown = new ArrayList<>();
        try (Stream<Path> sources = Files.walk(Catalogues.APP)) {
            for (Path source : sources.filter(file -> file.toString().endsWith(".js")).toList()) {
                Matcher key = LITERAL_KEY.matcher(Files.readString(source));
                while (key.find()) {
                    if (!known.contains(key.group(1))) unknown.add(key.group(1) + " in " + source.getFileName());
                }
            }
        }
        assertThat(unknown).isEmpty();
    }

    private static Set<String> placeholders(String text) {
        Set<String> names = new TreeSet<>();
        Matcher matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) names.add(matcher.group(1));
        return names;
    }
}
