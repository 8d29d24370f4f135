package io.github.hubpolicy.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One content item to decide: an ML artifact (model, dataset, Space) or community content
 * (discussion, comment), with the caller's classifier signals. The fields are those of the JSON
 * wire format ({@code item-format.md}); absent optional values take the documented defaults, so
 * no accessor returns {@code null} except {@link #license()} and {@link #purpose()}.
 *
 * <p>Build one with {@link #builder(String, ContentKind)}. Invalid values are rejected with an
 * {@link InvalidItemException} naming the field.
 */
public record ContentItem(
        String id,
        ContentKind kind,
        String title,
        String text,
        List<String> tags,
        String license,
        Visibility visibility,
        Gating gating,
        Purpose purpose,
        List<String> capabilities,
        Author author,
        Target target,
        List<ItemFile> files,
        Signals signals,
        List<Person> people,
        PersonalData personalData,
        List<Report> reports,
        Documentation documentation) {

    /** The tag that lets viewers opt out of content not meant for all audiences. */
    public static final String AUDIENCE_TAG = "not-for-all-audiences";

    public ContentItem {
        Checks.nonBlank("id", id);
        Checks.required("kind", kind);
        title = Checks.orEmpty(title);
        text = Checks.orEmpty(text);
        tags = Checks.list("tags", tags);
        license = license == null || license.isBlank() ? null : license;
        visibility = visibility == null ? Visibility.PUBLIC : visibility;
        gating = gating == null ? Gating.NONE : gating;
        capabilities = Checks.list("capabilities", capabilities);
        author = author == null ? Author.UNKNOWN : author;
        target = target == null ? Target.NONE : target;
        files = Checks.list("files", files);
        signals = signals == null ? Signals.NONE : signals;
        people = Checks.list("people", people);
        personalData = personalData == null ? PersonalData.NONE : personalData;
        reports = Checks.list("reports", reports);
        documentation = documentation == null ? Documentation.NONE : documentation;
    }

    /** A builder for an item with this id and kind; every other field starts at its default. */
    public static Builder builder(String id, ContentKind kind) {
        return new Builder(id, kind);
    }

    /** A builder that starts from this item's values. */
    public Builder toBuilder() {
        Builder b = new Builder(id, kind);
        b.title = title;
        b.text = text;
        b.tags.addAll(tags);
        b.license = license;
        b.visibility = visibility;
        b.gating = gating;
        b.purpose = purpose;
        b.capabilities.addAll(capabilities);
        b.author = author;
        b.target = target;
        b.files.addAll(files);
        b.signals.putAll(signals.scores());
        b.people.addAll(people);
        b.personalData = personalData;
        b.reports.addAll(reports);
        b.documentation = documentation;
        return b;
    }

    /** Builds {@link ContentItem}s for Java callers. Not thread-safe. */
    public static final class Builder {
        private String id;
        private ContentKind kind;
        private String title;
        private String text;
        private final List<String> tags = new ArrayList<>();
        private String license;
        private Visibility visibility;
        private Gating gating;
        private Purpose purpose;
        private final List<String> capabilities = new ArrayList<>();
        private Author author;
        private Target target;
        private final List<ItemFile> files = new ArrayList<>();
        private final Map<String, Double> signals = new LinkedHashMap<>();
        private final List<Person> people = new ArrayList<>();
        private PersonalData personalData;
        private final List<Report> reports = new ArrayList<>();
        private Documentation documentation;

        private Builder(String id, ContentKind kind) {
            this.id = id;
            this.kind = kind;
        }

        public Builder id(String id) {
            this.id = id;
            return this;
        }

        public Builder kind(ContentKind kind) {
            this.kind = kind;
            return this;
        }

        public Builder title(String title) {
            this.title = title;
            return this;
        }

        public Builder text(String text) {
            this.text = text;
            return this;
        }

        public Builder tag(String tag) {
            tags.add(tag);
            return this;
        }

        public Builder license(String license) {
            this.license = license;
            return this;
        }

        public Builder visibility(Visibility visibility) {
            this.visibility = visibility;
            return this;
        }

        public Builder gating(Gating gating) {
            this.gating = gating;
            return this;
        }

        public Builder purpose(Purpose purpose) {
            this.purpose = purpose;
            return this;
        }

        public Builder capability(String capability) {
            capabilities.add(capability);
            return this;
        }

        public Builder author(Author author) {
            this.author = author;
            return this;
        }

        public Builder target(Target target) {
            this.target = target;
            return this;
        }

        public Builder file(ItemFile file) {
            files.add(file);
            return this;
        }

        public Builder signal(Signal signal, double score) {
            return signal(signal.wireName(), score);
        }

        /** A score for any signal name, including ones the bundled rules do not read. */
        public Builder signal(String name, double score) {
            signals.put(name, score);
            return this;
        }

        public Builder person(Person person) {
            people.add(person);
            return this;
        }

        public Builder personalData(PersonalData personalData) {
            this.personalData = personalData;
            return this;
        }

        public Builder report(Report report) {
            reports.add(report);
            return this;
        }

        public Builder documentation(Documentation documentation) {
            this.documentation = documentation;
            return this;
        }

        /** @throws InvalidItemException naming the first invalid field */
        public ContentItem build() {
            return new ContentItem(id, kind, title, text, tags, license, visibility, gating, purpose, capabilities,
                    author, target, files, new Signals(signals), people, personalData, reports, documentation);
        }
    }
}
