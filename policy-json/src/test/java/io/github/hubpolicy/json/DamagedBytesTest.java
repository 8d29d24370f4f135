package io.github.hubpolicy.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.hubpolicy.api.ContentItem;
import io.github.hubpolicy.api.ContentKind;
import io.github.hubpolicy.json.ReadResult.Parsed;
import io.github.hubpolicy.json.ReadResult.Unreadable;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Issue 20, item 2: valid JSON Lines damaged at the byte level (bytes flipped, inserted and
 * deleted: 0x80-0xFF, truncated and overlong sequences, surrogates, stray continuation bytes, NUL,
 * CR, LF) give exactly one record per non-blank line, in order, the same from a file and from a
 * stream served in small pieces as a pipe serves them; a line the damage left whole is read exactly
 * as it is alone; a line that is not UTF-8 names its first bad byte. The expectations are computed
 * here from the bytes, independently of the reader.
 */
class DamagedBytesTest {
    private static final ItemReader STRICT = ItemReader.strict();
    /** Sequences the damage inserts or writes over a byte. */
    private static final List<byte[]> DAMAGE = List.of(
            hex("c3"), hex("e282"), hex("f09f98"),                 // truncated 2-, 3- and 4-byte sequences
            hex("c0af"), hex("e080af"), hex("f08080af"),           // overlong '/'
            hex("eda080"), hex("f4908080"),                        // a surrogate, above U+10FFFF
            hex("80"), hex("bf"), hex("9f"),                       // stray continuation bytes
            hex("e9"), hex("ff"), hex("fe"), hex("c1"), hex("f5"), // Latin-1 é, bytes UTF-8 never uses
            hex("00"), hex("0d"), hex("0a"), hex("0d0a"),          // NUL, CR, LF, CR LF
            hex("c3a9"), hex("f09f9880"));                         // valid é and 😀 (damage to the JSON only)
    /** Pieces of text: ASCII and 2-, 3- and 4-byte characters, so damage lands inside sequences. */
    private static final List<String> PIECES = List.of("a", "Z", " ", "7", "é", "ß", "€", "中", "😀", "ॐ", "\\\"", "\\n");
    private static final ThreadLocal<CharsetDecoder> STRICT_UTF8 = ThreadLocal.withInitial(() -> StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
    private static Path file;
    /** Kept open: opening, truncating and closing a file 10,000 times costs seconds on some file systems. */
    private static FileChannel writer;

    @BeforeContainer
    static void createFile() throws IOException {
        file = Files.createTempFile("damaged-bytes", ".jsonl");
        writer = FileChannel.open(file, StandardOpenOption.WRITE);
    }

    @AfterContainer
    static void deleteFile() throws IOException {
        writer.close();
        Files.deleteIfExists(file);
    }

    /** One change to the bytes, at a position taken modulo the input's length. */
    record Damage(Kind kind, int at, int sequence) {
        enum Kind { FLIP, INSERT, DELETE }

        byte[] applyTo(byte[] input) {
            if (input.length == 0) {
                return input;
            }
            int i = Math.floorMod(at, input.length);
            byte[] seq = DAMAGE.get(sequence);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.write(input, 0, i);
            switch (kind) {
                case FLIP -> {
                    out.write(seq[0]);
                    out.write(input, i + 1, input.length - i - 1);
                }
                case INSERT -> {
                    out.writeBytes(seq);
                    out.write(input, i, input.length - i);
                }
                case DELETE -> out.write(input, i + 1, input.length - i - 1);
            }
            return out.toByteArray();
        }

        @Override
        public String toString() {
            return kind + " at " + at + " " + HexFormat.of().formatHex(DAMAGE.get(sequence));
        }
    }

    /** Valid lines, their line ends, and the damage done to the whole. */
    record Batch(List<String> lines, List<String> ends, boolean bom, List<Damage> damage, int pieceSize) {
        byte[] intact() {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            if (bom) {
                out.writeBytes(hex("efbbbf"));
            }
            for (int i = 0; i < lines.size(); i++) {
                out.writeBytes(lines.get(i).getBytes(StandardCharsets.UTF_8));
                out.writeBytes(ends.get(i).getBytes(StandardCharsets.UTF_8));
            }
            return out.toByteArray();
        }

        byte[] damaged() {
            byte[] bytes = intact();
            for (Damage d : damage) {
                bytes = d.applyTo(bytes);
            }
            return bytes;
        }

        @Override
        public String toString() {
            return "lines " + lines + ", ends " + ends.stream().map(e -> e.replace("\r", "CR").replace("\n", "LF")).toList()
                    + (bom ? ", BOM" : "") + ", damage " + damage + ", pieces of " + pieceSize
                    + "\n  bytes " + HexFormat.of().formatHex(damaged());
        }
    }

    @Provide
    Arbitrary<Batch> batches() {
        Arbitrary<String> text = Arbitraries.of(PIECES).list().ofMaxSize(12).map(p -> String.join("", p));
        Arbitrary<String> line = Combinators.combine(Arbitraries.strings().alpha().numeric().ofMinLength(1).ofMaxLength(8),
                        Arbitraries.of(ContentKind.class), text)
                .as((id, kind, t) -> ItemWriter.toJson(ContentItem.builder("x/" + id, kind).text(unescape(t)).build()));
        Arbitrary<Damage> damage = Combinators.combine(Arbitraries.of(Damage.Kind.class), Arbitraries.integers().between(0, 10_000),
                Arbitraries.integers().between(0, DAMAGE.size() - 1)).as(Damage::new);
        return Combinators.combine(line.list().ofMinSize(1).ofMaxSize(5),
                        Arbitraries.of("\n", "\r\n", "\r", "").list().ofSize(5), Arbitraries.of(true, false),
                        damage.list().ofMaxSize(4), Arbitraries.integers().between(1, 64))
                .as((lines, ends, bom, d, piece) -> new Batch(lines, fixEnds(ends, lines.size()), bom, d, piece));
    }

    @Property(tries = 10_000)
    void everyNonBlankLineYieldsOneRecordInOrderFromAFileAndFromAPipe(@ForAll("batches") Batch batch) throws IOException {
        // given
        byte[] input = batch.damaged();
        writer.write(ByteBuffer.wrap(input), 0);
        writer.truncate(input.length);

        // when
        List<ReadResult> fromFile;
        try (InputStream in = Files.newInputStream(file)) {
            fromFile = STRICT.readAll(in);
        }
        List<ReadResult> fromPipe = STRICT.readAll(new Utf8InputTest.Trickle(input, batch.pieceSize()));

        // then
        assertThat(fromPipe).as("the same from a file and from a pipe").isEqualTo(fromFile);
        String foreign = foreignEncoding(input);
        if (foreign != null) {
            assertThat(fromFile).singleElement().isInstanceOfSatisfying(Unreadable.class, u -> {
                assertThat(u.line()).isZero();
                assertThat(u.error()).startsWith("input is " + foreign);
            });
            return;
        }
        List<Expected> expected = expectations(input, batch.lines());
        assertThat(fromFile).extracting(ReadResult::line).as("one record per non-blank line, in order")
                .containsExactlyElementsOf(expected.stream().map(Expected::number).toList());
        for (int i = 0; i < expected.size(); i++) {
            Expected want = expected.get(i);
            ReadResult got = fromFile.get(i);
            if (want.whole() != null) {
                assertThat(got).as("line %d is whole: read as it is alone", want.number())
                        .isEqualTo(new Parsed(want.number(), STRICT.parse(want.whole())));
            } else if (want.firstBadByte() >= 0) {
                assertThat(got).as("line %d is not UTF-8", want.number())
                        .isEqualTo(new Unreadable(want.number(), null, "not valid UTF-8 at byte " + want.firstBadByte()));
            }
        }
    }

    /** Sequences that are never valid UTF-8 wherever they stand (no ASCII: the array's syntax stays whole). */
    private static final List<byte[]> BAD_IN_STRINGS = List.of(hex("c3"), hex("e282"), hex("f09f98"), hex("c0af"),
            hex("e080af"), hex("eda080"), hex("f4908080"), hex("80"), hex("bf"), hex("e9"), hex("ff"));

    /** Array elements (one per line after the {@code [}), and for each, bad bytes put into its text or none (-1). */
    record ArrayBatch(List<String> elements, List<Integer> damage, int pieceSize) {
        /** The byte offset in element {@code i}'s line where its damage goes: the start of its text. */
        int damageAt(int i) {
            return elements.get(i).getBytes(StandardCharsets.UTF_8).length - tailAfterTextStart(elements.get(i));
        }

        byte[] bytes() {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.writeBytes("[\n".getBytes(StandardCharsets.UTF_8));
            for (int i = 0; i < elements.size(); i++) {
                byte[] element = elements.get(i).getBytes(StandardCharsets.UTF_8);
                int at = damageAt(i);
                out.write(element, 0, at);
                if (damage.get(i) >= 0) {
                    out.writeBytes(BAD_IN_STRINGS.get(damage.get(i)));
                }
                out.write(element, at, element.length - at);
                out.writeBytes((i < elements.size() - 1 ? ",\n" : "\n").getBytes(StandardCharsets.UTF_8));
            }
            out.writeBytes("]\n".getBytes(StandardCharsets.UTF_8));
            return out.toByteArray();
        }

        private static int tailAfterTextStart(String element) {
            String marker = "\"text\":\"";
            int start = element.indexOf(marker);
            assertThat(start).as("the element has a text").isNotNegative();
            return element.substring(start + marker.length()).getBytes(StandardCharsets.UTF_8).length;
        }

        @Override
        public String toString() {
            return "elements " + elements + ", damage " + damage + ", pieces of " + pieceSize;
        }
    }

    @Provide
    Arbitrary<ArrayBatch> arrays() {
        Arbitrary<String> text = Arbitraries.of(PIECES).list().ofMinSize(1).ofMaxSize(12).map(p -> String.join("", p));
        Arbitrary<String> element = Combinators.combine(Arbitraries.strings().alpha().numeric().ofMinLength(1).ofMaxLength(8),
                        Arbitraries.of(ContentKind.class), text)
                .as((id, kind, t) -> ItemWriter.toJson(ContentItem.builder("x/" + id, kind).text(unescape(t)).build()));
        return element.list().ofMinSize(1).ofMaxSize(5).flatMap(elements -> Combinators.combine(
                Arbitraries.integers().between(-1, BAD_IN_STRINGS.size() - 1).list().ofSize(elements.size()),
                Arbitraries.integers().between(1, 64)).as((damage, piece) -> new ArrayBatch(elements, damage, piece)));
    }

    @Property(tries = 2_000)
    void inAnArrayOnlyTheElementsHoldingBadBytesAreLost(@ForAll("arrays") ArrayBatch batch) {
        // given
        byte[] input = batch.bytes();

        // when
        List<ReadResult> whole = STRICT.readAll(new ByteArrayInputStream(input));
        List<ReadResult> trickled = STRICT.readAll(new Utf8InputTest.Trickle(input, batch.pieceSize()));

        // then
        assertThat(trickled).isEqualTo(whole);
        assertThat(whole).hasSize(batch.elements().size());
        for (int i = 0; i < batch.elements().size(); i++) {
            String element = batch.elements().get(i);
            ReadResult expected = batch.damage().get(i) < 0
                    ? new Parsed(i + 1, STRICT.parse(element))
                    : new Unreadable(i + 1, STRICT.parse(element).id(),
                            "not valid UTF-8 at line " + (i + 2) + ", byte " + batch.damageAt(i));
            assertThat(whole.get(i)).isEqualTo(expected);
        }
    }

    /** What a non-blank physical line must give: a whole original line, a bad byte, or either record. */
    record Expected(int number, String whole, int firstBadByte) {
    }

    /**
     * The non-blank physical lines of {@code input}: line ends LF, CR LF and CR; a UTF-8 byte order
     * mark at the start is not part of line 1; blank is spaces and tabs only.
     */
    static List<Expected> expectations(byte[] input, List<String> originals) {
        int start = input.length >= 3 && (input[0] & 0xff) == 0xef && (input[1] & 0xff) == 0xbb && (input[2] & 0xff) == 0xbf ? 3 : 0;
        List<byte[]> physical = new ArrayList<>();
        int lineStart = start;
        for (int i = start; i < input.length; i++) {
            if (input[i] == '\n' || input[i] == '\r') {
                physical.add(Arrays.copyOfRange(input, lineStart, i));
                if (input[i] == '\r' && i + 1 < input.length && input[i + 1] == '\n') {
                    i++;
                }
                lineStart = i + 1;
            }
        }
        if (lineStart < input.length) {
            physical.add(Arrays.copyOfRange(input, lineStart, input.length));
        }
        List<Expected> expected = new ArrayList<>();
        for (int n = 0; n < physical.size(); n++) {
            byte[] line = physical.get(n);
            boolean blank = true;
            for (byte b : line) {
                blank &= b == ' ' || b == '\t';
            }
            if (blank) {
                continue;
            }
            int valid = isValid(line, 0, line.length) ? line.length : longestValidPrefix(line);
            String text = new String(line, StandardCharsets.UTF_8);
            String whole = valid == line.length && originals.contains(text) ? text : null;
            expected.add(new Expected(n + 1, whole, valid < line.length ? valid : -1));
        }
        return expected;
    }

    /**
     * How many bytes from the start form whole, valid UTF-8 characters: valid UTF-8 is prefix-free,
     * so taking the shortest valid character of 1 to 4 bytes at each step finds the first bad byte.
     */
    static int longestValidPrefix(byte[] line) {
        int k = 0;
        next:
        while (k < line.length) {
            for (int length = 1; length <= 4 && k + length <= line.length; length++) {
                if (isValid(line, k, length)) {
                    k += length;
                    continue next;
                }
            }
            return k;
        }
        return k;
    }

    private static boolean isValid(byte[] bytes, int offset, int length) {
        try {
            STRICT_UTF8.get().decode(ByteBuffer.wrap(bytes, offset, length));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static String foreignEncoding(byte[] input) {
        String start = HexFormat.of().formatHex(input, 0, Math.min(4, input.length));
        if (start.startsWith("0000feff") || start.startsWith("fffe0000")) {
            return "UTF-32";
        }
        return start.startsWith("feff") || start.startsWith("fffe") ? "UTF-16" : null;
    }

    /** Every line but the last ends with a line end; the last may or may not. */
    private static List<String> fixEnds(List<String> ends, int lines) {
        List<String> fixed = new ArrayList<>(ends.subList(0, lines));
        for (int i = 0; i < lines - 1; i++) {
            if (fixed.get(i).isEmpty()) {
                fixed.set(i, "\n");
            }
        }
        return fixed;
    }

    /** The text pieces hold JSON escapes so that the written line has them too; the item holds what they mean. */
    private static String unescape(String text) {
        return text.replace("\\\"", "\"").replace("\\n", "\n");
    }

    private static byte[] hex(String hex) {
        return HexFormat.of().parseHex(hex);
    }
}
