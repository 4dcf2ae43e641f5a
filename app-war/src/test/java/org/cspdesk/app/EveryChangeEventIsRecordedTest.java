package org.cspdesk.app;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.enterprise.event.Observes;
import org.cspdesk.audit.internal.ChangeEvents;
import org.cspdesk.platform.api.Actor;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Nothing changes without its activity-log record (issue 5): every change event a module exports (a
 * record in an {@code api} package that says who acted, an {@link Actor}) has an observer in
 * {@link ChangeEvents}. A module that adds an event and forgets the audit module fails here, not in
 * production when an admin looks for a change that was never recorded.
 */
class EveryChangeEventIsRecordedTest {

    @Test
    void theAuditModuleObservesEveryChangeEventOfEveryModule() {
        Set<String> events = changeEventsOfEveryModule();
        Set<String> observed = observedBy(ChangeEvents.class);

        // Guard against a vacuous pass: the scan must find the events we know of, in every module.
        assertThat(events).contains("org.cspdesk.customers.api.CustomerAdded",
                "org.cspdesk.subscriptions.api.SubscriptionPurchased",
                "org.cspdesk.permissions.api.SelfServePolicyCreated",
                "org.cspdesk.reservations.api.ReservationOrdered",
                "org.cspdesk.platform.api.AttemptRefused");
        assertThat(observed).as("events ChangeEvents observes").isNotEmpty();

        Set<String> unrecorded = new TreeSet<>(events);
        unrecorded.removeAll(observed);
        assertThat(unrecorded).as("change events without an @Observes method in ChangeEvents").isEmpty();
    }

    /** Records in any module's api package with an Actor component: the changes someone made. */
    private static Set<String> changeEventsOfEveryModule() {
        return new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.cspdesk").stream()
                .filter(type -> type.getPackageName().matches("org\\.cspdesk\\.[a-z]+\\.api"))
                .map(JavaClass::reflect)
                .filter(Class::isRecord)
                .filter(type -> Arrays.stream(type.getRecordComponents())
                        .map(RecordComponent::getType).anyMatch(Actor.class::equals))
                .map(Class::getName)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> observedBy(Class<?> observer) {
        Set<String> observed = new TreeSet<>();
        for (Method method : observer.getDeclaredMethods()) {
            for (Parameter parameter : method.getParameters()) {
                if (parameter.isAnnotationPresent(Observes.class)) {
                    observed.add(parameter.getType().getName());
                }
            }
        }
        return observed;
    }
}
