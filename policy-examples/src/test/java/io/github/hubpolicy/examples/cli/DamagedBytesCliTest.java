package io.github.hubpolicy.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.hubpolicy.json.DecisionWriter;
import io.github.hubpolicy.json.ItemReader;
import io.github.hubpolicy.json.ItemWriter;
import io.github.hubpolicy.rules.DroolsPolicyEvaluator;
import io.github.hubpolicy.rules.reliability.FuzzItems;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
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
 * Issue 20, item 2, through the tool: generated items as JSON Lines, damaged at the byte level,
 * read by {@code evaluate}'s own code path ({@link InputFiles#open} and
 * {@link EvaluateCommand#decideAll}) from a file and from standard input: the same output both
 * ways, one record per non-blank line, and every line the damage left whole decided exactly as it
 * is alone. (Which records are errors, and their byte offsets, is policy-json's
 * {@code DamagedBytesTest}.)
 */
class DamagedBytesCliTest {
    private static final DroolsPolicyEvaluator EVALUATOR = DroolsPolicyEvaluator.builder().build();
    private static final ItemReader STRICT = ItemReader.strict();
    private static final List<byte[]> DAMAGE = List.of(hex("c3"), hex("e282"), hex("f09f98"), hex("c0af"), hex("e080af"),
            hex("eda080"), hex("f4908080"), hex("80"), hex("bf"), hex("e9"), hex("ff"), hex("00"), hex("0d"), hex("0a"));
    private static Path file;
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

    /** One change: a byte deleted, a sequence inserted, or a byte overwritten; {@code at} is taken modulo the length. */
    record Damage(Kind kind, int at, int sequence) {
        enum Kind { DELETE, INSERT, FLIP }

        byte[] applyTo(byte[] bytes) {
            int i = Math.floorMod(at, bytes.length);
            byte[] seq = DAMAGE.get(sequence);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.write(bytes, 0, i);
            switch (kind) {
                case DELETE -> out.write(bytes, i + 1, bytes.length - i - 1);
                case INSERT -> {
                    out.writeBytes(seq);
                    out.write(bytes, i, bytes.length - i);
                }
                case FLIP -> {
                    out.write(seq[0]);
                    out.write(bytes, i + 1, bytes.length - i - 1);
                }
            }
            return out.toByteArray();
        }

        @Override
        public String toString() {
            return kind + " at " + at + " " + HexFormat.of().formatHex(DAMAGE.get(sequence));
        }
    }

    /** Item lines, each ended by LF, then damaged. */
    record Batch(List<String> lines, List<Damage> damage) {
        byte[] bytes() {
            byte[] bytes = String.join("\n", lines).concat("\n").getBytes(StandardCharsets.UTF_8);
            for (Damage d : damage) {
                bytes = d.applyTo(bytes);
            }
            return bytes;
        }

        @Override
        public String toString() {
            return lines + "\n  damage " + damage + "\n  bytes " + HexFormat.of().formatHex(bytes());
        }
    }

    @Provide
    Arbitrary<Batch> batches() {
        Arbitrary<Damage> damage = Combinators.combine(Arbitraries.of(Damage.Kind.class), Arbitraries.integers().between(0, 100_000),
                Arbitraries.integers().between(0, DAMAGE.size() - 1)).as(Damage::new);
        return Combinators.combine(FuzzItems.smallItems().map(ItemWriter::toJson).list().ofMinSize(1).ofMaxSize(4),
                damage.list().ofMinSize(1).ofMaxSize(3)).as(Batch::new);
    }

    /**
     * 1,000 tries: each decides its items three times (about 15 ms a try here); the 10,000 byte-level
     * tries of the reader itself are policy-json's {@code DamagedBytesTest}.
     */
    @Property(tries = 1_000)
    void aFileAndStandardInputGiveTheSameRecordsAndWholeLinesAreDecidedAsAlone(@ForAll("batches") Batch batch) throws IOException {
        // given
        byte[] input = batch.bytes();
        writer.write(ByteBuffer.wrap(input), 0);
        writer.truncate(input.length);

        // when
        String fromFile = evaluate(file.toString(), InputStream.nullInputStream());
        String fromStdin = evaluate(InputFiles.STANDARD_INPUT, new ByteArrayInputStream(input));

        // then
        assertThat(fromStdin).as("the same from a file and from standard input").isEqualTo(fromFile);
        List<String> records = fromFile.isEmpty() ? List.of() : List.of(fromFile.split("\n"));
        List<byte[]> lines = nonBlankLines(input);
        assertThat(records).as("one record per non-blank line").hasSize(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            String text = new String(lines.get(i), StandardCharsets.UTF_8);
            boolean whole = batch.lines().contains(text) && Arrays.equals(text.getBytes(StandardCharsets.UTF_8), lines.get(i));
            if (whole) {
                assertThat(records.get(i)).as("a whole line is decided as it is alone")
                        .isEqualTo(DecisionWriter.toJson(EVALUATOR.evaluate(STRICT.parse(text))));
            }
        }
    }

    private static String evaluate(String name, InputStream stdin) throws IOException {
        StringWriter out = new StringWriter();
        try (InputStream in = InputFiles.open(name, stdin)) {
            EvaluateCommand.decideAll(EVALUATOR, STRICT, name, in, new EvaluateCommand.JsonLines(new PrintWriter(out)),
                    new PrintWriter(new StringWriter()));
        }
        return out.toString();
    }

    /** The lines of {@code input} (ends LF, CR LF, CR) that hold more than spaces and tabs. */
    private static List<byte[]> nonBlankLines(byte[] input) {
        List<byte[]> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= input.length; i++) {
            if (i == input.length || input[i] == '\n' || input[i] == '\r') {
                byte[] line = Arrays.copyOfRange(input, start, i);
                boolean blank = true;
                for (byte b : line) {
                    blank &= b == ' ' || b == '\t';
                }
                if (!blank) {
                    lines.add(line);
                }
                if (i < input.length && input[i] == '\r' && i + 1 < input.length && input[i + 1] == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        return lines;
    }

    private static byte[] hex(String hex) {
        return HexFormat.of().parseHex(hex);
    }
}
