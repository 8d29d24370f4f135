package io.github.hubpolicy.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 20, item 3: every input error is one sentence naming the file and what is wrong, with the
 * documented exit status, and never a Java exception's class or raw message; bytes that are not
 * UTF-8 cost their line only, from a file and from standard input alike.
 */
class InputErrorsCliTest {
    private static final String OK_1 = "{\"id\": \"c/1\", \"kind\": \"comment\", \"text\": \"thanks, très utile\"}";
    private static final String OK_2 = "{\"id\": \"c/2\", \"kind\": \"comment\", \"signals\": {\"hate\": 0.95}}";
    /** Line 2 holds a Latin-1 é (0xE9) at byte 41. */
    private static final byte[] LATIN1_LINE = bytes(OK_1 + "\n{\"id\": \"c3\", \"kind\": \"comment\", \"text\": \"", "e974e9",
            "\"}\n" + OK_2 + "\n");

    @TempDir
    Path dir;

    @Test
    void aLatin1ByteCostsOneLineAndTheRestIsDecided() throws IOException {
        // given
        Path file = write("latin1.jsonl", LATIN1_LINE);

        // when
        Run run = Run.of(InputStream.nullInputStream(), "evaluate", file.toString());

        // then
        assertThat(run.exit()).isEqualTo(3);
        assertThat(run.lines()).hasSize(3);
        assertThat(run.lines().get(0)).contains("\"id\":\"c/1\"", "\"verdict\":\"ALLOW\"");
        assertThat(run.lines().get(1)).isEqualTo("{\"line\":2,\"id\":null,\"error\":\"not valid UTF-8 at byte 41\"}");
        assertThat(run.lines().get(2)).contains("\"id\":\"c/2\"", "\"verdict\":\"REMOVE\"");
        assertThat(run.err()).isEqualTo(file + ":2: not valid UTF-8 at byte 41\n");
    }

    @Test
    void standardInputGivesTheSameRecordsAsTheFile() throws IOException {
        // given
        Path file = write("latin1.jsonl", LATIN1_LINE);

        // when
        Run fromFile = Run.of(InputStream.nullInputStream(), "evaluate", file.toString());
        Run fromStdin = Run.of(new ByteArrayInputStream(LATIN1_LINE), "evaluate", "-");

        // then
        assertThat(fromStdin.exit()).isEqualTo(fromFile.exit());
        assertThat(fromStdin.out()).isEqualTo(fromFile.out());
        assertThat(fromStdin.err()).isEqualTo("standard input:2: not valid UTF-8 at byte 41\n");
    }

    @Test
    void aUtf16FileIsOneRecordNamingTheEncoding() throws IOException {
        // given: a file saved as UTF-16, as some Windows editors do
        ByteArrayOutputStream utf16 = new ByteArrayOutputStream();
        utf16.writeBytes(HexFormat.of().parseHex("fffe"));
        utf16.writeBytes((OK_1 + "\n" + OK_2 + "\n").getBytes(StandardCharsets.UTF_16LE));
        Path file = write("utf16.jsonl", utf16.toByteArray());

        Run run = Run.of(InputStream.nullInputStream(), "evaluate", file.toString());

        assertThat(run.exit()).isEqualTo(3);
        assertThat(run.lines()).containsExactly("{\"line\":0,\"id\":null,\"error\":\"input is UTF-16 (little-endian) "
                + "(it starts with that byte order mark), not UTF-8: convert it to UTF-8\"}");
        assertThat(run.err()).isEqualTo(file + ":0: input is UTF-16 (little-endian) (it starts with that byte order mark), "
                + "not UTF-8: convert it to UTF-8\n");
    }

    @Test
    void aDirectoryIsNamedAsSuch() {
        Run run = Run.of(InputStream.nullInputStream(), "evaluate", dir.toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo("policy-cli evaluate: cannot read " + dir + ": it is a directory, not a file\n");
    }

    @Test
    void aMissingFileIsNamedAsSuch() {
        Path missing = dir.resolve("no-such.jsonl");
        Run run = Run.of(InputStream.nullInputStream(), "evaluate", missing.toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("policy-cli evaluate: cannot read " + missing + ": no such file\n");
    }

    @Test
    void aFileWithoutReadPermissionIsNamedAsSuch() throws IOException {
        Path file = write("secret.jsonl", OK_1.getBytes(StandardCharsets.UTF_8));
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("-w-------"));
        assumeThat(Files.isReadable(file)).as("running as a user permissions apply to (not root)").isFalse();

        Run run = Run.of(InputStream.nullInputStream(), "evaluate", file.toString());

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("policy-cli evaluate: cannot read " + file + ": permission denied\n");
    }

    @Test
    void everyFailureToOpenIsWordedWithoutTheException() {
        // The JDK's exceptions for a refused open, and for a failure partway (a disk, a network drive).
        assertThat(InputFiles.cannotRead("a.jsonl", new AccessDeniedException("a.jsonl")))
                .isEqualTo("cannot read a.jsonl: permission denied");
        assertThat(InputFiles.cannotRead("-", new java.io.UncheckedIOException(new IOException("Input/output error"))))
                .isEqualTo("cannot read standard input: the system reported an input error while reading it; the records before it stand");
        assertThat(InputFiles.problem("bad\u0000name")).isEqualTo("cannot read bad\\u0000name: not a valid file name");
    }

    @Test
    void aReadFailurePartwayKeepsTheRecordsBeforeIt() {
        // given: standard input that fails after its first line
        InputStream failing = new InputStream() {
            private final InputStream first = new ByteArrayInputStream((OK_1 + "\n").getBytes(StandardCharsets.UTF_8));

            @Override
            public int read() throws IOException {
                int b = first.read();
                if (b < 0) {
                    throw new IOException("Input/output error");
                }
                return b;
            }
        };

        // when
        Run run = Run.of(failing, "evaluate", "-");

        // then
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.lines()).singleElement().asString().contains("\"id\":\"c/1\"");
        assertThat(run.err()).isEqualTo("policy-cli evaluate: cannot read standard input: the system reported an input error "
                + "while reading it; the records before it stand\n");
    }

