package io.github.hubpolicy.examples.cli;

import io.github.hubpolicy.api.internal.SafeText;
import io.github.hubpolicy.json.DiffReport;
import io.github.hubpolicy.json.ItemReader;
import io.github.hubpolicy.json.ReadResult;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.List;

/**
 * The files commands read items and cases from: opened as bytes for the one line reader of
 * {@code policy-json} (so files and standard input are read alike), and, when one cannot be read,
 * one sentence saying which and why, never a Java exception's class or raw message.
 *
 * <p>{@link #readItems} is the one loop that turns the item files of every command that reads
 * items ({@code evaluate}, {@code diff}, {@code bench}) into records, and {@link #located} the one
 * way an unreadable record is named on a line of its own.
 */
final class InputFiles {
    /** The name that stands for standard input. */
    static final String STANDARD_INPUT = "-";

    /** What a command does with each record, in input order: an item or the error record in its place. */
    interface Records {
        /**
         * @param file   the file as the command line names it ({@link #STANDARD_INPUT} for standard input)
         * @param record the item, or the error record naming its line, id and field
         */
        void accept(String file, ReadResult record);
    }

    private InputFiles() {
    }

    /**
     * Reads the item files in order ({@code -}: {@code stdin}), handing every record to {@code
     * records}: one bad record never ends the run.
     *
     * @return {@code null} when every file was read to its end, or one sentence ({@link
     *         #cannotRead}) for the first file that could not be opened or read; the records
     *         before the failure were handed over
     */
    static String readItems(Iterable<String> files, ItemReader reader, InputStream stdin, Records records) {
        for (String file : files) {
            try (InputStream in = open(file, stdin)) {
                readItems(file, in, reader, records);
            } catch (IOException | UncheckedIOException e) {
                return cannotRead(file, e);
            }
        }
        return null;
    }

    /** Reads one opened input named {@code file}, handing every record to {@code records}. */
    static void readItems(String file, InputStream in, ItemReader reader, Records records) {
        reader.read(in, record -> records.accept(file, record));
    }

    /**
     * An unreadable record on one line, {@code file:line: id: error} ({@code standard input:3: …}
     * for {@code -}), as the Spark jobs name them ({@link DiffReport#unreadable}). Ids and errors
     * come from the input: escaped, so that no input can forge a line on the terminal.
     */
    static String located(String file, ReadResult.Unreadable unreadable) {
        return DiffReport.unreadable(file.equals(STANDARD_INPUT) ? "standard input" : file, unreadable);
    }

    /** {@code files} as the command line names them, for {@link #readItems} and {@link #problem}. */
    static List<String> names(List<Path> files) {
        return files.stream().map(Path::toString).toList();
    }

    /**
     * Why {@code file} cannot be read, as a sentence ({@code cannot read x.jsonl: no such file}),
     * or {@code null} when it looks readable. Checked before the rules are compiled, so a typo in a
     * file name costs no wait.
     */
    static String problem(String file) {
        if (file.equals(STANDARD_INPUT)) {
            return null;
        }
        Path path;
        try {
            path = Path.of(file);
        } catch (InvalidPathException e) {
            return cannotRead(file, "not a valid file name");
        }
        if (Files.isDirectory(path)) {
            return cannotRead(file, "it is a directory, not a file");
        }
        if (!Files.exists(path)) {
            return cannotRead(file, "no such file");
        }
        if (!Files.isReadable(path)) {
            return cannotRead(file, "permission denied");
        }
        return null;
    }

    /** The first problem of {@link #problem} among {@code files}, or {@code null}. */
    static String problem(Iterable<?> files) {
        for (Object file : files) {
            String problem = problem(file.toString());
            if (problem != null) {
                return problem;
            }
        }
        return null;
    }

    /**
     * Opens {@code file} for reading, or standard input ({@code stdin}, left open when closed)
     * for {@code -}.
     */
    static InputStream open(String file, InputStream stdin) throws IOException {
        if (file.equals(STANDARD_INPUT)) {
            return new FilterInputStream(stdin) {
                @Override
                public void close() {
                    // Standard input belongs to the process.
                }
            };
        }
        return Files.newInputStream(Path.of(file));
    }

    /**
     * One sentence for a failure to open or read {@code file}: {@code cannot read x.jsonl: permission
     * denied}. The exception decides only which words; its class and message are not shown.
     */
    static String cannotRead(String file, Exception failure) {
        Throwable e = failure instanceof UncheckedIOException unchecked ? unchecked.getCause() : failure;
        return cannotRead(file, e instanceof NoSuchFileException ? "no such file"
                : e instanceof AccessDeniedException ? "permission denied"
                : e instanceof NotDirectoryException ? "a part of its path is not a directory"
                : isDirectory(file) ? "it is a directory, not a file"
                : "the system reported an input error while reading it; the records before it stand");
    }

    private static boolean isDirectory(String file) {
        try {
            return !file.equals(STANDARD_INPUT) && Files.isDirectory(Path.of(file));
        } catch (InvalidPathException e) {
            return false;
        }
    }

    private static String cannotRead(String file, String why) {
        // A file name comes from the command line, and may hold anything.
        return "cannot read " + (file.equals(STANDARD_INPUT) ? "standard input" : SafeText.oneLine(file)) + ": " + why;
    }
}
