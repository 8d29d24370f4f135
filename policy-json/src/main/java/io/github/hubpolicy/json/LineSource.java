package io.github.hubpolicy.json;

import java.io.IOException;
import java.io.Reader;

/**
 * Splits input into lines one at a time, so JSON Lines input of any size is read in bounded
 * memory. Line ends are {@code \n}, {@code \r\n} and {@code \r} (as {@link java.io.BufferedReader}
 * counts them). A line longer than the limit is not kept, only read through to its end.
 * "Blank" means JSON whitespace only: spaces and tabs.
 */
final class LineSource {
    /** A non-blank line; {@code text} is {@code null} when the line is over the limit. */
    record Line(int number, String text) {
    }

    private final Reader in;
    private final int maxChars;
    private final char[] buffer = new char[8192];
    private int pos;
    private int end;
    private boolean started;
    private boolean afterCr;
    private int linesEnded;
    private final StringBuilder line = new StringBuilder();
    private long length;
    private boolean blank = true;

    LineSource(Reader in, int maxChars) {
        this.in = in;
        this.maxChars = maxChars;
    }

    /**
     * Reads past the whitespace at the start of the input (and a byte order mark) and returns the
     * first other character without consuming it, or -1 when the input is blank.
     */
    int peekFirstNonBlank() throws IOException {
        while (pos < end || fill()) {
            char c = buffer[pos];
            if (!started) {
                started = true;
                if (c == '\uFEFF') {
                    pos++;
                    continue;
                }
            }
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
                return c;
            }
            pos++;
            take(c);
        }
        return -1;
    }

    /** The number of complete lines before the current position. */
    int linesBefore() {
        return linesEnded;
    }

    /** The number of characters of the current line before the current position. */
    long columnsBefore() {
        return length;
    }

    /** The next non-blank line, or {@code null} at the end of the input. */
    Line nextLine() throws IOException {
        while (pos < end || fill()) {
            Line done = take(buffer[pos++]);
            if (done != null) {
                return done;
            }
        }
        // The last line need not end with a line break.
        Line last = blank ? null : new Line(linesEnded + 1, kept());
        startLine();
        return last;
    }

    /** The rest of the input, from the current position. */
    Reader rest() {
        return new Reader() {
            @Override
            public int read(char[] chars, int offset, int count) throws IOException {
                if (count == 0) {
                    return 0;
                }
                if (pos < end) {
                    int n = Math.min(count, end - pos);
                    System.arraycopy(buffer, pos, chars, offset, n);
                    pos += n;
                    return n;
                }
                return in.read(chars, offset, count);
            }

            @Override
            public void close() {
                // The caller owns the underlying reader.
            }
        };
    }

    /** Adds a character to the current line; returns the line when {@code c} ends a non-blank one. */
    private Line take(char c) {
        if (afterCr) {
            afterCr = false;
            if (c == '\n') {
                return null;
            }
        }
        if (c == '\n' || c == '\r') {
            afterCr = c == '\r';
            Line done = blank ? null : new Line(linesEnded + 1, kept());
            linesEnded++;
            startLine();
            return done;
        }
        length++;
        if (c != ' ' && c != '\t') {
            blank = false;
        }
        if (length <= maxChars) {
            line.append(c);
        }
        return null;
    }

    private String kept() {
        return length <= maxChars ? line.toString() : null;
    }

    private void startLine() {
        line.setLength(0);
        length = 0;
        blank = true;
    }

    private boolean fill() throws IOException {
        int n;
        do {
            n = in.read(buffer, 0, buffer.length);
        } while (n == 0);
        if (n < 0) {
            return false;
        }
        pos = 0;
        end = n;
        return true;
    }
}
