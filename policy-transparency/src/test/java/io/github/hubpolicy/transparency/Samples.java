package io.github.hubpolicy.transparency;

import io.github.hubpolicy.api.ContentItem;
import io.github.hubpolicy.json.ItemReader;
import io.github.hubpolicy.json.ReadResult;
import java.io.InputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The bundled sample items of the command-line tool (policy-examples/samples/items.jsonl). */
final class Samples {
    static final Path FILE = Path.of("../policy-examples/samples/items.jsonl");

    private Samples() {
    }

    static List<ContentItem> items() {
        List<ContentItem> items = new ArrayList<>();
        try (InputStream in = Files.newInputStream(FILE)) {
            for (ReadResult result : ItemReader.strict().readAll(in)) {
                items.add(((ReadResult.Parsed) result).item());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return items;
    }

    static ContentItem item(String id) {
        return items().stream().filter(i -> i.id().equals(id)).findFirst().orElseThrow();
    }
}
