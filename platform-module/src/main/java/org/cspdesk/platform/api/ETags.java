package org.cspdesk.platform.api;

/**
 * The ETag of an aggregate is its JPA {@code @Version}. Written as a quoted string; read back from
 * {@code If-Match} or a body's {@code attributes.etag}, quoted or not, weak or not.
 */
public final class ETags {
    private ETags() {
    }

    public static String of(long version) {
        return "\"" + version + "\"";
    }

    /**
     * The version an optional {@code If-Match} asks for: null when absent or {@code *} ("whatever its
     * version"), else the version it names.
     */
    public static Long expectedVersion(String ifMatch) {
        return ifMatch == null || ifMatch.isBlank() || ifMatch.trim().equals("*") ? null : version(ifMatch);
    }

    /** The version an etag names, or a 412 when it cannot name any version of ours. */
    public static long version(String etag) {
        String bare = etag.trim();
        if (bare.startsWith("W/")) {
            bare = bare.substring(2);
        }
        if (bare.length() >= 2 && bare.startsWith("\"") && bare.endsWith("\"")) {
            bare = bare.substring(1, bare.length() - 1);
        }
        try {
            return Long.parseLong(bare);
        } catch (NumberFormatException e) {
            throw ApiProblem.preconditionFailed("The etag '" + Echo.shortly(etag) + "' does not match the current version.");
        }
    }
}
