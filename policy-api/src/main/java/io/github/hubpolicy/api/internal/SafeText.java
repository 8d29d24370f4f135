package io.github.hubpolicy.api.internal;

/**
 * Text taken from an item, made safe to repeat in error messages, rationales and logs. Items can
 * carry secrets anywhere (a token pasted into a file name, a card number typed as an account
 * age); the detectors only read title and text, so everything else an output repeats goes
 * through here. Linear in the text's length.
 */
public final class SafeText {
    /** The longest piece of input a message repeats. */
    public static final int MAX_EXCERPT = 60;

    private SafeText() {
    }

    /**
     * {@code text} with anything that looks like a secret or a personal identifier masked:
     * tokens that start like hub, source-host or cloud credentials ({@code hf_…(37 chars)}),
     * long mixed letter-and-digit tokens, runs of 9 or more digits (also in groups separated by
     * spaces, hyphens, dots or brackets, as cards, social security and phone numbers are
     * written), email addresses, and PEM private-key markers. Over-masking is preferred to a leak.
     */
    public static String masked(String text) {
        if (text == null) {
            return "";
        }
        int n = text.length();
        if (text.contains("PRIVATE KEY")) {
            return "…(private key marker, " + n + " chars)";
        }
        boolean[] email = emails(text);
        StringBuilder out = new StringBuilder(n);
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (email != null && email[i]) {
                int end = i;
                while (end < n && email[end]) {
                    end++;
                }
                out.append("…(email address)");
                i = end;
            } else if (isWord(c)) {
                int end = i;
                while (end < n && isWord(text.charAt(end)) && (email == null || !email[end])) {
                    end++;
                }
                i = maskRun(text, i, end, out);
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    /**
     * {@code value} with anything secret-looking masked ({@link #masked}) and control
     * characters escaped, cut to {@link #MAX_EXCERPT} characters.
     */
    public static String excerpt(String value) {
        value = SafeText.masked(value);
        StringBuilder out = new StringBuilder(Math.min(value.length(), MAX_EXCERPT + 8));
        for (int i = 0; i < value.length(); i++) {
            if (out.length() >= MAX_EXCERPT) {
                return out.append("...").toString();
            }
            char c = value.charAt(i);
            switch (c) {
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x7f || c == '\u2028' || c == '\u2029') {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    /**
     * {@code text} on one line: control characters, including line breaks and escape
     * sequences' introducers, and the Unicode line separators are escaped as {@code \\uXXXX}, so
     * a value cannot forge a line of a log or of an error stream.
     */
    public static String oneLine(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean control = c < 0x20 || (c >= 0x7f && c < 0xa0) || c == '\u2028' || c == '\u2029';
            if (control && out == null) {
                out = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            if (out != null) {
                if (control) {
                    out.append(String.format("\\u%04x", (int) c));
                } else {
                    out.append(c);
                }
            }
        }
        return out == null ? text : out.toString();
    }

    /** Appends the word run [start, end), masked when it looks like a secret; returns where to go on. */
    private static int maskRun(String text, int start, int end, StringBuilder out) {
        String run = text.substring(start, end);
        for (String prefix : new String[] {"hf_", "api_org_", "ghp_", "AKIA"}) {
            if (run.startsWith(prefix) && run.length() >= prefix.length() + 8) {
                out.append(prefix).append("…(").append(run.length()).append(" chars)");
                return end;
            }
        }
        int digits = 0;
        boolean letters = false;
        for (int k = 0; k < run.length(); k++) {
            char c = run.charAt(k);
            if (c >= '0' && c <= '9') {
                digits++;
            } else if (c != '_') {
                letters = true;
            }
        }
        if (digits >= 9 || (run.length() >= 20 && digits > 0 && letters)) {
            out.append("…(").append(run.length()).append(" chars)");
            return end;
        }
        if (!letters && digits == run.length() - countUnderscores(run) && digits > 0) {
            // A group of digits: follow groups joined by up to two separators, as numbers are written.
            int j = end;
            int total = digits;
            while (j < text.length()) {
                int k = j;
                while (k < text.length() && k - j < 2 && " -().".indexOf(text.charAt(k)) >= 0) {
                    k++;
                }
                if (k == j || k >= text.length() || !isDigit(text.charAt(k))) {
                    break;
                }
                int m = k;
                while (m < text.length() && isDigit(text.charAt(m))) {
                    m++;
                }
                if (m < text.length() && isWord(text.charAt(m))) {
                    break;   // a digit group glued to letters is a word, not part of the number
                }
                total += m - k;
                j = m;
            }
            if (total >= 9) {
                out.append("…(").append(total).append(" digits)");
                return j;
            }
        }
        out.append(run);
        return end;
    }

    /** Marks email addresses: a local part, {@code @}, and a domain with a dot. Null when there is no {@code @}. */
    private static boolean[] emails(String text) {
        int at = text.indexOf('@');
        if (at < 0) {
            return null;
        }
        boolean[] email = new boolean[text.length()];
        for (; at >= 0; at = text.indexOf('@', at + 1)) {
            int start = at;
            while (start > 0 && isLocal(text.charAt(start - 1))) {
                start--;
            }
            int end = at + 1;
            while (end < text.length() && isDomain(text.charAt(end))) {
                end++;
            }
            if (start < at && text.lastIndexOf('.', end - 1) > at + 1) {
                for (int k = start; k < end; k++) {
                    email[k] = true;
                }
            }
        }
        return email;
    }

    private static int countUnderscores(String run) {
        int count = 0;
        for (int k = 0; k < run.length(); k++) {
            if (run.charAt(k) == '_') {
                count++;
            }
        }
        return count;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isWord(char c) {
        return isDigit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
    }

    private static boolean isLocal(char c) {
        return isWord(c) || c == '.' || c == '%' || c == '+' || c == '-';
    }

    private static boolean isDomain(char c) {
        return isDigit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '.' || c == '-';
    }
}
