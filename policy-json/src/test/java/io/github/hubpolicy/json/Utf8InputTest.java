package io.github.hubpolicy.json;

import static io.github.hubpolicy.json.Fixtures.json;
import static io.github.hubpolicy.json.Fixtures.minimal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.hubpolicy.json.ReadResult.Parsed;
import io.github.hubpolicy.json.ReadResult.Unreadable;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** item-format.md, "Input is UTF-8": bytes that are not UTF-8 cost their own line, never the batch. */
class Utf8InputTest {
    private static final ItemReader STRICT = ItemReader.strict();
    private static final String A = json("{'id':'a','kind':'model'}");
    private static final String B = json("{'id':'b','kind':'model'}");

    @Test
    void aLatin1ByteCostsItsLineOnly() {
        // given: a Latin-1 é (0xE9) at byte 41 of line 2
        byte[] input = bytes(A + "\n" + json("{'id':'c','kind':'comment','text':'Le caf"), "e9", json("'}\n") + B + "\n");

        // when
        List<ReadResult> results = STRICT.readAll(new ByteArrayInputStream(input));

        // then
        assertThat(results).containsExactly(new Parsed(1, minimal("a")),
                new Unreadable(2, null, "not valid UTF-8 at byte 41"),
                new Parsed(3, minimal("b")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "stray continuation byte, 80",
            "stray continuation byte BF, bf",
            "byte never used in UTF-8, ff",
            "truncated 2-byte sequence, c3",
            "truncated 3-byte sequence, e282",
            "truncated 4-byte sequence, f09f98",
            "overlong slash (2 bytes), c0af",
            "overlong slash (3 bytes), e080af",
            "overlong slash (4 bytes), f08080af",
            "surrogate code point, eda080",
            "above U+10FFFF, f4908080"})
    void everyIllFormedSequenceIsNamedWithItsOffset(String what, String hex) {
        // given: the sequence at byte 10 of line 1, in a string value
        String head = json("{'id':'");   // 7 bytes
        byte[] input = bytes(head + "abc", hex, json("','kind':'model'}\n") + B);

        // when / then
        assertThat(STRICT.readAll(new ByteArrayInputStream(input))).containsExactly(
                new Unreadable(1, null, "not valid UTF-8 at byte 10"), new Parsed(2, minimal("b")));
    }

    @Test
    void aSequenceCutByTheEndOfTheInputIsAnError() {
        byte[] input = bytes(A + "\n" + json("{'id':'x"), "e282", "");
        assertThat(STRICT.readAll(new ByteArrayInputStream(input))).containsExactly(
                new Parsed(1, minimal("a")), new Unreadable(2, null, "not valid UTF-8 at byte 8"));
    }

    @Test
    void aSequenceCutByALineEndIsAnErrorAndTheLineEndStillEndsTheLine() {
        byte[] input = bytes(json("{'id':'x"), "e282", "\r" + A + "\r\n" + B);
        assertThat(STRICT.readAll(new ByteArrayInputStream(input))).containsExactly(
                new Unreadable(1, null, "not valid UTF-8 at byte 8"), new Parsed(2, minimal("a")), new Parsed(3, minimal("b")));
    }

    @Test
    void validMultiByteTextIsReadAcrossEveryBufferBoundary() {
        // given: text of 1- to 4-byte characters, served one byte at a time and in one piece
        String text = "é€😀中 " .repeat(20_000);
        String line = json("{'id':'a','kind':'model','text':'") + text + "\"}";
        byte[] input = (line + "\n" + B).getBytes(StandardCharsets.UTF_8);

        // when
        List<ReadResult> whole = STRICT.readAll(new ByteArrayInputStream(input));
        List<ReadResult> trickled = STRICT.readAll(new Trickle(input, 1));

        // then
        assertThat(whole).hasSize(2).first().isInstanceOfSatisfying(Parsed.class,
                p -> assertThat(p.item().text()).isEqualTo(text));
        assertThat(trickled).isEqualTo(whole);
    }

    @Test
    void theOffsetIsExactFarIntoALongLine() {
        // given: a bad byte at 300,000 bytes into a line, far past the read buffer
        String head = json("{'id':'a','kind':'model','text':'") + "x".repeat(300_000 - 33);
        byte[] input = bytes(head, "c0", json("'}\n") + B);

        // when / then
        assertThat(head.length()).isEqualTo(300_000);
        assertThat(STRICT.readAll(new ByteArrayInputStream(input))).containsExactly(
                new Unreadable(1, null, "not valid UTF-8 at byte 300000"), new Parsed(2, minimal("b")));
        assertThat(STRICT.readAll(new Trickle(input, 7))).containsExactly(
                new Unreadable(1, null, "not valid UTF-8 at byte 300000"), new Parsed(2, minimal("b")));
    }

    @Test
    void aLineOverTheLimitIsReportedAsSuchWhateverItsBytes() {
        ItemReader reader = ItemReader.builder().maxLineLength(60).build();
        byte[] input = bytes(json("{'id':'a','kind':'model','text':'") + "x".repeat(100), "ff", "'}\n" + B);
        assertThat(reader.readAll(new ByteArrayInputStream(input))).containsExactly(
                new Unreadable(1, null, "line is longer than the limit of 60 characters"), new Parsed(2, minimal("b")));
    }

    @Test
    void aLineOfOnlyBadBytesAndSpacesIsNotBlank() {
        byte[] input = bytes("  ", "00ff", "\t\n\n" + A);
        List<ReadResult> results = STRICT.readAll(new ByteArrayInputStream(input));
        assertThat(results).containsExactly(new Unreadable(1, null, "not valid UTF-8 at byte 3"), new Parsed(3, minimal("a")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "UTF-16 (little-endian), fffe",
            "UTF-16 (big-endian), feff",
            "UTF-32 (little-endian), fffe0000",
            "UTF-32 (big-endian), 0000feff"})
    void aUtf16OrUtf32ByteOrderMarkYieldsOneRecordNamingTheEncoding(String encoding, String bom) {
        // given: a whole batch after the byte order mark, in that encoding or not
        byte[] input = bytes("", bom, A + "\n" + B + "\n");

        // when / then
        assertThat(STRICT.readAll(new ByteArrayInputStream(input))).containsExactly(new Unreadable(0, null,
                "input is " + encoding + " (it starts with that byte order mark), not UTF-8: convert it to UTF-8"));
    }

    @Test
    void aUtf16FileIsOneRecordNotOnePerLine() {
        byte[] input = (A + "\n" + B + "\n").getBytes(StandardCharsets.UTF_16);  // Java writes a big-endian mark
        assertThat(STRICT.readAll(new ByteArrayInputStream(input))).singleElement()
                .isInstanceOfSatisfying(Unreadable.class, u -> assertThat(u.error()).startsWith("input is UTF-16 (big-endian)"));
    }

    @Test
    void inAnArrayTheElementHoldingBadBytesIsReportedAndTheOthersAreRead() {
        // given: element 2 holds a stray byte in a string, on line 3 at byte 36
        byte[] input = bytes("[\n" + A + ",\n" + json("{'id':'c','kind':'comment','text':'x"), "80",
                json("'},\n") + B + "\n]\n");

        // when / then
        assertThat(STRICT.readAll(new ByteArrayInputStream(input))).containsExactly(
                new Parsed(1, minimal("a")),
                new Unreadable(2, "c", "not valid UTF-8 at line 3, byte 36"),
                new Parsed(3, minimal("b")));
    }

    @Test
    void inAOneLineArrayOnlyTheDamagedElementIsLost() {
        byte[] input = bytes("[" + A + ", " + json("{'id':'c','kind':'comment','text':'"), "e9e9", json("'}, ") + B + "]");
        List<ReadResult> results = STRICT.readAll(new Trickle(input, 3));
        assertThat(results).containsExactly(
                new Parsed(1, minimal("a")),
                new Unreadable(2, "c", "not valid UTF-8 at line 1, byte 63"),
                new Parsed(3, minimal("b")));
    }

    @Test
    void badBytesBetweenArrayElementsEndTheArrayWithTheirLocation() {
        byte[] input = bytes("[" + A + ",", "ff", "\n" + B + "]");
        assertThat(STRICT.readAll(new ByteArrayInputStream(input))).containsExactly(
                new Parsed(1, minimal("a")), new Unreadable(0, null, "not valid UTF-8 at line 1, byte 27"));
    }

    @Test
    void caseFilesAreReadByTheSameReader() throws IOException {
        CaseReader cases = new CaseReader(STRICT);
        byte[] bad = bytes("\n{\"case\": \"caf", "e9", "\"}\n");
        assertThatThrownBy(() -> cases.read("x.cases.jsonl", new ByteArrayInputStream(bad)))
                .isInstanceOf(CaseReader.CaseFileException.class)
                .hasMessage("x.cases.jsonl:2: not valid UTF-8 at byte 13");
        byte[] utf16 = bytes("", "fffe", "{}");
        assertThatThrownBy(() -> cases.read("y.cases.jsonl", new ByteArrayInputStream(utf16)))
                .hasMessage("y.cases.jsonl: input is UTF-16 (little-endian) (it starts with that byte order mark), not UTF-8: convert it to UTF-8");
        byte[] bom = bytes("", "efbbbf", "{\"case\": \"c\", \"item\": " + A + ", \"verdict\": \"ALLOW\", \"sections\": []}\n");
        assertThat(cases.read("z.cases.jsonl", new ByteArrayInputStream(bom))).singleElement()
                .satisfies(c -> assertThat(c.location()).isEqualTo("z.cases.jsonl:1"));
    }

    /** {@code before}, the bytes written in hex, then {@code after}, as UTF-8. */
    static byte[] bytes(String before, String hex, String after) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(before.getBytes(StandardCharsets.UTF_8));
        out.writeBytes(HexFormat.of().parseHex(hex));
        out.writeBytes(after.getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    /** Serves bytes at most {@code step} at a time, as a pipe may. */
    static final class Trickle extends InputStream {
        private final byte[] bytes;
        private final int step;
        private int pos;

        Trickle(byte[] bytes, int step) {
            this.bytes = bytes;
            this.step = step;
        }

        @Override
        public int read() {
            return pos < bytes.length ? bytes[pos++] & 0xff : -1;
        }

        @Override
        public int read(byte[] target, int offset, int length) {
            if (pos >= bytes.length) {
                return -1;
            }
            int n = Math.min(Math.min(step, length), bytes.length - pos);
            System.arraycopy(bytes, pos, target, offset, n);
            pos += n;
            return n;
        }
    }
}
