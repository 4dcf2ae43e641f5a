package org.cspdesk.platform.api;

/** What a problem's detail may repeat of a caller's input: a short, printable prefix of it. */
public final class Echo {
    public static final int MAX = 40;

    private Echo() {
    }

    public static String shortly(String value) {
        if (value == null) {
            return "";
        }
        String printable = value.codePoints().limit(MAX + 1L)
                .map(c -> Character.isISOControl(c) ? '?' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        return printable.codePointCount(0, printable.length()) <= MAX ? printable
                : printable.substring(0, printable.offsetByCodePoints(0, MAX)) + "...";
    }
}
