package org.cspdesk.platform.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a write endpoint as audited: its successful changes are recorded by the events they fire, and
 * every refusal of it (wrong role, unmet prerequisites, stale etag, bad input) is recorded as a failed
 * attempt of {@link #operation()} by the platform, in a transaction of its own. Every write endpoint
 * carries it (a test fails on one that does not).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Audited {

    /** The operation attempted. */
    OperationType operation();

    /** The kind of resource it acts on. */
    ResourceType resource();

    /**
     * For a switch endpoint: the boolean body field whose {@code false} means the attempt was the
     * opposite operation ({@link #offOperation()}), e.g. turning a permission off.
     */
    String switchField() default "";

    OperationType offOperation() default OperationType.DELETE_SELF_SERVE_POLICY;
}
