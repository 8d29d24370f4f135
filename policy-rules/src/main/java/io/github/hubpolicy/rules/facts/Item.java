package io.github.hubpolicy.rules.facts;

import io.github.hubpolicy.api.ContentItem;
import io.github.hubpolicy.api.ContentKind;
import io.github.hubpolicy.api.Gating;
import io.github.hubpolicy.api.PersonalData;
import io.github.hubpolicy.api.Person;
import io.github.hubpolicy.api.Purpose;
import io.github.hubpolicy.api.internal.WireNames;
import io.github.hubpolicy.rules.Thresholds;
import io.github.hubpolicy.rules.detect.ContactDetail;
import io.github.hubpolicy.rules.detect.Credential;
import io.github.hubpolicy.rules.detect.SensitiveIdentifier;
import io.github.hubpolicy.rules.detect.TextMatch;
import io.github.hubpolicy.rules.detect.TextScan;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;

/**
 * The item being decided, as rule files see it: its kind, its signals measured against the
 * host's thresholds, and the facts about it that rules read by name ({@code Item( community,
 * likely("hate") )}). Every question a rule asks about the item is a method here, in the words of
 * the policy ({@code priorViolations}, {@code targetKind}, {@code newAccount}, ...): rules never
 * reach into the item as the caller supplied it. One per rule session; immutable.
 */
public final class Item {
    private final ContentItem content;
    private final Thresholds thresholds;
    private final boolean researchContext;
    private final TextScan scan;
    /** {@link #isAnySignalPossible}, computed once: every rule that reads a score asks it first. */
    private final boolean anySignalPossible;

    public Item(ContentItem content, Thresholds thresholds, boolean researchContext, TextScan scan) {
        this.content = content;
        this.thresholds = thresholds;
        this.researchContext = researchContext;
        this.scan = scan;
        boolean any = false;
        for (Double score : content.signals().scores().values()) {
            any |= score >= thresholds.possible();
        }
        this.anySignalPossible = any;
    }

    public String getId() {
        return content.id();
    }

    public ContentKind getKind() {
        return content.kind();
    }

    /** A model, dataset or Space. */
    public boolean isArtifact() {
        return content.kind().isArtifact();
    }

    /** A discussion or comment. */
    public boolean isCommunity() {
        return content.kind().isCommunity();
    }

    /** A model or a dataset (the kinds that owe a licence). */
    public boolean isModelOrDataset() {
        return content.kind() == ContentKind.MODEL || content.kind() == ContentKind.DATASET;
    }

    // --- signals -------------------------------------------------------------------------

    /** The signal's score, 0 when the caller supplied none. */
    public double score(String signal) {
        // The map itself, not Signals.score: every rule's constraint calls this, and an OptionalDouble a call adds up.
        Double score = content.signals().scores().get(signal);
        return score == null ? 0.0 : score;
    }

    /**
     * Some signal the caller supplied is at or above the possible threshold: true whenever
     * {@code likely}, {@code possible} or {@code possibleBand} of any signal is. Rules that read a
     * score ask this first ({@code Item( community, anySignalPossible, likely("hate") )}): it
     * changes no rule's meaning, and the nine in ten items that no classifier scores that high stop
     * at this one check, shared by all those rules, instead of testing each rule's signals.
     */
    public boolean isAnySignalPossible() {
        return anySignalPossible;
    }

    /** The signal is at or above the likely threshold. */
    public boolean likely(String signal) {
        return score(signal) >= thresholds.likely();
    }

    /** The signal is at or above the possible threshold. */
    public boolean possible(String signal) {
        return score(signal) >= thresholds.possible();
    }

    /** The signal is in the possible band: at or above possible, below likely. */
    public boolean possibleBand(String signal) {
        return possible(signal) && !likely(signal);
    }

    /**
     * The supplied signals among {@code signals}, each with its score against the thresholds,
     * for a rationale: {@code "hate 0.91, at or above likely 0.80"}.
     */
    public String describe(String... signals) {
        List<String> parts = new ArrayList<>();
        for (String signal : signals) {
            OptionalDouble score = content.signals().score(signal);
            if (score.isPresent()) {
                parts.add(signal + " " + format(score.getAsDouble()) + ", " + band(score.getAsDouble()));
            }
        }
        return parts.isEmpty() ? "no score" : String.join(" and ", parts);
    }

    private String band(double score) {
        if (score >= thresholds.likely()) {
            return "at or above likely " + format(thresholds.likely());
        }
        if (score >= thresholds.possible()) {
            return "at or above possible " + format(thresholds.possible()) + " but below likely " + format(thresholds.likely());
        }
        return "below possible " + format(thresholds.possible());
    }

    /** Evidence naming the supplied signals among {@code signals}: {@code signals.hate=0.91}. */
    public List<String> signals(String... signals) {
        List<String> evidence = new ArrayList<>();
        for (String signal : signals) {
            content.signals().score(signal).ifPresent(score -> evidence.add("signals." + signal + "=" + format(score)));
        }
        return evidence;
    }

