package org.uca.domain.shared;

import io.vavr.control.Option;

/**
 * What counts as text in the record, the same for every front end and for the domain's {@link Checks}: which
 * characters cannot be kept at all, which may not go into a letter, and what is blank.
 */
public final class PlainText {

    private PlainText() {
    }

    /**
     * The first character that cannot be kept in the record, as a code point: a control character (C0 other than
     * tab, line feed and carriage return; DEL; C1, U+0080–U+009F) or half of a surrogate pair without its other
     * half. PostgreSQL cannot store NUL or a lone surrogate at all (H2 can), and the others print as nothing or as
     * garbage on a page or in a letter.
     */
    public static Option<Integer> firstUnstorable(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r') {
                return Option.some((int) c);
            }
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++; // a pair: one character outside the Basic Multilingual Plane
            } else if (Character.isSurrogate(c)) {
                return Option.some((int) c);
            }
        }
        return Option.none();
    }

    /**
     * The first invisible character that can disguise or reorder text, as a code point: the bidirectional
     * embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069), which make a letter read differently from
     * what was typed ("Trojan Source"), and the zero-width characters (U+200B–U+200D, U+2060, U+FEFF), which hide
     * inside words and defeat every check that reads them. The left-to-right and right-to-left marks (U+200E,
     * U+200F) are allowed: they reorder nothing beyond the punctuation beside them, and a name in Arabic or Hebrew
     * may need one to print correctly.
     */
    public static Option<Integer> firstDisguising(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if ((c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069')
                    || (c >= '\u200B' && c <= '\u200D') || c == '\u2060' || c == '\uFEFF') {
                return Option.some((int) c);
            }
        }
        return Option.none();
    }

    /**
     * Empty, or only spaces of any kind: besides what {@link String#isBlank} counts, the no-break spaces (U+00A0,
     * U+2007, U+202F) and the other Unicode spaces (U+2000–U+200A, U+205F, U+3000...), which look as empty.
     */
    public static boolean isBlank(String value) {
        return value == null || value.codePoints().allMatch(PlainText::isSpace);
    }

    /** Without spaces of any kind (as {@link #isBlank} counts them) at either end. */
    public static String strip(String value) {
        int start = 0;
        int end = value.length();
        while (start < end && isSpace(value.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(value.charAt(end - 1))) {
            end--;
        }
        return value.substring(start, end);
    }

    /** The code point as Unicode writes it: U+202E. */
    public static String named(int codePoint) {
        return String.format(java.util.Locale.ROOT, "U+%04X", codePoint);
    }

    private static boolean isSpace(int c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }
}
