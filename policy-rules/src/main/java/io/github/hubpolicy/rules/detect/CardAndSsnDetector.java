package io.github.hubpolicy.rules.detect;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds payment card numbers and US social security numbers (section 4, sensitive identifiers).
 *
 * <ul>
 *   <li>A card written as one run of digits is a whole run (never a window in a longer one) of 13
 *       to 19 digits, bounded, passing Luhn.
 *   <li>A grouped card is 4-4-4-4 digits with an optional fifth group of 1 to 3, or 4-6-5, bounded,
 *       passing Luhn. "Separated by single spaces or by single hyphens" is read as one separator
 *       throughout: {@code 4111 1111-1111 1111} is not a card, because the catalog offers the two
 *       separators as alternatives and mixed separators are how other numbers are written.
 *   <li>A grouped card is the whole grouped run: it must not be preceded or followed by a space or
 *       hyphen and a digit, either separator, so {@code 4111 1111 1111 1111 2222} and
 *       {@code 4111 1111 1111 1111-2222} hold no card.
 *   <li>A social security number is {@code ddd-dd-dddd} with no digit or hyphen directly around it
 *       (the catalog asks nothing more of its neighbours, so a letter may touch it).
 * </ul>
 *
 * <p>Linear: every run of digits is read once as a run, and once more at most by the grouped form
 * that starts before it (a grouped form reads at most six runs).
 */
final class CardAndSsnDetector {
    private static final int[][] GROUPINGS = {{4, 4, 4, 4}, {4, 6, 5}};
    private static final int MAX_GROUPS = 5;
    /** The fewest digits anything this detector finds holds: a social security number's nine. */
    static final int FEWEST_DIGITS = 9;

    private CardAndSsnDetector() {
    }

    static List<SensitiveIdentifier> find(TextField field, String text) {
        return find(field, text, 0, text.length());
    }

    /**
     * The cards and social security numbers whose first digit lies in {@code [from, to)}; the
     * scanner passes the range from the first digit of the text to the last, so that a text with
     * none is not read at all. Allocates nothing when nothing is found.
     */
    static List<SensitiveIdentifier> find(TextField field, String text, int from, int to) {
        List<SensitiveIdentifier> found = List.of();
        int i = from;
        while (i < to) {
            if (!Ascii.isDigit(text.charAt(i))) {
                i++;
                continue;
            }
            int runEnd = Ascii.digitRunEnd(text, i);
            int length = runEnd - i;
            SensitiveIdentifier identifier = null;
            if (length >= 13 && length <= 19 && Ascii.isBounded(text, i, runEnd) && passesLuhn(text, i, runEnd)) {
                identifier = new SensitiveIdentifier(IdentifierKind.PAYMENT_CARD, new Span(field, i, runEnd));
            } else if (length == 4) {
                int end = groupedCardEnd(text, i);
                if (end > 0) {
                    identifier = new SensitiveIdentifier(IdentifierKind.PAYMENT_CARD, new Span(field, i, end));
                }
            } else if (length == 3) {
                int end = ssnEnd(text, i);
                if (end > 0) {
                    identifier = new SensitiveIdentifier(IdentifierKind.US_SSN, new Span(field, i, end));
                }
            }
            if (identifier != null) {
                if (found.isEmpty()) {
                    found = new ArrayList<>();
                }
                found.add(identifier);
            }
            i = runEnd;
        }
        return found;
    }

    /**
     * Whether the digit run {@code [runStart, runEnd)} is one {@link #find} can start a card or a
     * social security number with: 13 to 19 digits, or 4 followed by a space or hyphen and a
     * digit, or 3 followed by a hyphen and a digit. The view asks this at the end of every run it
     * reads, so that {@code find} reads only from the first such run to the last.
     */
    static boolean mayStartAt(String text, int runStart, int runEnd) {
        int length = runEnd - runStart;
        if (length >= 13) {
            return length <= 19;
        }
        if (length < 3 || length > 4 || runEnd + 1 >= text.length() || !Ascii.isDigit(text.charAt(runEnd + 1))) {
            return false;
        }
        char separator = text.charAt(runEnd);
        return separator == '-' || length == 4 && separator == ' ';
    }

