package io.github.hubpolicy.server;

import io.github.hubpolicy.json.ItemReader;
import io.github.hubpolicy.json.ReadResult;
import io.github.hubpolicy.server.PlaygroundViews.Sample;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * What the playground ships in the jar: the bundled sample items ({@code policy-examples/samples},
 * copied by the build) and the guidelines page. Read once.
 */
final class PlaygroundResources {
    static final String SAMPLES = "hubpolicy/playground/samples/items.jsonl";

    private final byte[] samplesFile;
    private final List<Sample> samples;
    private final GuidelinesPage guidelines;

    PlaygroundResources(ItemReader reader) {
        this.samplesFile = resource(SAMPLES);
        String[] lines = new String(samplesFile, StandardCharsets.UTF_8).split("\n");
        List<Sample> read = new ArrayList<>();
        reader.read(new ByteArrayInputStream(samplesFile), result -> {
            if (result instanceof ReadResult.Parsed parsed) {
                read.add(new Sample(parsed.item().id(), parsed.item().kind().wireName() + ": " + parsed.item().id(),
                        lines[parsed.line() - 1].strip()));
            }
        });
        this.samples = List.copyOf(read);
        this.guidelines = new GuidelinesPage();
    }

    byte[] samplesFile() {
        return samplesFile.clone();
    }

    List<Sample> samples() {
        return samples;
    }

    GuidelinesPage guidelines() {
        return guidelines;
    }

    private static byte[] resource(String name) {
        try (InputStream in = PlaygroundResources.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from the classpath");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
    }
}
