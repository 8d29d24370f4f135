package io.github.hubpolicy.examples.cli;

import io.github.hubpolicy.api.ContentItem;
import io.github.hubpolicy.api.Decision;
import io.github.hubpolicy.api.internal.SafeText;
import io.github.hubpolicy.transparency.AuditRecords;
import io.github.hubpolicy.transparency.TransparencyJson;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Objects;

/**
 * The {@code --audit FILE} log: appends one audit line per decision ({@link AuditRecords}) to the
 * file, creating it if needed and never truncating it. Each line is flushed as it is written, so
 * a run that stops midway leaves whole lines behind. Thread-safe.
 */
final class AuditLog implements AutoCloseable {
    private final Path file;
    private final AuditRecords records;
    private final BufferedWriter out;

    private AuditLog(Path file, AuditRecords records, BufferedWriter out) {
        this.file = file;
        this.records = records;
        this.out = out;
    }

    /** Opens the file for appending. */
    static AuditLog open(Path file, AuditRecords records) {
        Objects.requireNonNull(records, "records");
        try {
            return new AuditLog(file, records, Files.newBufferedWriter(file, StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.WRITE));
        } catch (IOException e) {
            throw new Failure("cannot open the audit log", file, e);
        }
    }

    /** Appends the audit line of a decision on {@code item}. */
    synchronized void append(Decision decision, ContentItem item) {
        try {
            out.write(TransparencyJson.toJson(records.of(decision, item)));
            out.newLine();
            out.flush();
        } catch (IOException e) {
            throw new Failure("cannot append to the audit log", file, e);
        }
    }

    @Override
    public synchronized void close() {
        try {
            out.close();
        } catch (IOException e) {
            throw new Failure("cannot write the audit log", file, e);
        }
    }

    /** The audit log cannot be written: one sentence naming the file and why, not the exception. */
    static final class Failure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Failure(String what, Path file, IOException e) {
            super(what + " " + SafeText.oneLine(file.toString()) + ": " + (e instanceof AccessDeniedException ? "permission denied"
                    : e instanceof NoSuchFileException ? "its directory does not exist"
                    : Files.isDirectory(file) ? "it is a directory"
                    : "the system reported an output error"), null, false, false);
        }
    }
}
