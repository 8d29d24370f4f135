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
 * <p>Linear: each {@code @} reads back over its local part and forward over its domain, and
 * neither crosses another {@code @}.
 */
final class EmailDetector {
    private EmailDetector() {
    }

    static List<ContactDetail> find(TextField field, String text) {
        List<ContactDetail> found = new ArrayList<>();
        int lastEnd = 0;
        for (int at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
            if (at < lastEnd) {
                continue;
            }
            int start = localPartStart(text, at, lastEnd);
            if (start == at) {
                continue;
            }
            int end = domainEnd(text, at + 1);
            if (end < 0) {
                continue;
            }
            found.add(new ContactDetail(ContactKind.EMAIL, text.substring(start, end).toLowerCase(Locale.ROOT),
                    new Span(field, start, end)));
            lastEnd = end;
        }
        return found;
    }

    /**
     * The leftmost bounded start of the local part ending at {@code at}, or {@code at} when there is
     * none. The part must not reach back into the previous address.
     */
    private static int localPartStart(String text, int at, int floor) {
        int start = at;
        while (start > floor && isLocalChar(text.charAt(start - 1))) {
            start--;
        }
        // Only at the floor can a letter or digit sit directly before: step past it to a bounded start.
        while (start < at && start > 0 && Ascii.isLetterOrDigit(text.charAt(start - 1))) {
            start++;
        }
        return start;
    }

    /**
     * The end of the longest {@code label.(label.)*tld} starting at {@code from} whose top-level
     * label is followed by neither letter nor digit, or -1 when there is none.
     */
    private static int domainEnd(String text, int from) {
        int best = -1;
        int labels = 0;
        int labelStart = from;
        while (true) {
            int labelEnd = labelStart;
            while (labelEnd < text.length() && isLabelChar(text.charAt(labelEnd))) {
                labelEnd++;
            }
            if (labelEnd == labelStart) {
                return best;
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
                }
            }
            if (labelEnd >= text.length() || text.charAt(labelEnd) != '.') {
                return best;
            }
            labels++;
            labelStart = labelEnd + 1;
        }
    }

    private static boolean isLocalChar(char c) {
        return Ascii.isLetterOrDigit(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-';
    }

    private static boolean isLabelChar(char c) {
        return Ascii.isLetterOrDigit(c) || c == '-';
    }
}
