package org.cspdesk.platform.api;

/** {@code "attributes": {"objectType": ..., "etag": ...}} of every resource; etag only where it can change. */
public record Attributes(String objectType, String etag) {

    public static Attributes of(String objectType) {
        return new Attributes(objectType, null);
    }

    public static Attributes of(String objectType, long version) {
        return new Attributes(objectType, ETags.of(version));
    }
}
