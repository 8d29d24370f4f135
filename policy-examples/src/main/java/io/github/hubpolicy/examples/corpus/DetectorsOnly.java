package io.github.hubpolicy.examples.corpus;

import io.github.hubpolicy.api.ContentItem;
import io.github.hubpolicy.api.ItemFile;
import io.github.hubpolicy.rules.detect.Detectors;
import io.github.hubpolicy.rules.detect.TextScan;

/**
 * The floor that {@code policy-cli bench} and the JMH benchmarks measure the evaluator against:
 * the detectors' part of a decision, as the evaluator runs it ({@link Detectors}), and no rule
 * engine.
 */
public final class DetectorsOnly {
    private DetectorsOnly() {
    }

    /**
     * Scans the title and text (metric manipulation on community content only) and classifies
     * each pickle import; returns a count of what was found, for the caller to consume.
     */
    public static long run(Detectors detectors, ContentItem item) {
        TextScan scan = detectors.scan(item.title(), item.text(), item.kind().isCommunity());
        long found = scan.matches().size() + scan.links();
        for (ItemFile file : item.files()) {
            for (String name : file.pickleImports()) {
                found += Detectors.pickleImportRisk(name).ordinal();
            }
        }
        return found;
    }
}
