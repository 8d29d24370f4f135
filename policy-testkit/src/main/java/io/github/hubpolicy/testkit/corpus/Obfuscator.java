package io.github.hubpolicy.testkit.corpus;

import java.util.Random;

/**
 * Rewrites a text the way someone slipping past plain patterns would, with exactly the evasions
 * that catalog revision 2's detectors see through (guidelines.md section 4, "What the detectors
 * read"): format characters inserted, words in full-width forms, digits of another script, and
 * e-mail addresses with bracketed {@code at} and {@code dot}. None of them changes what the
 * detectors find, only where: a decision of an obfuscated item equals the plain item's but for
 * the offsets in its evidence.
 *
 * <p>An address is rewritten only where its {@code @} sits between two ASCII letters, and a dot
 * of its domain only between two ASCII letters or digits, so no rewrite joins words that were
 * apart (a bracketed separator may have spaces around it; a plain {@code @} may not).
 */
final class Obfuscator {
    /** Format characters (Cf), one astral. */
    private static final String[] FORMAT = {
        "\u200B", "\u200C", "\u200D", "\u2060", "\u00AD", "\uFEFF", "\u200E", "\u202A", "\u2066", "\uDB40\uDC01"};
    /** The digit zero of other scripts (Nd), two astral: Arabic-Indic, Devanagari, Thai, full-width, mathematical bold and monospace. */
    private static final int[] ZEROS = {0x0660, 0x0966, 0x0E50, 0xFF10, 0x1D7CE, 0x1D7F6};
    private static final String[] AT = {"[at]", " (at) ", "{AT}", " < at > ", "(At)"};
    private static final String[] DOT = {"[dot]", " (dot) ", "{DOT}", " < dot > ", "(Dot)"};

    private Obfuscator() {
    }

    /** {@code text} with one or more of the evasions, chosen and placed by {@code random}. */
    static String obfuscate(String text, Random random) {
        int techniques = 1 + random.nextInt(15);   // a non-empty subset of the four
        boolean format = (techniques & 1) != 0;
        boolean fullWidth = (techniques & 2) != 0;
        boolean digits = (techniques & 4) != 0;
        boolean separators = (techniques & 8) != 0;
        int zero = ZEROS[random.nextInt(ZEROS.length)];
        StringBuilder out = new StringBuilder(text.length() + text.length() / 8);
        boolean wordInFullWidth = false;
        boolean inDomain = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (format && random.nextInt(32) == 0) {
                out.append(FORMAT[random.nextInt(FORMAT.length)]);
            }
            if (c <= ' ' || c > '~') {
                inDomain = false;
            }
            if (i == 0 || text.charAt(i - 1) <= ' ') {
                wordInFullWidth = fullWidth && random.nextInt(4) == 0;
            }
            if (separators && c == '@' && isLetter(text, i - 1) && isLetter(text, i + 1)) {
                out.append(AT[random.nextInt(AT.length)]);
                inDomain = true;
            } else if (separators && inDomain && c == '.' && isLetterOrDigit(text, i - 1) && isLetterOrDigit(text, i + 1)) {
                out.append(DOT[random.nextInt(DOT.length)]);
            } else if (digits && c >= '0' && c <= '9') {
                out.appendCodePoint(zero + c - '0');
            } else if (wordInFullWidth && c > ' ' && c <= '~') {
                out.append((char) (c - '!' + 0xFF01));
            } else if (fullWidth && c == ' ' && random.nextInt(16) == 0) {
                out.append('\u3000');
            } else {
                out.append(c);
            }
            if (inDomain && !isLetterOrDigit(text, i) && c != '-' && c != '.' && c != '@') {
                inDomain = false;
            }
        }
        return out.toString();
    }

    private static boolean isLetter(String text, int i) {
        if (i < 0 || i >= text.length()) {
            return false;
        }
        char c = text.charAt(i);
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean isLetterOrDigit(String text, int i) {
        return isLetter(text, i) || i >= 0 && i < text.length() && text.charAt(i) >= '0' && text.charAt(i) <= '9';
    }
}
