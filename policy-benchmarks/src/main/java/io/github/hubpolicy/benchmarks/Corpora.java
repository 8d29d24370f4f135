package io.github.hubpolicy.benchmarks;

import io.github.hubpolicy.api.ContentItem;
import io.github.hubpolicy.api.ContentKind;
import io.github.hubpolicy.testkit.corpus.CorpusGenerator;
import java.util.ArrayList;
import java.util.List;

/** The items the benchmarks decide, and the detectors-only pass they compare against. */
final class Corpora {
    /** Items per corpus, and so decisions per benchmark invocation. */
    static final int SIZE = 2000;
    /** The generated corpus everyone uses: the same as {@code policy-cli bench}'s default. */
    static final long SEED = CorpusGenerator.DEFAULT_SEED;

    private Corpora() {
    }

    /**
     * {@code all}: the first {@link #SIZE} generated items (median text about 1 KiB, a long tail
     * up to 100 KiB). {@code upTo1KiB}: the first {@link #SIZE} generated items whose title and
     * text hold at most 1 KiB together, the typical item, where the rule engine's share shows.
     */
    static List<ContentItem> named(String name) {
        CorpusGenerator generator = new CorpusGenerator(SEED);
        return switch (name) {
            case "all" -> generator.items(SIZE);
            case "upTo1KiB" -> {
                List<ContentItem> items = new ArrayList<>(SIZE);
                for (int i = 0; items.size() < SIZE; i++) {
                    ContentItem item = generator.item(i);
                    if (item.title().length() + item.text().length() <= 1024) {
                        items.add(item);
                    }
                }
                yield items;
            }
            default -> throw new IllegalArgumentException("unknown corpus " + name + ": all or upTo1KiB");
        };
    }

    /** One discussion whose text is {@code length} characters of model-card prose (tables, versions, links). */
    static ContentItem itemWithText(int length) {
        return ContentItem.builder("discussions/bench/text-" + length + "/1", ContentKind.DISCUSSION)
                .title("Results differ from the card")
                .text(CorpusGenerator.cardText(SEED, length))
                .build();
    }
}
