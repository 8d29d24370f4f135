package io.github.hubpolicy.rules.detect;

/**
 * Counts links (section 4): every occurrence of {@code http://} or {@code https://}, the scheme in
 * any ASCII case. Only ASCII case is ignored, so no Unicode folding makes a link out of look-alike
 * letters. Linear: one pass, a bounded look at each {@code h}.
 */
final class LinkCounter {
    private LinkCounter() {
    }

    static int count(String text) {
        int links = 0;
        int i = 0;
        while (i < text.length()) {
            int end = schemeEnd(text, i);
            if (end > 0) {
                links++;
                i = end;
            } else {
                i++;
            }
        }
        return links;
    }

    /** The end of {@code http://} or {@code https://} at {@code start}, or -1. */
    private static int schemeEnd(String text, int start) {
        if (!Ascii.regionMatchesIgnoreCase(text, start, "http")) {
            return -1;
        }
        int pos = start + 4;
        if (pos < text.length() && Ascii.toLower(text.charAt(pos)) == 's') {
            pos++;
        }
        return text.startsWith("://", pos) ? pos + 3 : -1;
    }
}
