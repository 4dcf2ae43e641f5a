package org.cspdesk.platform.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a write endpoint as audited: its successful changes are recorded by the events they fire, and
 * every refusal of it (wrong role, unmet prerequisites, stale etag, bad input) is recorded as a failed
 * attempt of {@link #operationType()} by the platform, in a transaction of its own.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Audited {

    /** The activity log's resource type, e.g. {@code self_serve_policy}. */
    String resourceType();

    /** The operation attempted, e.g. {@code create_self_serve_policy}. */
    String operationType();

    /**
     * For a switch endpoint: the boolean body field whose {@code false} means the attempt was the
     * opposite operation ({@link #offOperationType()}), e.g. turning a permission off.
     */
    String switchField() default "";

    String offOperationType() default "";
}
