package io.github.hubpolicy.rules.detect;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Finds bounded {@code local@domain.tld} addresses (section 4): a local part of letters, digits and
 * {@code ._%+-}; a domain of dot-separated labels of letters, digits and hyphens; a top-level label
 * of two or more letters. Where several endings fit, the longest bounded one wins, as a greedy
 * regular expression would choose ({@code a@b.co-uk} holds {@code a@b.co}).
 *
 * <p>Catalog revision 2: the {@code @} may be written {@code [at]}, {@code (at)}, {@code {at}} or
 * {@code <at>}, and a dot between domain labels {@code [dot]}, {@code (dot)}, {@code {dot}} or
 * {@code <dot>}: the word in any ASCII case, brackets of one pair, optional spaces (U+0020, which
 * the view also reads for U+3000) inside the brackets and around them. Such an address is
 * normalized to its plain form ({@code jane.doe [at] example [dot] com} is
 * {@code jane.doe@example.com}), so it is the same contact detail as the address written plainly.
 * Only a space counts as a space here: a tab or a line break between the parts is not how an
 * address is written out, and reading across lines would join unrelated words.
 *
 * <p>Linear: each separator reads back over its local part and forward over its domain; neither
 * crosses another {@code @} or bracketed {@code at}, and the spaces around a separator are read by
 * that separator alone.
 */
final class EmailDetector {
    private static final String AT = "at";
    private static final String DOT = "dot";
    /** The characters a separator starts with: {@code @} and the opening brackets. */
    private static final String SEPARATOR_START = "@[({<";

    private EmailDetector() {
    }

    static List<ContactDetail> find(TextField field, String text) {
        // The next occurrence of each character a separator starts with; String.indexOf is the
        // fastest way through a text that, like most, holds few of them.
        int at = text.indexOf('@');
        int square = text.indexOf('[');
        int round = text.indexOf('(');
        int curly = text.indexOf('{');
        int angle = text.indexOf('<');
        if (Math.max(Math.max(at, square), Math.max(Math.max(round, curly), angle)) < 0) {   // none of them
            return List.of();
        }
        List<ContactDetail> found = List.of();
        int lastEnd = 0;
        int[] next = {at, square, round, curly, angle};   // in the order of SEPARATOR_START
        for (int i = nextCandidate(text, next, 0); i >= 0; i = nextCandidate(text, next, i + 1)) {
            char c = text.charAt(i);
            int separatorEnd;
            if (c == '@') {
                separatorEnd = i + 1;
            } else {
                separatorEnd = bracketedWordEnd(text, i, AT);
                if (separatorEnd < 0) {
                    continue;
                }
            }
            boolean plain = c == '@';
            int localEnd = plain ? i : spacesBefore(text, i, lastEnd);
            int start = localPartStart(text, localEnd, lastEnd);
            if (start == localEnd) {
                continue;
            }
            int domainStart = plain ? separatorEnd : spacesAfter(text, separatorEnd);
            DomainEnd domain = domainEnd(text, domainStart);
            if (domain.end < 0) {
                continue;
            }
            String normalized = plain && !domain.bracketed
                    ? text.substring(start, domain.end).toLowerCase(Locale.ROOT)
                    : normalized(text, start, localEnd, domainStart, domain.end);
            if (found.isEmpty()) {
                found = new ArrayList<>();
            }
            found.add(new ContactDetail(ContactKind.EMAIL, normalized, new Span(field, start, domain.end)));
            lastEnd = domain.end;
            i = domain.end - 1;
        }
        return found;
    }

    /** The first index at or after {@code from} where a separator may start, or -1; advances {@code next}. */
    private static int nextCandidate(String text, int[] next, int from) {
        int candidate = -1;
        for (int k = 0; k < next.length; k++) {
            if (next[k] >= 0 && next[k] < from) {
                next[k] = text.indexOf(SEPARATOR_START.charAt(k), from);
            }
            if (next[k] >= 0 && (candidate < 0 || next[k] < candidate)) {
                candidate = next[k];
            }
        }
        return candidate;
    }

    /**
     * The leftmost bounded start of the local part ending at {@code end}, or {@code end} when there
     * is none. The part must not reach back into the previous address.
     */
    private static int localPartStart(String text, int end, int floor) {
        int start = end;
        while (start > floor && isLocalChar(text.charAt(start - 1))) {
            start--;
        }
        // Only at the floor can a letter or digit sit directly before: step past it to a bounded start.
        while (start < end && start > 0 && Ascii.isLetterOrDigit(text.charAt(start - 1))) {
            start++;
        }
        return start;
    }

