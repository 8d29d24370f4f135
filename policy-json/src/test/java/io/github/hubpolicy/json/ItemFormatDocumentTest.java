package io.github.hubpolicy.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The wire format the reader accepts is the one docs/policy/item-format.md documents. */
class ItemFormatDocumentTest {
    static final Path ITEM_FORMAT = Path.of("../docs/policy/item-format.md");

    @Test
    void everyFieldTheReaderAcceptsIsDocumented() throws IOException {
        String document = Files.readString(ITEM_FORMAT);
        Map<String, List<String>> objects = Map.of("item", ItemMapper.ITEM, "author", ItemMapper.AUTHOR,
                "target", ItemMapper.TARGET, "files[]", ItemMapper.FILE, "people[]", ItemMapper.PERSON,
                "reports[]", ItemMapper.REPORT, "documentation", ItemMapper.DOCUMENTATION);
        objects.forEach((object, fields) -> assertThat(fields)
                .as("fields of %s missing from %s", object, ITEM_FORMAT)
                .allMatch(field -> document.contains("`" + field + "`") || document.contains("\"" + field + "\"")));
    }
}
