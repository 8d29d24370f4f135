package io.github.hubpolicy.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.github.hubpolicy.api.Author;
import io.github.hubpolicy.api.Consent;
import io.github.hubpolicy.api.ContentItem;
import io.github.hubpolicy.api.ContentKind;
import io.github.hubpolicy.api.Documentation;
import io.github.hubpolicy.api.Gating;
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
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The fast path of reading an item: straight from Jackson's tokens into the item, for an item that
 * breaks no reading rule, which is nearly every item. It gives up ({@code null}) at the first thing
 * that is not plainly right (an unknown or repeated key, a {@code null}, a value of another type, a
 * number written as {@code 4e2}, a value the item's records refuse) and the careful path
 * ({@link TreeBuilder}, {@link ItemMapper}) reads the item again and names the problem, so messages
 * and the order in which problems are found stay those of the careful path, which stays the
 * definition: for any input this path accepts, it yields an item equal to the careful path's
 * ({@code ItemTokensTest} checks that on generated and damaged items). Skipping the tree, the
 * per-field maps and the paths made reading a typical item several times cheaper.
 *
 * <p>Stateless; one instance per reader.
 */
final class ItemTokens {
    /** Gives up on the item: the careful path reads it again. Carries no stack: it is control flow. */
    private static final class GiveUp extends Exception {
        private static final long serialVersionUID = 1L;
        private static final GiveUp INSTANCE = new GiveUp();

        private GiveUp() {
            super(null, null, false, false);
        }
    }

    /** Digits a long always holds. */
    private static final int MAX_PLAIN_DIGITS = 18;

    private ItemTokens() {
    }

    /**
     * The item the parser holds from its first token to its end, or {@code null} when the careful
     * path has to read it (anything unusual, a syntax error included).
     */
    static ContentItem read(JsonParser parser) {
        try {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            ContentItem item = item(parser);
            return parser.nextToken() == null ? item : null;
        } catch (GiveUp | IOException | RuntimeException e) {
            // IOException: Jackson's syntax and constraint errors; RuntimeException: a record
            // refused a value. The careful path reports either with the item's line and field.
            return null;
        }
    }

    private static ContentItem item(JsonParser p) throws IOException, GiveUp {
        String id = null;
        ContentKind kind = null;
        String title = null;
        String text = null;
        List<String> tags = List.of();
        String license = null;
        Visibility visibility = null;
        Gating gating = null;
        Purpose purpose = null;
        List<String> capabilities = List.of();
        Author author = null;
        Target target = null;
        List<ItemFile> files = List.of();
        Signals signals = Signals.NONE;
        List<Person> people = List.of();
        PersonalData personalData = null;
        List<Report> reports = List.of();
        Documentation documentation = null;
        Keys seen = new Keys();
        for (JsonToken t = p.nextToken(); t != JsonToken.END_OBJECT; t = p.nextToken()) {
            String key = p.currentName();
            JsonToken value = p.nextToken();
            switch (key) {
                case "id" -> { seen.once(0); id = string(p, value); }
                case "kind" -> { seen.once(1); kind = constant(p, value, ContentKind.class); }
                case "title" -> { seen.once(2); title = string(p, value); }
                case "text" -> { seen.once(3); text = string(p, value); }
                case "tags" -> { seen.once(4); tags = strings(p, value); }
                case "license" -> { seen.once(5); license = string(p, value); }
                case "visibility" -> { seen.once(6); visibility = constant(p, value, Visibility.class); }
                case "gating" -> { seen.once(7); gating = constant(p, value, Gating.class); }
                case "purpose" -> { seen.once(8); purpose = constant(p, value, Purpose.class); }
                case "capabilities" -> { seen.once(9); capabilities = strings(p, value); }
                case "author" -> { seen.once(10); author = author(p, value); }
                case "target" -> { seen.once(11); target = target(p, value); }
                case "files" -> { seen.once(12); files = readFiles(p, value); }
                case "signals" -> { seen.once(13); signals = signals(p, value); }
                case "people" -> { seen.once(14); people = readPeople(p, value); }
                case "personalData" -> { seen.once(15); personalData = constant(p, value, PersonalData.class); }
                case "reports" -> { seen.once(16); reports = readReports(p, value); }
                case "documentation" -> { seen.once(17); documentation = documentation(p, value); }
                default -> throw GiveUp.INSTANCE;
            }
        }
        if (id == null || kind == null) {
            throw GiveUp.INSTANCE;
        }
        return ContentItem.builder(id, kind).title(title).text(text).tags(tags).license(license).visibility(visibility)
                .gating(gating).purpose(purpose).capabilities(capabilities).author(author).target(target).files(files)
                .signals(signals).people(people).personalData(personalData).reports(reports).documentation(documentation)
                .build();
    }

    /** Which keys of one object were read: a repeated key gives up (the careful path names it). */
    private static final class Keys {
        private int seen;

        void once(int key) throws GiveUp {
            int bit = 1 << key;
            if ((seen & bit) != 0) {
                throw GiveUp.INSTANCE;
            }
            seen |= bit;
        }
    }

    private static Author author(JsonParser p, JsonToken value) throws IOException, GiveUp {
        expect(value, JsonToken.START_OBJECT);
        String id = null;
        Integer accountAgeDays = null;
        int priorViolations = 0;
        boolean staff = false;
        Keys seen = new Keys();
        for (JsonToken t = p.nextToken(); t != JsonToken.END_OBJECT; t = p.nextToken()) {
            String key = p.currentName();
            JsonToken v = p.nextToken();
            switch (key) {
                case "id" -> { seen.once(0); id = string(p, v); }
                case "accountAgeDays" -> { seen.once(1); accountAgeDays = (int) count(p, v, Integer.MAX_VALUE); }
                case "priorViolations" -> { seen.once(2); priorViolations = (int) count(p, v, Integer.MAX_VALUE); }
                case "staff" -> { seen.once(3); staff = bool(v); }
                default -> throw GiveUp.INSTANCE;
            }
        }
        return new Author(id, accountAgeDays, priorViolations, staff);
    }

    private static Target target(JsonParser p, JsonToken value) throws IOException, GiveUp {
        expect(value, JsonToken.START_OBJECT);
        TargetKind kind = null;
        String id = null;
        Keys seen = new Keys();
        for (JsonToken t = p.nextToken(); t != JsonToken.END_OBJECT; t = p.nextToken()) {
            String key = p.currentName();
            JsonToken v = p.nextToken();
            switch (key) {
                case "kind" -> { seen.once(0); kind = constant(p, v, TargetKind.class); }
                case "id" -> { seen.once(1); id = string(p, v); }
                default -> throw GiveUp.INSTANCE;
            }
        }
        if (kind == null) {
            throw GiveUp.INSTANCE;
        }
        return new Target(kind, id);
    }

    private static Documentation documentation(JsonParser p, JsonToken value) throws IOException, GiveUp {
        expect(value, JsonToken.START_OBJECT);
        boolean intendedUse = false;
        boolean limitations = false;
        Keys seen = new Keys();
        for (JsonToken t = p.nextToken(); t != JsonToken.END_OBJECT; t = p.nextToken()) {
            String key = p.currentName();
            JsonToken v = p.nextToken();
            switch (key) {
                case "intendedUse" -> { seen.once(0); intendedUse = bool(v); }
                case "limitations" -> { seen.once(1); limitations = bool(v); }
                default -> throw GiveUp.INSTANCE;
            }
        }
        return new Documentation(intendedUse, limitations);
    }

    private static List<ItemFile> readFiles(JsonParser p, JsonToken value) throws IOException, GiveUp {
        expect(value, JsonToken.START_ARRAY);
        List<ItemFile> files = new ArrayList<>();
        for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
            expect(t, JsonToken.START_OBJECT);
            String path = null;
            Long sizeBytes = null;
            List<String> pickleImports = List.of();
            MalwareScan malwareScan = null;
            Keys seen = new Keys();
            for (JsonToken f = p.nextToken(); f != JsonToken.END_OBJECT; f = p.nextToken()) {
                String key = p.currentName();
                JsonToken v = p.nextToken();
                switch (key) {
                    case "path" -> { seen.once(0); path = string(p, v); }
                    case "sizeBytes" -> { seen.once(1); sizeBytes = count(p, v, Long.MAX_VALUE); }
                    case "pickleImports" -> { seen.once(2); pickleImports = strings(p, v); }
                    case "malwareScan" -> { seen.once(3); malwareScan = constant(p, v, MalwareScan.class); }
                    default -> throw GiveUp.INSTANCE;
                }
            }
            if (path == null) {
                throw GiveUp.INSTANCE;
            }
            files.add(new ItemFile(path, sizeBytes, pickleImports, malwareScan));
        }
        return files;
    }

    private static List<Person> readPeople(JsonParser p, JsonToken value) throws IOException, GiveUp {
        expect(value, JsonToken.START_ARRAY);
        List<Person> people = new ArrayList<>();
        for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
            expect(t, JsonToken.START_OBJECT);
            String name = null;
            PersonKind kind = null;
            Set<Likeness> likeness = EnumSet.noneOf(Likeness.class);
            Consent consent = null;
            boolean minor = false;
            Keys seen = new Keys();
            for (JsonToken f = p.nextToken(); f != JsonToken.END_OBJECT; f = p.nextToken()) {
                String key = p.currentName();
                JsonToken v = p.nextToken();
                switch (key) {
                    case "name" -> { seen.once(0); name = string(p, v); }
                    case "kind" -> { seen.once(1); kind = constant(p, v, PersonKind.class); }
                    case "likeness" -> {
                        seen.once(2);
                        expect(v, JsonToken.START_ARRAY);
                        for (JsonToken e = p.nextToken(); e != JsonToken.END_ARRAY; e = p.nextToken()) {
                            likeness.add(constant(p, e, Likeness.class));
                        }
                    }
                    case "consent" -> { seen.once(3); consent = constant(p, v, Consent.class); }
                    case "minor" -> { seen.once(4); minor = bool(v); }
                    default -> throw GiveUp.INSTANCE;
                }
            }
            people.add(new Person(name, kind, likeness, consent, minor));
        }
        return people;
    }

    private static List<Report> readReports(JsonParser p, JsonToken value) throws IOException, GiveUp {
        expect(value, JsonToken.START_ARRAY);
        List<Report> reports = new ArrayList<>();
        for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
            expect(t, JsonToken.START_OBJECT);
            ReportReason reason = null;
            boolean verified = false;
            Keys seen = new Keys();
            for (JsonToken f = p.nextToken(); f != JsonToken.END_OBJECT; f = p.nextToken()) {
                String key = p.currentName();
                JsonToken v = p.nextToken();
                switch (key) {
                    case "reason" -> { seen.once(0); reason = constant(p, v, ReportReason.class); }
                    case "verified" -> { seen.once(1); verified = bool(v); }
                    default -> throw GiveUp.INSTANCE;
                }
            }
            if (reason == null) {
                throw GiveUp.INSTANCE;
            }
            reports.add(new Report(reason, verified));
        }
        return reports;
    }

    /** Signals: each score a plain number in [0, 1]; a {@code null} score (absent) is left to the careful path. */
    private static Signals signals(JsonParser p, JsonToken value) throws IOException, GiveUp {
        expect(value, JsonToken.START_OBJECT);
        Map<String, Double> scores = new HashMap<>();
        for (JsonToken t = p.nextToken(); t != JsonToken.END_OBJECT; t = p.nextToken()) {
            String name = p.currentName();
            JsonToken v = p.nextToken();
            if (v != JsonToken.VALUE_NUMBER_INT && v != JsonToken.VALUE_NUMBER_FLOAT) {
                throw GiveUp.INSTANCE;
            }
            double score = score(p.getText());
            if (!(score >= 0.0 && score <= 1.0) || scores.put(name, score) != null) {
                throw GiveUp.INSTANCE;
            }
        }
        return new Signals(scores);
    }

    /**
     * A score's number as {@link Double#parseDouble} reads it (the careful path's reading). A plain
     * decimal of at most 15 digits, such as {@code 0.23}, is its digits divided by a power of ten:
     * both are exact doubles, so the one rounding of the division gives the correctly rounded
     * value, which is what {@code parseDouble} returns (Clinger's fast path), without its cost.
     */
    static double score(String text) {
        long digits = 0;
        int count = 0;
        int fraction = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                digits = digits * 10 + (c - '0');
                count++;
                if (fraction >= 0) {
                    fraction++;
                }
            } else if (c == '.' && fraction < 0) {
                fraction = 0;
            } else {
                return Double.parseDouble(text); // a sign or an exponent
            }
        }
        if (count == 0 || count > 15) {
            return Double.parseDouble(text);
        }
        return fraction <= 0 ? digits : digits / POWERS_OF_TEN[fraction];
    }

    /** 10^0 to 10^15, each an exact double. */
    private static final double[] POWERS_OF_TEN = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12,
        1e13, 1e14, 1e15};

    private static String string(JsonParser p, JsonToken value) throws IOException, GiveUp {
        expect(value, JsonToken.VALUE_STRING);
        return p.getText();
    }

    private static List<String> strings(JsonParser p, JsonToken value) throws IOException, GiveUp {
        expect(value, JsonToken.START_ARRAY);
        List<String> strings = new ArrayList<>();
        for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
            strings.add(string(p, t));
        }
        return strings;
    }

    private static <E extends Enum<E>> E constant(JsonParser p, JsonToken value, Class<E> type) throws IOException, GiveUp {
        E constant = WireNames.find(type, string(p, value));
        if (constant == null) {
            throw GiveUp.INSTANCE;
        }
        return constant;
    }

    private static boolean bool(JsonToken value) throws GiveUp {
        if (value == JsonToken.VALUE_TRUE) {
            return true;
        }
        if (value == JsonToken.VALUE_FALSE) {
            return false;
        }
        throw GiveUp.INSTANCE;
    }

    /**
     * A count written as plain digits, from 0 to {@code max}: the careful path's range for the
     * field. Anything else (a sign, a fraction or exponent, 19 digits or more) is left to it.
     */
    private static long count(JsonParser p, JsonToken value, long max) throws IOException, GiveUp {
        expect(value, JsonToken.VALUE_NUMBER_INT);
        long count = plainCount(p.getText());
        if (count < 0 || count > max) {
            throw GiveUp.INSTANCE;
        }
        return count;
    }

    /**
     * The value of a count written as 1 to 18 plain digits without a leading zero (or {@code 0}),
     * which a long always holds; -1 for anything else (a sign, a fraction, an exponent, more digits).
     */
    static long plainCount(String text) {
        int n = text.length();
        if (n == 0 || n > MAX_PLAIN_DIGITS || (n > 1 && text.charAt(0) == '0')) {
            return -1;
        }
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
        }
        return Long.parseLong(text);
    }

    private static void expect(JsonToken token, JsonToken expected) throws GiveUp {
        if (token != expected) {
            throw GiveUp.INSTANCE;
        }
    }
}