    @Test
    void aClosedOutputStopsTheRunWithOneSentence() throws IOException {
        // given: 200 items, and an output that breaks at its first write (a pipe whose reader ended)
        StringBuilder items = new StringBuilder();
        for (int i = 0; i < 200; i++) {
            items.append(OK_1.replace("c/1", "c/" + i)).append('\n');
        }
        Path file = write("many.jsonl", items.toString().getBytes(StandardCharsets.UTF_8));
        int[] writes = {0};
        OutputStream closed = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                writes[0]++;
                throw new IOException("Broken pipe");
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                writes[0]++;
                throw new IOException("Broken pipe");
            }
        };
        StringWriter err = new StringWriter();

        // when
        int exit = PolicyCli.run(InputStream.nullInputStream(), new PrintWriter(new OutputStreamWriter(closed, StandardCharsets.UTF_8), true),
                new PrintWriter(err, true), "evaluate", file.toString());

        // then
        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).isEqualTo("policy-cli: cannot write to standard output: it was closed before the output was complete\n");
        assertThat(writes[0]).as("stopped at the first failed write, not after deciding everything").isEqualTo(1);
    }

    @Test
    void caseFilesWithBadBytesAreNamedWithLineAndByte() throws IOException {
        Path cases = write("bad.cases.jsonl", bytes("\n{\"case\": \"caf", "e9", "\"}\n"));
        Run run = Run.of(InputStream.nullInputStream(), "test", cases.toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("policy-cli test: " + cases + ":2: not valid UTF-8 at byte 13\n");

        Run directory = Run.of(InputStream.nullInputStream(), "test", dir.toString());
        assertThat(directory.exit()).isEqualTo(2);
        assertThat(directory.err()).isEqualTo("policy-cli test: cannot read " + dir + ": it is a directory, not a file\n");
    }

    @Test
    void benchAndDiffReadTheSameWay() throws IOException {
        Path file = write("latin1.jsonl", LATIN1_LINE);
        Run bench = Run.of(InputStream.nullInputStream(), "bench", "--seconds", "0.3", file.toString());
        assertThat(bench.err()).contains(file + ":2: not valid UTF-8 at byte 41");
        assertThat(bench.exit()).isEqualTo(3);

        Run diff = Run.of(InputStream.nullInputStream(), "diff", "--base", "bundled", "--candidate", dir.toString(), dir.toString());
        assertThat(diff.exit()).isEqualTo(2);
        assertThat(diff.err()).isEqualTo("policy-cli diff: cannot read " + dir + ": it is a directory, not a file\n");
    }

    @Test
    void noMessageNamesAJavaException() throws IOException {
        Path file = write("latin1.jsonl", LATIN1_LINE);
        for (Run run : new Run[] {Run.of(InputStream.nullInputStream(), "evaluate", file.toString()),
                Run.of(new ByteArrayInputStream(bytes("", "feff", "{}")), "evaluate", "-"),
                Run.of(InputStream.nullInputStream(), "evaluate", dir.toString())}) {
            assertThat(run.out() + run.err()).doesNotContain("java.", "Exception", "Input length");
        }
    }

    private Path write(String name, byte[] content) throws IOException {
        return Files.write(dir.resolve(name), content);
    }

    private static byte[] bytes(String before, String hex, String after) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(before.getBytes(StandardCharsets.UTF_8));
        out.writeBytes(HexFormat.of().parseHex(hex));
        out.writeBytes(after.getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    /** One run of the tool with the given standard input. */
    record Run(int exit, String out, String err) {
        static Run of(InputStream stdin, String... args) {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            int exit = PolicyCli.run(stdin, new PrintWriter(out, true), new PrintWriter(err, true), args);
            return new Run(exit, out.toString(), err.toString());
        }

        java.util.List<String> lines() {
            return out.isEmpty() ? java.util.List.of() : java.util.List.of(out.split("\n"));
        }
    }
}
