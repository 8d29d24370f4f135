package io.github.hubpolicy.rules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Rule files from a directory the host trusts: every {@code .drl} file under it, named by its
 * path relative to the directory (so problems read {@code hate.drl:7:0: ...}).
 */
final class RuleDirectory {
    private RuleDirectory() {
    }

    static List<RuleFile> load(Path directory) {
        if (!Files.isDirectory(directory)) {
            throw new IllegalArgumentException("rule directory " + directory + " does not exist or is not a directory");
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            List<RuleFile> files = new ArrayList<>();
            for (Path path : paths.filter(p -> p.toString().endsWith(".drl") && Files.isRegularFile(p)).sorted().toList()) {
                String relative = directory.relativize(path).toString().replace('\\', '/');
                files.add(new RuleFile(relative, Files.readString(path, StandardCharsets.UTF_8)));
            }
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read rule directory " + directory, e);
        }
    }

    /** The bundled files, minus those a directory file of the same name overrides, plus the directory's files. */
    static List<RuleFile> overlay(List<RuleFile> bundled, List<RuleFile> directory) {
        List<RuleFile> merged = new ArrayList<>();
        for (RuleFile file : bundled) {
            boolean overridden = directory.stream().anyMatch(d -> fileName(d).equals(fileName(file)));
            if (!overridden) {
                merged.add(file);
            }
        }
        merged.addAll(directory);
        return merged;
    }

    private static String fileName(RuleFile file) {
        return file.path().substring(file.path().lastIndexOf('/') + 1);
    }
}
