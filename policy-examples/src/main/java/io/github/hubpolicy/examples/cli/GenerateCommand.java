package io.github.hubpolicy.examples.cli;

import io.github.hubpolicy.testkit.corpus.CorpusGenerator;
import io.github.hubpolicy.json.ItemWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code generate --count N --seed S [--obfuscate SHARE] [--output FILE]}: a deterministic corpus of realistic items as JSON Lines. */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Writes a deterministic corpus of realistic content items as JSON Lines: " +
                "mostly clean, every guideline section at a plausible share, texts around " +
                "1 KiB with a long tail up to 100 KiB. The same seed gives the same items on " +
                "every machine, and a longer corpus starts with a shorter one.")
final class GenerateCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Option(names = "--count", defaultValue = "1000", paramLabel = "N", description = "How many items (default: ${DEFAULT-VALUE}).")
    private int count;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "S", description = "The seed (default: ${DEFAULT-VALUE}).")
    private long seed;

    @Option(names = "--output", paramLabel = "FILE", description = "Write to FILE instead of standard output.")
    private Path output;

    @Option(names = "--obfuscate", defaultValue = "0", paramLabel = "SHARE",
            description = {"Rewrite about this share (0 to 1) of the items' titles and texts with the evasions",
                    "the detectors see through (invisible format characters, full-width forms, other",
                    "scripts' digits, [at] and [dot] in e-mail addresses); decisions stay the same but",
                    "for evidence offsets (default: ${DEFAULT-VALUE}, none)."})
    private double obfuscate;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (count < 0) {
            err.println("policy-cli generate: --count must not be negative");
            return PolicyCli.EXIT_USAGE;
        }
        if (!(obfuscate >= 0 && obfuscate <= 1)) {
            err.println("policy-cli generate: --obfuscate must be from 0 to 1, was " + obfuscate);
            return PolicyCli.EXIT_USAGE;
        }
        CorpusGenerator generator = new CorpusGenerator(seed, obfuscate);
        try {
            if (output == null) {
                PrintWriter out = spec.commandLine().getOut();
                write(generator, out);
                out.flush();
            } else {
                try (Writer out = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
                    write(generator, out);
                }
            }
        } catch (IOException e) {
            err.println("policy-cli generate: cannot write " + output + ": " + e.getMessage());
            return PolicyCli.EXIT_USAGE;
        }
        return PolicyCli.EXIT_OK;
    }

    private void write(CorpusGenerator generator, Writer out) throws IOException {
        for (int i = 0; i < count; i++) {
            out.write(ItemWriter.toJson(generator.item(i)));
            out.write('\n');
        }
    }
}
