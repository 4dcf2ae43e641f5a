package org.cspdesk.app;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import org.cspdesk.platform.api.Audited;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every write endpoint of every module is {@link Audited}, so that each of its refusals lands in the
 * activity log (docs/rules.md rule 10; Kill Bill's "a write that is not declared audited is refused").
 * A refused {@code POST /v1/customers} once left no record because it was not.
 */
class EveryWriteRecordsItsRefusalsTest {
    private static final Set<Class<? extends java.lang.annotation.Annotation>> WRITES =
            Set.of(POST.class, PUT.class, PATCH.class, DELETE.class);

    /**
     * POSTs that change nothing: the development sign-in only signs a token (and exists only in development); a
     * download link of the activity log only signs a read (its refusals are a read's, not recorded).
     */
    private static final Set<String> CHANGE_NOTHING = Set.of("org.cspdesk.dashboard.web.DevSignInResource.signIn",
            "org.cspdesk.audit.web.AuditDownloadsResource.create");

    @Test
    void everyWriteEndpointIsAudited() {
        var classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.cspdesk");
        List<String> writes = new ArrayList<>();
        List<String> unaudited = new ArrayList<>();
        for (JavaClass type : classes) {
            for (JavaMethod method : type.getMethods()) {
                if (WRITES.stream().noneMatch(method::isAnnotatedWith)) {
                    continue;
                }
                writes.add(type.getSimpleName() + "." + method.getName());
                if (!method.isAnnotatedWith(Audited.class) && !CHANGE_NOTHING.contains(type.getName() + "." + method.getName())) {
                    unaudited.add(type.getName() + "." + method.getName());
                }
            }
        }
        assertThat(writes).as("write endpoints found").hasSizeGreaterThan(15);
        assertThat(unaudited).as("write endpoints without @Audited").isEmpty();
    }
}