    /**
     * {@code String.format(Locale.ROOT, "%.2f", value)}, the formatter's result exactly: rationales
     * and evidence of every finding print scores this way, and the formatter is most of what such a
     * consequence costs. A score's hundredths, computed in binary, round as the formatter rounds
     * the value's decimal digits unless the value sits within 1e-9 of a tie (x.xx5, where the two
     * can differ by the value's last binary digit); those, and values that are no score, go to the
     * formatter.
     */
    static String format(double value) {
        double hundredths = value * 100;
        double whole = Math.floor(hundredths);
        double fraction = hundredths - whole;
        if (!(value >= 0 && value <= 1) || Double.compare(value, 0.0) < 0 || Math.abs(fraction - 0.5) < 1e-9) {
            return String.format(Locale.ROOT, "%.2f", value);   // -0.0 and NaN fail the comparisons
        }
        int cents = (int) whole + (fraction > 0.5 ? 1 : 0);
        return new String(new char[] {(char) ('0' + cents / 100), '.', (char) ('0' + cents / 10 % 10), (char) ('0' + cents % 10)});
    }

    // --- declared facts ------------------------------------------------------------------

    /** Tagged {@code not-for-all-audiences}: viewers can opt out. */
    public boolean isAudienceTagged() {
        return content.tags().contains(ContentItem.AUDIENCE_TAG);
    }

    /** The artifact declares this capability, e.g. {@code undress} or {@code voice-clone}. */
    public boolean can(String capability) {
        return content.capabilities().contains(capability);
    }

    /**
     * The author declares a research or education purpose, and the host lets the research
     * context change verdicts (it can turn that off at construction).
     */
    public boolean isResearch() {
        return researchContext
                && (content.purpose() == Purpose.RESEARCH || content.purpose() == Purpose.EDUCATION);
    }

    /** The item names at least one depicted person, fictional ones included. */
    public boolean isDepictsPeople() {
        return !content.people().isEmpty();
    }

    /** Some depicted person, fictional ones included, is a minor. */
    public boolean isDepictsMinor() {
        return content.people().stream().anyMatch(Person::minor);
    }

    /** The research context as declared, for a rationale: {@code purpose research, gating manual, ...}. */
    public String describeResearch() {
        return "purpose " + (content.purpose() == null ? "undeclared" : WireNames.of(content.purpose()))
                + ", gating " + WireNames.of(content.gating())
                + ", limitations " + (content.documentation().limitations() ? "documented" : "not documented");
    }

    /** Gated (automatically or manually) and its card documents limitations. */
    public boolean isSafeguarded() {
        return content.gating() != Gating.NONE && content.documentation().limitations();
    }

    /** Community content addressed to a user or a staff member. */
    public boolean isAddressedToSomeone() {
        return content.target().isSomeone();
    }

    /** Whom community content addresses, as the wire format spells it: {@code user}, {@code staff}, ... */
    public String getTargetKind() {
        return content.target().kind().wireName();
    }

    /** How many prior violations the author has ({@code author.priorViolations}). */
    public int getPriorViolations() {
        return content.author().priorViolations();
    }

    /** The author has two or more prior violations. */
    public boolean isRepeatOffender() {
        return getPriorViolations() >= 2;
    }

    /** The author's account age in days, {@code null} when the caller did not supply it. */
    public Integer getAccountAgeDays() {
        return content.author().accountAgeDays();
    }

    /** The author's account age is known and below 7 days. */
    public boolean isNewAccount() {
        Integer age = getAccountAgeDays();
        return age != null && age < 7;
    }

    /** The item has no licence. */
    public boolean isUnlicensed() {
        return content.license() == null;
    }

    public PersonalData getPersonalData() {
        return content.personalData();
    }

    // --- what the detectors found in the text --------------------------------------------

    /** How many http(s) links the title and text hold. */
    public int getLinks() {
        return scan.links();
    }

    /** The text trades rewards for likes, follows, stars or upvotes (community content only). */
    public boolean isMetricManipulation() {
        return scan.metricManipulation().isPresent();
    }

    /** How many distinct contact details (emails, phone numbers) the title and text hold. */
    public int getContactDetails() {
        return found(ContactDetail.class);
    }

    /** How many sensitive identifiers (card numbers, social security numbers) the title and text hold. */
    public int getSensitiveIdentifiers() {
        return found(SensitiveIdentifier.class);
    }

    /** How many credentials (tokens, keys) the title and text hold. */
    public int getCredentials() {
        return found(Credential.class);
    }

    private int found(Class<? extends TextMatch> type) {
        int found = 0;
        for (TextMatch match : scan.matches()) {
            if (type.isInstance(match)) {
                found++;
            }
        }
        return found;
    }

    @Override
    public String toString() {
        return "Item[" + content.id() + "]";
    }
}
