package io.github.hubpolicy.rules.detect;

import java.util.Arrays;

/**
 * The normalized view of one field's text that every detector reads (section 4, "What the
 * detectors read", catalog revision 2), and the way back from its positions to the text as
 * received. Made character by character, in one pass:
 *
 * <ul>
 *   <li>a format character (general category {@code Cf}) is left out;
 *   <li>a full-width form of an ASCII character (U+FF01 to U+FF5E) is read as that character, and
 *       the ideographic space (U+3000) as a space;
 *   <li>a decimal digit of any script (category {@code Nd}, astral ones included) is read as the
 *       ASCII digit of the same value;
 *   <li>every other character is read as it is.
 * </ul>
 *
 * <p>Most texts need none of this: {@link #of} then returns a view that is the text itself, with no
 * copy and no map, after one read of its characters. Otherwise the map back is kept compactly, as
 * the points where the distance between a view position and its original position grows (after a
 * left-out character, and after an astral digit, two code units read as one): full-width forms and
 * other digits of the basic plane keep positions, so they cost no map entry at all.
 */
final class TextView {
    /** What {@link #read} returns for a character the view leaves out. */
    private static final int LEFT_OUT = -1;

    private static final int[] NONE = new int[0];

    private final String original;
    private final String view;
    /** How many ASCII digits the view holds, and where the first and last lie (-1 when none). */
    private final int digits;
    private final int firstDigit;
    private final int lastDigit;
    /**
     * Where the first and the last digit run lie that can start a card or a social security
     * number ({@link CardAndSsnDetector#mayStartAt}), -1 when none: the rest start none.
     */
    private final int firstIdentifierRun;
    private final int lastIdentifierRun;
    /** View positions from which the shift at the same index applies, ascending; empty when positions agree. */
    private final int[] from;
    /** How many code units further on the original position of a view position at or after {@code from[i]} lies. */
    private final int[] shift;

    private TextView(String original, String view, int[] from, int[] shift, int digits, int firstDigit, int lastDigit,
            int firstIdentifierRun, int lastIdentifierRun) {
        this.original = original;
        this.view = view;
        this.from = from;
        this.shift = shift;
        this.digits = digits;
        this.firstDigit = firstDigit;
        this.lastDigit = lastDigit;
        this.firstIdentifierRun = firstIdentifierRun;
        this.lastIdentifierRun = lastIdentifierRun;
    }

