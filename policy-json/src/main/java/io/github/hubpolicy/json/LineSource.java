package io.github.hubpolicy.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The one byte-level reader of item input (item-format.md, "Input is UTF-8"): it splits bytes into
 * lines and decodes each line as strict UTF-8 on its own, so a line that is not valid UTF-8 is
 * reported with the offset of its first bad byte while the lines around it read as usual.
 *
 * <p>Line ends are the bytes {@code \n}, {@code \r\n} and {@code \r}; in UTF-8 they never occur
 * inside a multi-byte sequence, so splitting before decoding is exact even for damaged input. A UTF-8
 * byte order mark at the very start is skipped; a UTF-16 or UTF-32 one is reported by
 * {@link #foreignEncoding()}. Memory is one byte buffer plus the current line up to the limit: a
 * longer line is read through to its end without being kept. "Blank" means spaces and tabs only.
 *
 * <p>A JSON array is handed to Jackson as characters through {@link #rest()}: there a bad byte
 * sequence becomes U+FFFD, and {@link #badBytes} tells which stretch of characters it stood for, so
 * the element holding it is reported instead of decided.
 */
final class LineSource {
    /**
     * A non-blank line.
     *
     * @param text    its text, or {@code null} when it could not be read
     * @param problem why it could not be read ({@code not valid UTF-8 at byte 41}), else {@code null}
     */
    record Line(int number, String text, String problem) {
    }

    /**
     * Bad bytes met in {@link #rest()}: they became the characters from {@code fromChar} to
     * {@code toChar} (inclusive, counted from the start of {@link #rest()}), the first of them on
     * input line {@code line} at byte {@code byteInLine} of that line.
     */
    record BadBytes(long fromChar, long toChar, int line, long byteInLine) {
        String message() {
            return "not valid UTF-8 at line " + line + ", byte " + byteInLine;
        }
    }

    private static final int BUFFER_BYTES = 64 * 1024;
    /** Reads eight bytes of the buffer as one little-endian long, to look for line ends eight at a time. */
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long NEWLINES = 0x0a0a0a0a0a0a0a0aL;
    private static final long RETURNS = 0x0d0d0d0d0d0d0d0dL;
    /**
     * Bad stretches kept for {@link #badBytes}; past this many not yet passed, a new one widens the
     * last instead, so a flood of bad bytes cannot grow memory (it may then also mark an element
     * between two damaged ones: an error record, never a damaged item decided).
     */
    private static final int MAX_BAD_STRETCHES = 1024;

    private final InputStream in;
    private final int maxChars;
    private final ByteBuffer bytes = ByteBuffer.allocate(BUFFER_BYTES).flip();
    private final CharBuffer chars = CharBuffer.allocate(8192);
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private boolean eof;
    private boolean started;
    /** Complete lines before the current one. */
    private int linesEnded;
    /** Bytes of the current line already consumed. */
    private long lineBytes;
    /** The last byte consumed was a {@code \r}: a {@code \n} now belongs to it. */
    private boolean afterCr;

    // The line being read by nextLine.
    private final StringBuilder line = new StringBuilder();
    private long length;
    private boolean blank = true;
    private String problem;

    // rest(): characters handed out so far, and the bad stretches among them not yet passed.
    private long delivered;
    private final Deque<BadBytes> bad = new ArrayDeque<>();

    LineSource(InputStream in, int maxChars) {
        this.in = in;
        this.maxChars = maxChars;
    }

    /**
     * Looks at the start of the input, once, before anything else: skips a UTF-8 byte order mark,
     * and returns the error for a UTF-16 or UTF-32 one (such input is not read), else {@code null}.
     */
    String foreignEncoding() throws IOException {
        if (started) {
            return null;
        }
        started = true;
        while (bytes.remaining() < 4 && fill()) {
            // need the longest byte order mark, or the whole input when shorter
        }
        int n = bytes.remaining();
        int p = bytes.position();
        int b0 = n > 0 ? bytes.get(p) & 0xff : -1;
        int b1 = n > 1 ? bytes.get(p + 1) & 0xff : -1;
        int b2 = n > 2 ? bytes.get(p + 2) & 0xff : -1;
        int b3 = n > 3 ? bytes.get(p + 3) & 0xff : -1;
        String encoding = null;
        if (b0 == 0xEF && b1 == 0xBB && b2 == 0xBF) {
            bytes.position(p + 3);
        } else if (b0 == 0x00 && b1 == 0x00 && b2 == 0xFE && b3 == 0xFF) {
            encoding = "UTF-32 (big-endian)";
        } else if (b0 == 0xFF && b1 == 0xFE && b2 == 0x00 && b3 == 0x00) {
            encoding = "UTF-32 (little-endian)";
        } else if (b0 == 0xFE && b1 == 0xFF) {
            encoding = "UTF-16 (big-endian)";
        } else if (b0 == 0xFF && b1 == 0xFE) {
            encoding = "UTF-16 (little-endian)";
        }
        return encoding == null ? null
                : "input is " + encoding + " (it starts with that byte order mark), not UTF-8: convert it to UTF-8";
    }

    /**
     * Reads past the whitespace at the start of the input and returns the first other byte without
     * consuming it, or -1 when the input is blank.
     */
    int peekFirstNonBlank() throws IOException {
        foreignEncoding();
        while (bytes.hasRemaining() || fill()) {
            byte b = bytes.get(bytes.position());
            if (b != ' ' && b != '\t' && b != '\n' && b != '\r') {
                afterCr = false;
                return b & 0xff;
            }
            bytes.get();
            consumed(b);
        }
        return -1;
    }

    /** The number of complete lines before the current position. */
    int linesBefore() {
        return linesEnded;
    }

    /** The number of characters of the current line before the current position (only whitespace). */
    long columnsBefore() {
        return lineBytes;
    }

    /** The next non-blank line, or {@code null} at the end of the input. */
    Line nextLine() throws IOException {
        foreignEncoding();
        while (true) {
            if (!bytes.hasRemaining() && !fill()) {
                // The last line need not end with a line break.
                Line last = finishLine(linesEnded + 1);
                lineBytes = 0;
                return last;
            }
            int start = bytes.position();
            if (afterCr) {
                afterCr = false;
                if (bytes.get(start) == '\n') {
                    bytes.position(start + 1);
                    continue;
                }
            }
            int end = lineEnd(start);
            if (end >= 0) {
                readLinePiece(end, true);
                consumed(bytes.get());
                Line done = finishLine(linesEnded);
                if (done != null) {
                    return done;
                }
                continue;
            }
            readLinePiece(bytes.limit(), false);
            if (bytes.hasRemaining() && !fill()) {
                // The input ends inside a byte sequence.
                readLinePiece(bytes.limit(), true);
            }
        }
    }

    /**
     * Decodes the current line's bytes up to {@code end} (exclusive) into the line, or reads them
     * through when the line already has a problem. Leaves a sequence cut by {@code end} in the
     * buffer unless {@code complete}.
     *
     * @param complete whether {@code end} ends the line or the input, so that a sequence cut there is an error
     */
    private void readLinePiece(int end, boolean complete) {
        int start = bytes.position();
        if (problem == null) {
            int limit = bytes.limit();
            bytes.limit(end);
            decoder.reset();
            try {
                CoderResult result;
                do {
                    result = decoder.decode(bytes, chars, complete);
                    keep();
                } while (result.isOverflow());
                // Whichever problem comes first in the line, however the input was cut into reads:
                // at an error, the characters counted are those before the bad byte.
                if (length > maxChars && !blank) {
                    problem = "line is longer than the limit of " + maxChars + " characters";
                } else if (result.isError()) {
                    problem = "not valid UTF-8 at byte " + (lineBytes + bytes.position() - start);
                }
            } finally {
                bytes.limit(limit);
            }
        }
        if (problem != null) {
            bytes.position(end); // the rest of the line is read through, not decoded or kept
        }
        lineBytes += bytes.position() - start;
    }

    /** Moves decoded characters into the line, up to the limit. */
    private void keep() {
        chars.flip();
        int n = chars.remaining();
        if (blank) {
            for (int i = 0; i < n; i++) {
                char c = chars.get(i);
                if (c != ' ' && c != '\t') {
                    blank = false;
                    break;
                }
            }
        }
        if (length < maxChars) {
            // From the backing array: append(CharSequence, ...) would copy one charAt at a time.
            line.append(chars.array(), chars.arrayOffset() + chars.position(), (int) Math.min(n, maxChars - length));
        }
        length += n;
        chars.clear();
    }

    /** Ends the current line, numbered {@code number}: its record, or {@code null} when it is blank. */
    private Line finishLine(int number) {
        Line done = problem != null ? new Line(number, null, problem)
                : blank ? null
                : new Line(number, line.toString(), null);
        line.setLength(0);
        length = 0;
        blank = true;
        problem = null;
        return done;
    }

    /** Accounts for one consumed byte that is not part of a decoded line: whitespace or a line end. */
    private void consumed(byte b) {
        if (b == '\n' || b == '\r') {
            if (!(b == '\n' && afterCr)) {
                linesEnded++;
            }
            afterCr = b == '\r';
            lineBytes = 0;
        } else {
            afterCr = false;
            lineBytes++;
        }
    }

    /** The index of the first line-end byte from {@code start} in the buffer, or -1. */
    private int lineEnd(int start) {
        byte[] array = bytes.array();
        int limit = bytes.limit();
        int i = start;
        // Eight bytes at a time: the lowest byte that is \n or \r marks the line end (the lowest
        // set bit of the test is exact; bits above it may be false alarms, and are not read).
        for (; i + Long.BYTES <= limit; i += Long.BYTES) {
            long word = (long) LONGS.get(array, i);
            long found = zeroBytes(word ^ NEWLINES) | zeroBytes(word ^ RETURNS);
            if (found != 0) {
                return i + (Long.numberOfTrailingZeros(found) >>> 3);
            }
        }
        for (; i < limit; i++) {
            byte b = array[i];
            if (b == '\n' || b == '\r') {
                return i;
            }
        }
        return -1;
    }

    /** The high bit of each byte of {@code word} that is zero (and maybe of bytes above the lowest such byte). */
    private static long zeroBytes(long word) {
        return (word - 0x0101010101010101L) & ~word & 0x8080808080808080L;
    }

    /**
     * The first bad stretch met in {@link #rest()} that overlaps the characters from {@code from}
     * (inclusive) to {@code to} (exclusive), or {@code null}. Stretches wholly before {@code from}
     * are forgotten: ask in input order.
     */
    BadBytes badBytes(long from, long to) {
        while (!bad.isEmpty() && bad.peekFirst().toChar() < from) {
            bad.removeFirst();
        }
        BadBytes first = bad.peekFirst();
        return first != null && first.fromChar() < to ? first : null;
    }

    /**
     * The rest of the input as characters, from the current position, for a JSON array: a bad byte
     * sequence becomes U+FFFD and is remembered for {@link #badBytes}. Character offsets count
     * from here, as Jackson's do.
     */
    Reader rest() {
        return new Reader() {
            @Override
            public int read(char[] target, int offset, int count) throws IOException {
                if (count == 0) {
                    return 0;
                }
                CharBuffer out = CharBuffer.wrap(target, offset, count);
                while (out.hasRemaining()) {
                    if (!bytes.hasRemaining()) {
                        // Hand over what is there before waiting for more input.
                        if (out.position() > offset || !fill()) {
                            break;
                        }
                        continue;
                    }
                    int end = lineEnd(bytes.position());
                    if (!streamPiece(out, end >= 0 ? end + 1 : bytes.limit(), end >= 0)) {
                        break;
                    }
                    if (end < 0 && bytes.hasRemaining()) {
                        // A sequence cut by the end of the buffer.
                        if (out.position() > offset) {
                            break;
                        }
                        if (!fill()) {
                            streamPiece(out, bytes.limit(), true); // cut by the end of the input
                        }
                    }
                }
                int n = out.position() - offset;
                return n == 0 ? -1 : n;
            }

            @Override
            public void close() {
                // The caller owns the input stream.
            }
        };
    }

    /**
     * Decodes bytes up to {@code end} into {@code out}, line ends included, counting lines; a bad
     * sequence becomes U+FFFD. Returns false when {@code out} filled up first.
     */
    private boolean streamPiece(CharBuffer out, int end, boolean complete) {
        int limit = bytes.limit();
        bytes.limit(end);
        try {
            while (true) {
                int before = bytes.position();
                int outBefore = out.position();
                decoder.reset();
                CoderResult result = decoder.decode(bytes, out, complete);
                account(before, bytes.position());
                delivered += out.position() - outBefore;
                if (result.isUnderflow()) {
                    return true;
                }
                if (result.isOverflow() || !out.hasRemaining()) {
                    return false;
                }
                markBad(delivered);
                out.put('\uFFFD');
                delivered++;
                bytes.position(bytes.position() + result.length());
                lineBytes += result.length();
                afterCr = false;
            }
        } finally {
            bytes.limit(limit);
        }
    }

    /** Remembers that the character at {@code at} of {@link #rest()} stands for bad bytes at the current position. */
    private void markBad(long at) {
        BadBytes last = bad.peekLast();
        if (last != null && (last.toChar() == at - 1 || bad.size() >= MAX_BAD_STRETCHES)) {
            bad.removeLast();
            bad.addLast(new BadBytes(last.fromChar(), at, last.line(), last.byteInLine()));
        } else {
            bad.addLast(new BadBytes(at, at, linesEnded + 1, lineBytes));
        }
    }

    /** Counts lines and bytes for the bytes from {@code from} to {@code to}, just decoded by {@link #rest()}. */
    private void account(int from, int to) {
        byte[] array = bytes.array();
        for (int i = from; i < to; i++) {
            byte b = array[i];
            if (b == '\n' || b == '\r') {
                consumed(b);
            } else {
                afterCr = false;
                lineBytes++;
            }
        }
    }

    /** Reads more input after what is left in the buffer; false at the end of the input. */
    private boolean fill() throws IOException {
        if (eof) {
            return false;
        }
        bytes.compact();
        try {
            int n;
            do {
                n = in.read(bytes.array(), bytes.arrayOffset() + bytes.position(), bytes.remaining());
            } while (n == 0);
            if (n < 0) {
                eof = true;
                return false;
            }
            bytes.position(bytes.position() + n);
            return true;
        } finally {
            bytes.flip();
        }
    }
}
