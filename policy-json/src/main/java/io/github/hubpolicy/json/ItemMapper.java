package io.github.hubpolicy.json;

import io.github.hubpolicy.api.Author;
import io.github.hubpolicy.api.Consent;
import io.github.hubpolicy.api.ContentItem;
import io.github.hubpolicy.api.ContentKind;
import io.github.hubpolicy.api.Documentation;
import io.github.hubpolicy.api.Gating;
import io.github.hubpolicy.api.InvalidItemException;
import io.github.hubpolicy.api.ItemFile;
import io.github.hubpolicy.api.Likeness;
import io.github.hubpolicy.api.MalwareScan;
import io.github.hubpolicy.api.Person;
import io.github.hubpolicy.api.PersonKind;
import io.github.hubpolicy.api.PersonalData;
import io.github.hubpolicy.api.Purpose;
import io.github.hubpolicy.api.Report;
import io.github.hubpolicy.api.ReportReason;
import io.github.hubpolicy.api.Signals;
import io.github.hubpolicy.api.Target;
import io.github.hubpolicy.api.TargetKind;
import io.github.hubpolicy.api.Visibility;
import io.github.hubpolicy.api.internal.WireNames;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

/** Turns a parsed JSON object into a {@link ContentItem}, by the reading rules of item-format.md. */
final class ItemMapper {
    // Each object's fields, in item-format.md's order (ItemWriter writes them in the same order).
    static final List<String> ITEM = List.of("id", "kind", "title", "text", "tags", "license", "visibility",
            "gating", "purpose", "capabilities", "author", "target", "files", "signals", "people", "personalData",
            "reports", "documentation");
    static final List<String> AUTHOR = List.of("id", "accountAgeDays", "priorViolations", "staff");
    static final List<String> TARGET = List.of("kind", "id");
    static final List<String> FILE = List.of("path", "sizeBytes", "pickleImports", "malwareScan");
    static final List<String> PERSON = List.of("name", "kind", "likeness", "consent", "minor");
    static final List<String> REPORT = List.of("reason", "verified");
    static final List<String> DOCUMENTATION = List.of("intendedUse", "limitations");

    private static final BigDecimal MAX_INT = BigDecimal.valueOf(Integer.MAX_VALUE);
    private static final BigDecimal MAX_LONG = BigDecimal.valueOf(Long.MAX_VALUE);

    private final boolean lenient;

    ItemMapper(boolean lenient) {
        this.lenient = lenient;
    }

    /**
     * Reads the fields in item-format.md's order, so that of several problems the same one is
     * always reported; unknown keys come first, since a misspelt key often explains a missing one.
     *
     * @throws InvalidItemException naming the first field that breaks a rule
     */
    ContentItem item(Json.Obj json) {
        Fields f = new Fields(json, FieldPath.ROOT, ITEM);
        String id = f.requiredString("id");
        ContentKind kind = f.requiredEnum("kind", ContentKind.class);
        String title = f.string("title");
        String text = f.string("text");
        List<String> tags = f.strings("tags");
        String license = f.string("license");
        Visibility visibility = f.enumValue("visibility", Visibility.class);
        Gating gating = f.enumValue("gating", Gating.class);
        Purpose purpose = f.enumValue("purpose", Purpose.class);
        List<String> capabilities = f.strings("capabilities");
        Author author = f.object("author", AUTHOR, ItemMapper::author);
        Target target = f.object("target", TARGET, ItemMapper::target);
        List<ItemFile> files = f.objects("files", FILE, ItemMapper::file);
        Signals signals = signals(f);
        List<Person> people = f.objects("people", PERSON, ItemMapper::person);
        PersonalData personalData = f.enumValue("personalData", PersonalData.class);
        List<Report> reports = f.objects("reports", REPORT, ItemMapper::report);
        Documentation documentation = f.object("documentation", DOCUMENTATION, ItemMapper::documentation);
        return ContentItem.builder(id, kind).title(title).text(text).tags(tags).license(license).visibility(visibility)
                .gating(gating).purpose(purpose).capabilities(capabilities).author(author).target(target).files(files)
                .signals(signals).people(people).personalData(personalData).reports(reports).documentation(documentation)
                .build();
    }

