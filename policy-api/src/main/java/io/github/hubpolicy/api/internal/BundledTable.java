package io.github.hubpolicy.api.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A table bundled as a classpath resource (the catalog's {@code sections.tsv}, the transparency
 * crosswalk): its data lines, blank lines and {@code #} comments left out, each with its line
 * number for messages. The data ships with the jar, so a missing or unreadable one is a build defect.
 */
public final class BundledTable {
    /** One data line and its number in the file, counted from 1. */
    public record Line(int number, String text) {
    }

    private BundledTable() {
    }

    /**
     * The data lines of {@code resource}, read with {@code anchor}'s class loader.
     *
     * @throws IllegalStateException when the resource is missing
     * @throws UncheckedIOException  when it cannot be read
     */
    public static List<Line> lines(Class<?> anchor, String resource) {
        try (InputStream in = anchor.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the classpath");
            }
            List<Line> lines = new ArrayList<>();
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                String line;
                int number = 0;
                while ((line = reader.readLine()) != null) {
                    number++;
                    if (!line.isBlank() && !line.startsWith("#")) {
                        lines.add(new Line(number, line));
                    }
                }
            }
            return List.copyOf(lines);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
