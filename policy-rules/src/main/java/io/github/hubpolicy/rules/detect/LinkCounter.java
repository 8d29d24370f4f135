package io.github.hubpolicy.rules.detect;

/**
 * Counts links (section 4): every occurrence of {@code http://} or {@code https://}, the scheme in
 * any ASCII case. Only ASCII case is ignored, so no Unicode folding makes a link out of look-alike
 * letters.
 *
 * <p>Linear: {@code ://} is found with {@code String.indexOf} (most texts hold none), and each
 * occurrence looks back at the at most five characters before it. Every link holds exactly one
 * {@code ://} and no two links share one (the characters before it cannot end in both {@code p}
 * and {@code s}), so counting the occurrences preceded by a scheme counts the links.
 */
final class LinkCounter {
    private static final String SEPARATOR = "://";

    private LinkCounter() {
    }

    static int count(String text) {
        int links = 0;
        for (int at = text.indexOf(SEPARATOR); at >= 0; at = text.indexOf(SEPARATOR, at + SEPARATOR.length())) {
            if (Ascii.regionMatchesIgnoreCase(text, at - 4, "http")
                    || Ascii.regionMatchesIgnoreCase(text, at - 5, "https")) {
                links++;
            }
        }
        return links;
    }
}
