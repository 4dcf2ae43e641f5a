package org.cspdesk.app;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HEAD;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every JAX-RS resource method of every module says who may call it. Health and the OpenAPI document
 * are served by Payara itself, so no resource of ours may be open, but two: the dashboard's development sign-in
 * ({@code @PermitAll} by design, and a 404 unless the server runs with the development key and issuer), and the
 * activity log's CSV export, which a browser downloads through a signed link without a bearer token: its code
 * checks the admin roles of a token, or the link's signature, itself (docs/adr/0020).
 */
class EveryEndpointDeclaresItsRolesTest {
    private static final Set<Class<? extends java.lang.annotation.Annotation>> HTTP_METHODS =
            Set.of(GET.class, POST.class, PUT.class, DELETE.class, PATCH.class, HEAD.class);

    private static final String OPEN_BY_DESIGN = "org.cspdesk.dashboard.web.DevSignInResource";
    /** The one method, not its class: any other endpoint added beside it must declare its roles. */
    private static final String CHECKS_ITS_CALLER_ITSELF = "org.cspdesk.audit.web.AuditCsvResource.export";

    @Test
    void everyResourceMethodHasRolesAllowed() {
        var classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.cspdesk");
        List<String> resourceMethods = new ArrayList<>();
        List<String> open = new ArrayList<>();
        for (JavaClass type : classes) {
            for (JavaMethod method : type.getMethods()) {
                boolean endpoint = HTTP_METHODS.stream().anyMatch(method::isAnnotatedWith)
                        || (method.isAnnotatedWith(Path.class) && type.isAnnotatedWith(Path.class));
                if (!endpoint) {
                    continue;
                }
                resourceMethods.add(type.getSimpleName() + "." + method.getName());
                boolean declared = method.isAnnotatedWith(RolesAllowed.class)
                        || (type.isAnnotatedWith(RolesAllowed.class) && !method.isAnnotatedWith(PermitAll.class))
                        || (OPEN_BY_DESIGN.equals(type.getName()) && method.isAnnotatedWith(PermitAll.class))
                        || (CHECKS_ITS_CALLER_ITSELF.equals(type.getName() + "." + method.getName())
                        && method.isAnnotatedWith(PermitAll.class));
                if (!declared) {
                    open.add(type.getName() + "." + method.getName());
                }
            }
        }
        assertThat(resourceMethods).as("resource methods found").isNotEmpty();
        assertThat(open).as("resource methods without @RolesAllowed").isEmpty();
    }
}