    private static Author author(Fields f) {
        String id = f.string("id");
        Json age = f.get("accountAgeDays");
        Integer accountAgeDays = age == null ? null : (int) count(age, f.path("accountAgeDays"), MAX_INT);
        Json violations = f.get("priorViolations");
        int priorViolations = violations == null ? 0 : (int) count(violations, f.path("priorViolations"), MAX_INT);
        boolean staff = f.bool("staff");
        return f.construct(() -> new Author(id, accountAgeDays, priorViolations, staff));
    }

    private static Target target(Fields f) {
        TargetKind kind = f.requiredEnum("kind", TargetKind.class);
        String id = f.string("id");
        return f.construct(() -> new Target(kind, id));
    }

    private static ItemFile file(Fields f) {
        String path = f.requiredString("path");
        Json size = f.get("sizeBytes");
        Long sizeBytes = size == null ? null : count(size, f.path("sizeBytes"), MAX_LONG);
        List<String> pickleImports = f.strings("pickleImports");
        MalwareScan malwareScan = f.enumValue("malwareScan", MalwareScan.class);
        return f.construct(() -> new ItemFile(path, sizeBytes, pickleImports, malwareScan));
    }

    private static Person person(Fields f) {
        String name = f.string("name");
        PersonKind kind = f.enumValue("kind", PersonKind.class);
        // A set: a likeness named twice is still that likeness, not an error.
        Set<Likeness> likeness = EnumSet.noneOf(Likeness.class);
        List<Json> values = f.array("likeness", "an array of strings");
        for (int i = 0; i < values.size(); i++) {
            likeness.add(enumValue(values.get(i), f.path("likeness").element(i), Likeness.class));
        }
        Consent consent = f.enumValue("consent", Consent.class);
        boolean minor = f.bool("minor");
        return f.construct(() -> new Person(name, kind, likeness, consent, minor));
    }

    private static Report report(Fields f) {
        ReportReason reason = f.requiredEnum("reason", ReportReason.class);
        boolean verified = f.bool("verified");
        return f.construct(() -> new Report(reason, verified));
    }

    private static Documentation documentation(Fields f) {
        return new Documentation(f.bool("intendedUse"), f.bool("limitations"));
    }

    /** Signals are an open map: any name, each score a number in [0, 1]. */
    private static Signals signals(Fields f) {
        Json json = f.get("signals");
        if (json == null) {
            return Signals.NONE;
        }
        if (!(json instanceof Json.Obj obj)) {
            throw typeError(f.path("signals"), "an object", json);
        }
        Map<String, Double> scores = new LinkedHashMap<>();
        obj.fields().forEach((name, value) -> {
            if (value == Json.Null.NULL) {
                return; // null means absent: no score was supplied
            }
            if (!(value instanceof Json.Num num)) {
                throw typeError(f.path("signals").field(name), "a number in [0, 1]", value);
            }
            double score = Double.parseDouble(num.text());
            if (!(score >= 0.0 && score <= 1.0)) {
                throw new InvalidItemException(f.path("signals").field(name).toString(),
                        "must be a number in [0, 1], was " + Text.excerpt(num.text()));
            }
            scores.put(name, score);
        });
        return new Signals(scores);
    }

    /** A whole number from 0 to {@code max}; 400.0 and 4e2 count, since they are whole. */
    private static long count(Json json, FieldPath at, BigDecimal max) {
        if (!(json instanceof Json.Num num)) {
            throw typeError(at, "a whole number >= 0", json);
        }
        String text = num.text();
        long plain = ItemTokens.plainCount(text);
        if (plain >= 0 && plain <= max.longValue()) {
            // The common case, 561 or 0: no BigDecimal, and a message needs no excerpt.
            return plain;
        }
        String path = at.toString();
        String was = Text.excerpt(text);
        BigDecimal value;
        try {
            value = new BigDecimal(num.text());
        } catch (NumberFormatException e) {
            // Valid JSON whose exponent does not fit an int, e.g. 1e9999999999 or 1e-9999999999.
            throw new InvalidItemException(path, "must be a whole number from 0 to " + max + ", was " + was);
        }
        if (value.signum() < 0) {
            throw new InvalidItemException(path, "must be >= 0, was " + was);
        }
        // Compared before any conversion: BigDecimal#compareTo is cheap even for 1e999999999.
        if (value.compareTo(max) > 0) {
            throw new InvalidItemException(path, "must be at most " + max + ", was " + was);
        }
        if (value.stripTrailingZeros().scale() > 0) {
            throw new InvalidItemException(path, "must be a whole number, was " + was);
        }
        return value.longValueExact();
    }

