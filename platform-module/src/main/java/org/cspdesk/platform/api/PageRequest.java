package org.cspdesk.platform.api;

/**
 * A page of a keyset-paged list: how many items, and the position after which to continue (already
 * decoded from a verified continuation token; empty for the first page).
 */
public record PageRequest(int size, java.util.List<String> after) {
    public static final int DEFAULT_SIZE = 100;
    public static final int MAX_SIZE = 500;

    public PageRequest {
        after = after == null ? java.util.List.of() : java.util.List.copyOf(after);
    }

    public boolean isFirst() {
        return after.isEmpty();
    }

    /** The time at {@code index} of the position to continue after; null on the first page. */
    public java.time.OffsetDateTime afterTime(int index) {
        return isFirst() ? null : java.time.OffsetDateTime.parse(after.get(index));
    }

    /** The id at {@code index} of the position to continue after; null on the first page. */
    public java.util.UUID afterId(int index) {
        return isFirst() ? null : java.util.UUID.fromString(after.get(index));
    }

    /**
     * Checks the {@code size} query parameter: 1..500, 100 when absent or 0 (Partner Center's SDKs send
     * {@code size=0} for "the default" in a simple query).
     */
    public static int size(String sizeParameter) {
        if (sizeParameter == null || sizeParameter.isEmpty()) {
            return DEFAULT_SIZE;
        }
        int requested;
        try {
            requested = Integer.parseInt(sizeParameter);
        } catch (NumberFormatException e) {
            requested = -1;
        }
        if (requested == 0) {
            return DEFAULT_SIZE;
        }
        if (requested < 1 || requested > MAX_SIZE) {
            throw ApiProblem.badRequest("invalid_page_size", "'size' must be a whole number from 1 to " + MAX_SIZE
                    + ", or 0 for the default of " + DEFAULT_SIZE + " (got '" + Echo.shortly(sizeParameter) + "').");
        }
        return requested;
    }
}
