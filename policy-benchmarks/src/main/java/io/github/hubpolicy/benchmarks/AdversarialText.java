package io.github.hubpolicy.benchmarks;

/**
 * Texts made to cost the phone detector (and so libphonenumber) as much as possible per
 * character: runs and groups of digits joined by every separator the library's number pattern
 * accepts, plus signs, dates, times, long numbers, other scripts' digits and full-width forms.
 * Each shape is one unit repeated to the length asked for, so cost per character can be read
 * off at any length.
 */
public enum AdversarialText {
    /** {@code 4111 4111 ...}: four-digit groups, one space apart; the library's costliest shape. */
    GROUPS_SPACE("4111 "),
    /** {@code 4111-4111-...}: four-digit groups joined by hyphens. */
    GROUPS_HYPHEN("4111-"),
    /** {@code 4111.4111....}: joined by full stops, which the library splits candidates at. */
    GROUPS_DOT("4111."),
    /** {@code 4111/4111/...}: joined by slashes, which the library splits candidates at. */
    GROUPS_SLASH("4111/"),
    /**
     * Four-digit groups joined by each of the library's punctuation marks in turn ({@code -x}, the
     * Unicode hyphens and dashes, the minus sign, full-width and ideographic marks, no-break,
     * soft hyphen and zero-width characters, brackets, dot, slash, tildes).
     */
    GROUPS_EVERY_SEPARATOR(everySeparator()),
    /** {@code 41 11 41 11}: two-digit groups, the most blocks per character. */
    PAIRS_SPACE("41 "),
    /** {@code +1 +1 ...}: plus signs, each starting a candidate of its own. */
    PLUS_ONE("+1 "),
    /** {@code +44 20 7946 +44 ...}: a country code and groups, never a whole number. */
    PLUS_GROUPS("+44 20 7946 "),
    /** {@code 1111...}: one run of digits. */
    DIGIT_RUN("1"),
    /** {@code 12345678901234567890 }: long numbers, one space apart. */
    LONG_NUMBERS("12345678901234567890 "),
    /** {@code 2023-08-30 }: dates. */
    DATES("2023-08-30 "),
    /** {@code 2023-08-30 10:30 }: time stamps, which the library checks against the text after them. */
    TIMES("2023-08-30 10:30 "),
    /** {@code 30/08/2023 }: slash-separated dates, which the library skips. */
    SLASH_DATES("30/08/2023 "),
    /** Arabic-Indic, Devanagari and Latin digits mixed with Cyrillic letters. */
    MIXED_SCRIPTS("\u0664\u0661\u0661\u0661 \u096a\u0967\u0967\u0967-4111 \u0434\u043e\u0431 "),
    /** Full-width digits and ideographic spaces. */
    FULL_WIDTH("\uff14\uff11\uff11\uff11\u3000"),
    /**
     * Seven four-digit groups and a real number, again and again: the costliest text that the
     * pre-filter must hand to the library (a number can stand in it), so what bounds it is the
     * budget ({@code Limits.maxPhoneLibraryChars}).
     */
    GROUPS_WITH_A_NUMBER("4111 4111 4111 4111 4111 4111 4111 415 555 0199 "),
    /** {@code (415) 555-0199 }: a real number, again and again (the library finds every one). */
    REAL_NUMBERS("(415) 555-0199 ");

    private final String unit;

    AdversarialText(String unit) {
        this.unit = unit;
    }

    /** The shape repeated to exactly {@code length} characters. */
    String text(int length) {
        StringBuilder text = new StringBuilder(length + unit.length());
        while (text.length() < length) {
            text.append(unit);
        }
        text.setLength(length);
        if (Character.isHighSurrogate(text.charAt(length - 1))) {
            text.setCharAt(length - 1, ' ');
        }
        return text.toString();
    }

    private static String everySeparator() {
        // PhoneNumberUtil.VALID_PUNCTUATION, one mark after each group.
        String marks = "-x\u2010\u2011\u2012\u2013\u2014\u2015\u2212\u30fc\uff0d\uff0e\uff0f \u00a0\u00ad\u200b\u2060\u3000"
                + "()\uff08\uff09\uff3b\uff3d.[]/~\u2053\u223c\uff5e";
        StringBuilder unit = new StringBuilder();
        for (int i = 0; i < marks.length(); i++) {
            unit.append("4111").append(marks.charAt(i));
        }
        return unit.toString();
    }
}
