package io.github.hubpolicy.api;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One content item to decide: an ML artifact (model, dataset, Space) or community content
 * (discussion, comment), with the caller's classifier signals. The fields are those of the JSON
 * wire format ({@code docs/policy/item-format.md}); absent optional values take the documented defaults, so
 * no accessor returns {@code null} except {@link #license()} and {@link #purpose()}.
 *
 * <p>Build one with {@link #builder(String, ContentKind)} (or change one with {@link #toBuilder()}):
 * the builder is the only way to make an item, so fields the wire format gains later do not break
 * callers. Invalid values are rejected with an {@link InvalidItemException} naming the field.
 * Immutable and thread-safe.
 */
public final class ContentItem {

    /** The tag that lets viewers opt out of content not meant for all audiences. */
    public static final String AUDIENCE_TAG = "not-for-all-audiences";

    private final String id;
    private final ContentKind kind;
    private final String title;
    private final String text;
    private final List<String> tags;
    private final String license;
    private final Visibility visibility;
    private final Gating gating;
    private final Purpose purpose;
    private final List<String> capabilities;
    private final Author author;
    private final Target target;
    private final List<ItemFile> files;
    private final Signals signals;
    private final List<Person> people;
    private final PersonalData personalData;
    private final List<Report> reports;
    private final Documentation documentation;

    private ContentItem(Builder b) {
        this.id = Checks.nonBlank("id", b.id);
        this.kind = Checks.required("kind", b.kind);
        this.title = Checks.orEmpty(b.title);
        this.text = Checks.orEmpty(b.text);
        this.tags = Checks.list("tags", b.tags);
        this.license = b.license == null || b.license.isBlank() ? null : b.license;
        this.visibility = b.visibility == null ? Visibility.PUBLIC : b.visibility;
        this.gating = b.gating == null ? Gating.NONE : b.gating;
        this.purpose = b.purpose;
        this.capabilities = Checks.list("capabilities", b.capabilities);
        this.author = b.author == null ? Author.UNKNOWN : b.author;
        this.target = b.target == null ? Target.NONE : b.target;
        this.files = Checks.list("files", b.files);
        this.signals = new Signals(b.signals);
        this.people = Checks.list("people", b.people);
        this.personalData = b.personalData == null ? PersonalData.NONE : b.personalData;
        this.reports = Checks.list("reports", b.reports);
        this.documentation = b.documentation == null ? Documentation.NONE : b.documentation;
    }

    /** @return the item's id on the platform, e.g. {@code models/acme/sentiment}; never blank */
    public String id() {
        return id;
    }

    /** @return what the item is */
    public ContentKind kind() {
        return kind;
    }

    /** @return the title, or empty */
    public String title() {
        return title;
    }

    /** @return the text (card, description, comment), or empty */
    public String text() {
        return text;
    }

    /** @return the tags, unmodifiable */
    public List<String> tags() {
        return tags;
    }

    /** @return the licence identifier, or {@code null} when none is declared */
    public String license() {
        return license;
    }

    /** @return who can see the item (default {@link Visibility#PUBLIC}) */
    public Visibility visibility() {
        return visibility;
    }

    /** @return whether access is gated (default {@link Gating#NONE}) */
    public Gating gating() {
        return gating;
    }

    /** @return the declared purpose, or {@code null} when none is declared */
    public Purpose purpose() {
        return purpose;
    }

    /** @return what an artifact can do (e.g. {@code voice-clone}), unmodifiable */
    public List<String> capabilities() {
        return capabilities;
    }

    /** @return the author (default {@link Author#UNKNOWN}) */
    public Author author() {
        return author;
    }

    /** @return whom community content addresses (default {@link Target#NONE}) */
    public Target target() {
        return target;
    }

    /** @return the uploaded files, unmodifiable */
    public List<ItemFile> files() {
        return files;
    }

    /** @return the caller's classifier scores (default {@link Signals#NONE}) */
    public Signals signals() {
        return signals;
    }

    /** @return the people the item depicts or imitates, unmodifiable */
    public List<Person> people() {
        return people;
    }

    /** @return whether an artifact holds others' personal data (default {@link PersonalData#NONE}) */
    public PersonalData personalData() {
        return personalData;
    }

    /** @return user reports about the item, unmodifiable */
    public List<Report> reports() {
        return reports;
    }

    /** @return what the card documents (default {@link Documentation#NONE}) */
    public Documentation documentation() {
        return documentation;
    }

    /** Items are equal when every field is. */
    @Override
    public boolean equals(Object other) {
        return other instanceof ContentItem that
                && Objects.equals(id, that.id)
                && Objects.equals(kind, that.kind)
                && Objects.equals(title, that.title)
                && Objects.equals(text, that.text)
                && Objects.equals(tags, that.tags)
                && Objects.equals(license, that.license)
                && Objects.equals(visibility, that.visibility)
                && Objects.equals(gating, that.gating)
                && Objects.equals(purpose, that.purpose)
                && Objects.equals(capabilities, that.capabilities)
                && Objects.equals(author, that.author)
                && Objects.equals(target, that.target)
                && Objects.equals(files, that.files)
                && Objects.equals(signals, that.signals)
                && Objects.equals(people, that.people)
                && Objects.equals(personalData, that.personalData)
                && Objects.equals(reports, that.reports)
                && Objects.equals(documentation, that.documentation);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, kind, title, text, tags, license, visibility, gating, purpose, capabilities, author, target, files, signals, people, personalData, reports, documentation);
    }

    @Override
    public String toString() {
        return "ContentItem[id=" + id + ", kind=" + kind + ", title=" + title + ", text=" + text + ", tags=" + tags
                + ", license=" + license + ", visibility=" + visibility + ", gating=" + gating + ", purpose=" + purpose
                + ", capabilities=" + capabilities + ", author=" + author + ", target=" + target + ", files=" + files
                + ", signals=" + signals + ", people=" + people + ", personalData=" + personalData + ", reports=" + reports
                + ", documentation=" + documentation + "]";
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

        /** The id (never blank). */
        public Builder id(String id) {
            this.id = id;
            return this;
        }

        /** What the item is. */
        public Builder kind(ContentKind kind) {
            this.kind = kind;
            return this;
        }

        /** The title. */
        public Builder title(String title) {
            this.title = title;
            return this;
        }

        /** The text: card, description or comment. */
        public Builder text(String text) {
            this.text = text;
            return this;
        }

        /** Adds a tag. */
        public Builder tag(String tag) {
            tags.add(tag);
            return this;
        }

        /** Replaces the tags ({@code null}: none). */
        public Builder tags(Collection<String> tags) {
            this.tags.clear();
            if (tags != null) {
                this.tags.addAll(tags);
            }
            return this;
        }

        /** The licence identifier; blank means none. */
        public Builder license(String license) {
            this.license = license;
            return this;
        }

        /** Who can see the item. */
        public Builder visibility(Visibility visibility) {
            this.visibility = visibility;
            return this;
        }

        /** Whether access is gated. */
        public Builder gating(Gating gating) {
            this.gating = gating;
            return this;
        }

        /** The declared purpose. */
        public Builder purpose(Purpose purpose) {
            this.purpose = purpose;
            return this;
        }

        /** Adds a capability ({@code voice-clone}, {@code undress}, ...). */
        public Builder capability(String capability) {
            capabilities.add(capability);
            return this;
        }

        /** Replaces the capabilities. */
        public Builder capabilities(Collection<String> capabilities) {
            this.capabilities.clear();
            if (capabilities != null) {
                this.capabilities.addAll(capabilities);
            }
            return this;
        }

        /** The author. */
        public Builder author(Author author) {
            this.author = author;
            return this;
        }

        /** Whom community content addresses. */
        public Builder target(Target target) {
            this.target = target;
            return this;
        }

        /** Adds an uploaded file. */
        public Builder file(ItemFile file) {
            files.add(file);
            return this;
        }

        /** Replaces the files. */
        public Builder files(Collection<ItemFile> files) {
            this.files.clear();
            if (files != null) {
                this.files.addAll(files);
            }
            return this;
        }

        /** Replaces the signals with these scores. */
        public Builder signals(Signals signals) {
            this.signals.clear();
            if (signals != null) {
                this.signals.putAll(signals.scores());
            }
            return this;
        }

        /** A score in [0, 1] for one of the signals the bundled rules read. */
        public Builder signal(Signal signal, double score) {
            return signal(signal.wireName(), score);
        }

        /** A score for any signal name, including ones the bundled rules do not read. */
        public Builder signal(String name, double score) {
            signals.put(name, score);
            return this;
        }

        /** Adds a person the item depicts or imitates. */
        public Builder person(Person person) {
            people.add(person);
            return this;
        }

        /** Replaces the people. */
        public Builder people(Collection<Person> people) {
            this.people.clear();
            if (people != null) {
                this.people.addAll(people);
            }
            return this;
        }

        /** Whether an artifact holds others' personal data. */
        public Builder personalData(PersonalData personalData) {
            this.personalData = personalData;
            return this;
        }

        /** Adds a user report. */
        public Builder report(Report report) {
            reports.add(report);
            return this;
        }

        /** Replaces the reports. */
        public Builder reports(Collection<Report> reports) {
            this.reports.clear();
            if (reports != null) {
                this.reports.addAll(reports);
            }
            return this;
        }

        /** What the card documents. */
        public Builder documentation(Documentation documentation) {
            this.documentation = documentation;
            return this;
        }

        /** @throws InvalidItemException naming the first invalid field */
        public ContentItem build() {
            return new ContentItem(this);
        }
    }
}