    /** Where a domain ends, and whether a bracketed dot separates any of its labels up to there. */
    private record DomainEnd(int end, boolean bracketed) {
    }

    /**
     * The end of the longest {@code label.(label.)*tld} starting at {@code from} whose top-level
     * label is followed by neither letter nor digit (end -1 when there is none); a dot may be a
     * bracketed {@code dot}.
     */
    private static DomainEnd domainEnd(String text, int from) {
        int best = -1;
        boolean bracketedBeforeBest = false;
        boolean bracketed = false;
        int labels = 0;
        int labelStart = from;
        while (true) {
            int labelEnd = labelStart;
            while (labelEnd < text.length() && isLabelChar(text.charAt(labelEnd))) {
                labelEnd++;
            }
            if (labelEnd == labelStart) {
                return new DomainEnd(best, bracketedBeforeBest);
            }
            if (labels > 0) {
                // A top-level label is the label's leading letters, bounded: all of the label, or
                // the part before a hyphen.
                int letters = labelStart;
                while (letters < labelEnd && Ascii.isLetter(text.charAt(letters))) {
                    letters++;
                }
                if (letters - labelStart >= 2 && (letters == labelEnd || text.charAt(letters) == '-')) {
                    best = letters;
                    bracketedBeforeBest = bracketed;
                }
            }
            int next = nextLabelStart(text, labelEnd);
            if (next < 0) {
                return new DomainEnd(best, bracketedBeforeBest);
            }
            bracketed |= next != labelEnd + 1 || text.charAt(labelEnd) != '.';
            labels++;
            labelStart = next;
        }
    }

    /** Where the label after the separator at {@code labelEnd} starts ({@code .} or a bracketed dot), or -1. */
    private static int nextLabelStart(String text, int labelEnd) {
        if (labelEnd >= text.length()) {
            return -1;
        }
        if (text.charAt(labelEnd) == '.') {
            return labelEnd + 1;
        }
        int open = spacesAfter(text, labelEnd);
        if (open >= text.length() || !isOpeningBracket(text.charAt(open))) {
            return -1;
        }
        int close = bracketedWordEnd(text, open, DOT);
        return close < 0 ? -1 : spacesAfter(text, close);
    }

    /** The plain form of an address written with bracketed separators, lower-cased. */
    private static String normalized(String text, int start, int localEnd, int domainStart, int end) {
        StringBuilder plain = new StringBuilder(end - start).append(text, start, localEnd).append('@');
        int i = domainStart;
        while (i < end) {
            char c = text.charAt(i);
            if (isLabelChar(c) || c == '.') {
                plain.append(c);
                i++;
            } else {
                // Inside a domain anything else is a bracketed dot with its spaces.
                plain.append('.');
                i = nextLabelStart(text, i);
            }
        }
        return plain.toString().toLowerCase(Locale.ROOT);
    }

    /**
     * The end of {@code word} in brackets of one pair at {@code open} (ASCII case ignored, spaces
     * allowed inside the brackets), or -1.
     */
    private static int bracketedWordEnd(String text, int open, String word) {
        char close = switch (text.charAt(open)) {
            case '[' -> ']';
            case '(' -> ')';
            case '{' -> '}';
            case '<' -> '>';
            default -> 0;
        };
        int wordStart = spacesAfter(text, open + 1);
        if (close == 0 || !Ascii.regionMatchesIgnoreCase(text, wordStart, word)) {
            return -1;
        }
        int closing = spacesAfter(text, wordStart + word.length());
        return closing < text.length() && text.charAt(closing) == close ? closing + 1 : -1;
    }

    private static boolean isOpeningBracket(char c) {
        return c == '[' || c == '(' || c == '{' || c == '<';
    }

    /** The index after the spaces starting at {@code from}. */
    private static int spacesAfter(String text, int from) {
        int i = from;
        while (i < text.length() && text.charAt(i) == ' ') {
            i++;
        }
        return i;
    }

    /** The index of the first of the spaces ending at {@code end}, not before {@code floor}. */
    private static int spacesBefore(String text, int end, int floor) {
        int i = end;
        while (i > floor && text.charAt(i - 1) == ' ') {
            i--;
        }
        return i;
    }

    private static boolean isLocalChar(char c) {
        return Ascii.isLetterOrDigit(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-';
    }

    private static boolean isLabelChar(char c) {
        return Ascii.isLetterOrDigit(c) || c == '-';
    }
}
