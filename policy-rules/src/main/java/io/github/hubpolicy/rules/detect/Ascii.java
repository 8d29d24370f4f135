package io.github.hubpolicy.rules.detect;

/**
 * Character classes of section 4: "letters" and "digits" are ASCII, and "bounded" means not
 * directly preceded or followed by an ASCII letter or digit.
 */
final class Ascii {
    private Ascii() {
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    static boolean isLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    static boolean isUpper(char c) {
        return c >= 'A' && c <= 'Z';
    }

    static boolean isLetterOrDigit(char c) {
        return isLetter(c) || isDigit(c);
    }

    static char toLower(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }

    /** True when no ASCII letter or digit sits directly before {@code start} or at {@code end}. */
    static boolean isBounded(String text, int start, int end) {
        return isBoundedBefore(text, start) && isBoundedAfter(text, end);
    }

    /** True when no ASCII letter or digit sits directly before {@code start}. */
    static boolean isBoundedBefore(String text, int start) {
        return start == 0 || !isLetterOrDigit(text.charAt(start - 1));
    }

    /** True when no ASCII letter or digit sits at {@code end}. */
    static boolean isBoundedAfter(String text, int end) {
        return end == text.length() || !isLetterOrDigit(text.charAt(end));
    }

    /**
     * True when {@code text} holds {@code lowerCase} at {@code at}, ignoring ASCII case only (so no
     * Unicode folding turns another character into an ASCII one).
     */
    static boolean regionMatchesIgnoreCase(String text, int at, String lowerCase) {
        if (at < 0 || at + lowerCase.length() > text.length()) {
            return false;
        }
        for (int i = 0; i < lowerCase.length(); i++) {
            if (toLower(text.charAt(at + i)) != lowerCase.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** The index after the run of ASCII digits starting at {@code from}. */
    static int digitRunEnd(String text, int from) {
        int i = from;
        while (i < text.length() && isDigit(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /** The index after the run of ASCII letters and digits at {@code from}, reading at most {@code limit}. */
    static int alnumRunEnd(String text, int from, int limit) {
        int end = limit >= text.length() - from ? text.length() : from + limit;
        int i = from;
        while (i < end && isLetterOrDigit(text.charAt(i))) {
            i++;
        }
        return i;
    }
}