    /** The end of the grouped card starting with the 4-digit run at {@code start}, or -1. */
    private static int groupedCardEnd(String text, int start) {
        if (!Ascii.isBoundedBefore(text, start) || isSeparatorAndDigitBefore(text, start)) {
            return -1;
        }
        char separator = start + 4 < text.length() ? text.charAt(start + 4) : 0;
        if (separator != ' ' && separator != '-' || start + 5 >= text.length() || !Ascii.isDigit(text.charAt(start + 5))) {
            return -1;   // most four-digit runs (years, say) are followed by no second group
        }
        int[] groups = new int[MAX_GROUPS];
        int count = 0;
        int pos = start;
        while (true) {
            int runEnd = Ascii.digitRunEnd(text, pos);
            groups[count++] = runEnd - pos;
            pos = runEnd;
            if (count == MAX_GROUPS || pos + 1 >= text.length()
                    || text.charAt(pos) != separator || !Ascii.isDigit(text.charAt(pos + 1))) {
                break;
            }
            pos++;
        }
        int end = pos;
        if (!fitsGrouping(groups, count)
                || !Ascii.isBoundedAfter(text, end) || isSeparatorAndDigitAt(text, end)
                || !passesLuhn(text, start, end)) {
            return -1;
        }
        return end;
    }

    private static boolean fitsGrouping(int[] groups, int count) {
        for (int[] grouping : GROUPINGS) {
            if (count == grouping.length && startsWith(groups, grouping)) {
                return true;
            }
        }
        // 4-4-4-4 and a fifth group of 1 to 3 digits.
        return count == 5 && startsWith(groups, GROUPINGS[0]) && groups[4] <= 3;
    }

    private static boolean startsWith(int[] groups, int[] prefix) {
        for (int g = 0; g < prefix.length; g++) {
            if (groups[g] != prefix[g]) {
                return false;
            }
        }
        return true;
    }

    /** The end of {@code ddd-dd-dddd} starting with the 3-digit run at {@code start}, or -1. */
    private static int ssnEnd(String text, int start) {
        if (start > 0 && text.charAt(start - 1) == '-') {
            return -1;
        }
        int pos = groupEnd(text, start + 3, 2);
        pos = pos < 0 ? -1 : groupEnd(text, pos, 4);
        return pos < 0 || pos < text.length() && text.charAt(pos) == '-' ? -1 : pos;
    }

    /** The end of a hyphen and exactly {@code length} digits at {@code pos}, or -1. */
    private static int groupEnd(String text, int pos, int length) {
        if (pos >= text.length() || text.charAt(pos) != '-') {
            return -1;
        }
        int runEnd = Ascii.digitRunEnd(text, pos + 1);
        return runEnd - (pos + 1) == length ? runEnd : -1;
    }

    private static boolean isSeparatorAndDigitBefore(String text, int start) {
        return start >= 2 && isSeparator(text.charAt(start - 1)) && Ascii.isDigit(text.charAt(start - 2));
    }

    private static boolean isSeparatorAndDigitAt(String text, int end) {
        return end + 1 < text.length() && isSeparator(text.charAt(end)) && Ascii.isDigit(text.charAt(end + 1));
    }

    private static boolean isSeparator(char c) {
        return c == ' ' || c == '-';
    }

    /** The Luhn check over the ASCII digits in {@code [start, end)}; other characters are skipped. */
    static boolean passesLuhn(String text, int start, int end) {
        int sum = 0;
        boolean doubled = false;
        for (int i = end - 1; i >= start; i--) {
            char c = text.charAt(i);
            if (!Ascii.isDigit(c)) {
                continue;
            }
            int digit = c - '0';
            if (doubled) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
            doubled = !doubled;
        }
        return sum % 10 == 0;
    }
}
