package io.github.hubpolicy.rules;

import io.github.hubpolicy.api.ContentItem;
import io.github.hubpolicy.api.InvalidItemException;
import io.github.hubpolicy.api.internal.SafeText;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Item names no rule reads: found per item, reported once per name and evaluator, or refused
 * when the host asks for strict names. Thread-safe.
 */
final class UnreadNames {
    private static final Logger LOG = LoggerFactory.getLogger(UnreadNames.class);
    /** Names are item input: past this many distinct ones, stop remembering (and reporting) them. */
    private static final int MAX_REPORTED = 1_000;

    private final Consumer<UnreadName> listener;
    /** The names reported so far, by kind. */
    private final Set<String> reportedSignals = ConcurrentHashMap.newKeySet();
    private final Set<String> reportedCapabilities = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean saturated = new AtomicBoolean();

    UnreadNames(Consumer<UnreadName> listener) {
        this.listener = listener;
    }

    static List<UnreadName> of(ContentItem item, NamesRead read) {
        List<UnreadName> unread = new ArrayList<>();
        for (String signal : item.signals().scores().keySet()) {
            if (!read.signals().contains(signal)) {
                unread.add(new UnreadName("signals." + signal, UnreadName.Kind.SIGNAL, signal,
                        Spelling.closest(signal, read.signals()).orElse(null)));
            }
        }
        for (int i = 0; i < item.capabilities().size(); i++) {
            String capability = item.capabilities().get(i);
            if (!read.capabilities().contains(capability)) {
                unread.add(new UnreadName("capabilities[" + i + "]", UnreadName.Kind.CAPABILITY, capability,
                        Spelling.closest(capability, read.capabilities()).orElse(null)));
            }
        }
        return unread;
    }

    /**
     * Reports the item's unread names not reported before, or refuses the item. A name reported
     * before costs a set lookup: the suggestion is computed only for a name about to be reported
     * (items that carry a host's extra signal would otherwise pay for it on every decision).
     *
     * @throws InvalidItemException when {@code strict} and the item carries a name no rule reads
     */
    void check(ContentItem item, NamesRead read, boolean strict) {
        if (item.signals().scores().isEmpty() && item.capabilities().isEmpty()) {
            return;
        }
        if (strict) {
            List<UnreadName> unread = of(item, read);
            if (!unread.isEmpty()) {
                throw new InvalidItemException(unread.get(0).field(), unread.get(0).problem());
            }
            return;
        }
        for (String signal : item.signals().scores().keySet()) {
            if (!read.signals().contains(signal) && !reportedSignals.contains(signal)) {
                report(reportedSignals, signal, () -> new UnreadName("signals." + signal, UnreadName.Kind.SIGNAL, signal,
                        Spelling.closest(signal, read.signals()).orElse(null)));
            }
        }
        for (int i = 0; i < item.capabilities().size(); i++) {
            String capability = item.capabilities().get(i);
            int index = i;
            if (!read.capabilities().contains(capability) && !reportedCapabilities.contains(capability)) {
                report(reportedCapabilities, capability, () -> new UnreadName("capabilities[" + index + "]",
                        UnreadName.Kind.CAPABILITY, capability, Spelling.closest(capability, read.capabilities()).orElse(null)));
            }
        }
    }

    /** Reports a name once, while fewer than {@link #MAX_REPORTED} names have been. */
    private void report(Set<String> reported, String name, Supplier<UnreadName> unread) {
        if (reportedSignals.size() + reportedCapabilities.size() >= MAX_REPORTED) {
            if (saturated.compareAndSet(false, true)) {
                LOG.warn("More than {} distinct item names no rule reads; no longer reporting new ones", MAX_REPORTED);
            }
            return;
        }
        if (reported.add(name)) {
            listener.accept(unread.get());
        }
    }

    /** The default listener: one WARN line per name. */
    static void log(UnreadName name) {
        LOG.warn("Item {}; the name is kept and reported once", SafeText.oneLine(SafeText.masked(name.message())));
    }
}