    private static <E extends Enum<E>> E enumValue(Json json, FieldPath path, Class<E> type) {
        if (!(json instanceof Json.Str str)) {
            throw typeError(path, "a string", json);
        }
        E constant = WireNames.find(type, str.value());
        if (constant != null) {
            return constant;
        }
        // An over-long or multi-line value cannot match a wire name; parse it as its excerpt so
        // that the "unknown value" message stays one short line.
        return WireNames.parse(type, path.toString(), Text.excerpt(str.value()));
    }

    private static InvalidItemException typeError(FieldPath path, String expected, Json was) {
        return new InvalidItemException(path.toString(), "expected " + expected + ", was " + was.type());
    }

    /** An object's fields, with the object's path for messages. */
    private final class Fields {
        private final Map<String, Json> fields;
        private final FieldPath path;

        Fields(Json.Obj obj, FieldPath path, List<String> known) {
            this.fields = obj.fields();
            this.path = path;
            if (!lenient) {
                for (String key : fields.keySet()) {
                    if (!known.contains(key)) {
                        throw new InvalidItemException(path(key).toString(),
                                "unknown field (expected one of " + String.join(", ", known) + ")");
                    }
                }
            }
        }

        /** Runs the object's record constructor, prefixing the field it names with the object's path. */
        <T> T construct(Supplier<T> constructor) {
            try {
                return constructor.get();
            } catch (InvalidItemException e) {
                throw e.within(path.toString());
            }
        }

        FieldPath path(String key) {
            return path.field(key);
        }

        /** The value, or {@code null} when absent or JSON {@code null}. */
        Json get(String key) {
            Json json = fields.get(key);
            return json == Json.Null.NULL ? null : json;
        }

        Json required(String key) {
            Json json = get(key);
            if (json == null) {
                throw new InvalidItemException(path(key).toString(), "is required");
            }
            return json;
        }

        String string(String key) {
            Json json = get(key);
            if (json == null) {
                return null;
            }
            if (!(json instanceof Json.Str str)) {
                throw typeError(path(key), "a string", json);
            }
            return str.value();
        }

        String requiredString(String key) {
            required(key);
            return string(key);
        }

        boolean bool(String key) {
            Json json = get(key);
            if (json == null) {
                return false;
            }
            if (!(json instanceof Json.Bool bool)) {
                throw typeError(path(key), "a boolean", json);
            }
            return bool.value();
        }

        <E extends Enum<E>> E enumValue(String key, Class<E> type) {
            Json json = get(key);
            return json == null ? null : ItemMapper.enumValue(json, path(key), type);
        }

        <E extends Enum<E>> E requiredEnum(String key, Class<E> type) {
            return ItemMapper.enumValue(required(key), path(key), type);
        }

        /** The elements of an array field; empty when absent. */
        List<Json> array(String key, String expected) {
            Json json = get(key);
            if (json == null) {
                return List.of();
            }
            if (!(json instanceof Json.Arr arr)) {
                throw typeError(path(key), expected, json);
            }
            return arr.elements();
        }

        List<String> strings(String key) {
            List<Json> values = array(key, "an array of strings");
            List<String> strings = new ArrayList<>(values.size());
            for (int i = 0; i < values.size(); i++) {
                if (!(values.get(i) instanceof Json.Str str)) {
                    throw typeError(path(key).element(i), "a string", values.get(i));
                }
                strings.add(str.value());
            }
            return strings;
        }

        <T> T object(String key, List<String> known, Function<Fields, T> read) {
            Json json = get(key);
            if (json == null) {
                return null;
            }
            if (!(json instanceof Json.Obj obj)) {
                throw typeError(path(key), "an object", json);
            }
            return read.apply(new Fields(obj, path(key), known));
        }

        <T> List<T> objects(String key, List<String> known, Function<Fields, T> read) {
            List<Json> values = array(key, "an array of objects");
            List<T> objects = new ArrayList<>(values.size());
            for (int i = 0; i < values.size(); i++) {
                FieldPath at = path(key).element(i);
                if (!(values.get(i) instanceof Json.Obj obj)) {
                    throw typeError(at, "an object", values.get(i));
                }
                objects.add(read.apply(new Fields(obj, at, known)));
            }
            return objects;
        }
    }
}