    /**
     * The view of {@code text}; the text itself when it holds nothing the view reads differently.
     * The same read counts the view's digits, so that the detectors that need digits (cards,
     * social security numbers, phone numbers) skip a text without them, and read only from its
     * first digit to its last, without a pass of their own; and it notes the digit runs a card or
     * a social security number can start with, so that the card detector reads only from the
     * first of them to the last.
     */
    static TextView of(String text) {
        int digits = 0;
        int firstDigit = -1;
        int lastDigit = -1;
        int runStart = -1;
        int firstIdentifierRun = -1;
        int lastIdentifierRun = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                // ASCII is read as it is: no ASCII character is a format character or a non-ASCII digit.
                if (Ascii.isDigit(c)) {
                    if (runStart < 0) {
                        runStart = i;
                        firstDigit = firstDigit < 0 ? i : firstDigit;
                    }
                    lastDigit = i;
                    digits++;
                    continue;
                }
            } else if (changes(text, i, c)) {
                return build(text, i);
            }
            if (runStart >= 0) {
                if (CardAndSsnDetector.mayStartAt(text, runStart, i)) {
                    firstIdentifierRun = firstIdentifierRun < 0 ? runStart : firstIdentifierRun;
                    lastIdentifierRun = runStart;
                }
                runStart = -1;
            }
        }
        if (runStart >= 0 && CardAndSsnDetector.mayStartAt(text, runStart, text.length())) {
            firstIdentifierRun = firstIdentifierRun < 0 ? runStart : firstIdentifierRun;
            lastIdentifierRun = runStart;
        }
        return new TextView(text, text, NONE, NONE, digits, firstDigit, lastDigit, firstIdentifierRun, lastIdentifierRun);
    }

    /** The normalized text that the detectors read. */
    String text() {
        return view;
    }

    /** How many ASCII digits the view holds (every script's digits are read as ASCII ones). */
    int digits() {
        return digits;
    }

    /** The view position of the first digit, or -1 when there is none. */
    int firstDigit() {
        return firstDigit;
    }

    /** The view position after the last digit, or 0 when there is none. */
    int digitsEnd() {
        return lastDigit + 1;
    }

    /**
     * The view position of the first digit run that can start a card or a social security
     * number, or -1 when none can: {@link CardAndSsnDetector} reads from here.
     */
    int firstIdentifierRun() {
        return firstIdentifierRun;
    }

    /** The view position after the start of the last such run, or 0 when there is none. */
    int identifierRunsEnd() {
        return lastIdentifierRun + 1;
    }

    /** True when the view is the text as received (nothing to normalize). */
    boolean isPlain() {
        return view == original;
    }

    /**
     * The span in the text as received that the view's {@code [start, end)} stands for: from the
     * first original character of its first view character to the last of its last, with any
     * left-out characters between them. An empty range maps to an empty span before the original
     * character at {@code start}.
     */
    Span span(TextField field, int start, int end) {
        if (view == original) {
            return new Span(field, start, end);
        }
        int originalStart = originalIndex(start);
        if (end == start) {
            return new Span(field, originalStart, originalStart);
        }
        int lastStart = originalIndex(end - 1);
        return new Span(field, originalStart, lastStart + originalLength(end - 1, lastStart));
    }

    /** A span the detectors found in the view, mapped back to the text as received. */
    Span toOriginal(Span inView) {
        return view == original ? inView : span(inView.field(), inView.start(), inView.end());
    }

    /** Where view position {@code index} lies in the text as received ({@code index <= view length}). */
    private int originalIndex(int index) {
        // The change points are strictly ascending (a run of left-out characters moves one point).
        int point = Arrays.binarySearch(from, index);
        if (point < 0) {
            point = -point - 2;   // the last change point before index
        }
        return point < 0 ? index : index + shift[point];
    }

    /** How many code units of the original view character {@code index} (found at {@code at}) stands for. */
    private int originalLength(int index, int at) {
        // An astral digit is two code units read as one; any other character is read unit for unit.
        return Character.isHighSurrogate(original.charAt(at)) && !Character.isSurrogate(view.charAt(index)) ? 2 : 1;
    }

    private static boolean changes(String text, int i, char c) {
        int codePoint = Character.isHighSurrogate(c) ? text.codePointAt(i) : c;
        return read(codePoint) != codePoint;
    }

    private static TextView build(String text, int first) {
        StringBuilder view = new StringBuilder(text.length()).append(text, 0, first);
        int[] from = new int[4];
        int[] shift = new int[4];
        int points = 0;
        int currentShift = 0;
        int i = first;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c < 0x80) {
                view.append(c);
                i++;
                continue;
            }
            int codePoint = Character.isHighSurrogate(c) ? text.codePointAt(i) : c;
            int units = Character.charCount(codePoint);
            int read = read(codePoint);
            if (read == LEFT_OUT) {
                currentShift += units;
            } else if (read == codePoint) {
                view.append(text, i, i + units);   // as it is (a lone surrogate too)
            } else {
                view.append((char) read);
                currentShift += units - 1;
            }
            i += units;
            if (points == 0 ? currentShift != 0 : currentShift != shift[points - 1]) {
                if (points == from.length) {
                    from = Arrays.copyOf(from, points * 2);
                    shift = Arrays.copyOf(shift, points * 2);
                }
                from[points] = view.length();
                shift[points] = currentShift;
                // A run of left-out characters moves one point instead of adding one per character.
                if (points > 0 && from[points - 1] == view.length()) {
                    shift[points - 1] = currentShift;
                } else {
                    points++;
                }
            }
        }
        String read = view.toString();
        int digits = 0;
        int firstDigit = -1;
        int lastDigit = -1;
        int firstIdentifierRun = -1;
        int lastIdentifierRun = -1;
        int k = 0;
        while (k < read.length()) {
            if (!Ascii.isDigit(read.charAt(k))) {
                k++;
                continue;
            }
            int runEnd = Ascii.digitRunEnd(read, k);
            firstDigit = firstDigit < 0 ? k : firstDigit;
            lastDigit = runEnd - 1;
            digits += runEnd - k;
            if (CardAndSsnDetector.mayStartAt(read, k, runEnd)) {
                firstIdentifierRun = firstIdentifierRun < 0 ? k : firstIdentifierRun;
                lastIdentifierRun = k;
            }
            k = runEnd;
        }
        return new TextView(text, read, Arrays.copyOf(from, points), Arrays.copyOf(shift, points), digits, firstDigit, lastDigit,
                firstIdentifierRun, lastIdentifierRun);
    }

    /** What the view reads for one non-ASCII code point: {@link #LEFT_OUT}, an ASCII character, or the code point itself. */
    private static int read(int codePoint) {
        if (codePoint >= 0xff01 && codePoint <= 0xff5e) {
            return codePoint - 0xff01 + '!';
        }
        if (codePoint == 0x3000) {
            return ' ';
        }
        int type = Character.getType(codePoint);
        if (type == Character.FORMAT) {
            return LEFT_OUT;
        }
        if (type == Character.DECIMAL_DIGIT_NUMBER) {
            return '0' + Character.digit(codePoint, 10);
        }
        return codePoint;
    }
}
