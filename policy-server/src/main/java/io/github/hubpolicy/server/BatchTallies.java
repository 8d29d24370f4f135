package io.github.hubpolicy.server;

import io.github.hubpolicy.api.DecisionChange;
import io.github.hubpolicy.json.DiffReport;
import io.github.hubpolicy.server.PlaygroundViews.Group;
import io.github.hubpolicy.server.PlaygroundViews.Summary;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The playground's batches in progress: a page sends a large file in chunks, and the server keeps
 * only each batch's counts ({@link DiffReport.Tally}), never its items. The few most recent
 * batches are kept; an older one is forgotten.
 */
final class BatchTallies {
    static final int KEPT = 16;

    /** One batch's counts; a chunk holds its monitor while it is decided. */
    static final class Batch {
        private final DiffReport.Tally tally = new DiffReport.Tally();
        private long decided;
        private long unreadable;

        synchronized void decided(DecisionChange change) {
            decided++;
            if (change != null) {
                tally.add(change);
            }
        }

        synchronized void unreadable() {
            unreadable++;
        }

        synchronized Summary summary() {
            return new Summary(decided, tally.changed(), unreadable, tally.sections().stream().map(Group::of).toList(),
                    DiffReport.footer(tally.changed(), decided, unreadable));
        }
    }

    private final Map<String, Batch> batches = new LinkedHashMap<>(KEPT, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Batch> eldest) {
            return size() > KEPT;
        }
    };

    synchronized String start() {
        String id = UUID.randomUUID().toString();
        batches.put(id, new Batch());
        return id;
    }

    /** The batch, or null when there is none with that id. */
    synchronized Batch find(String id) {
        return batches.get(id);
    }
}
