package io.github.hubpolicy.testkit.corpus;

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
import io.github.hubpolicy.api.Signal;
import io.github.hubpolicy.api.Target;
import io.github.hubpolicy.api.TargetKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Generates a deterministic corpus of realistic content items for benchmarks and load tests: the
 * traffic of a busy hub, mostly clean, with each guideline section at the share its
 * {@link Scenario} gives.
 *
 * <ul>
 *   <li>Kinds: about 45% comments, 15% discussions, 22% models, 10% datasets, 8% Spaces.
 *   <li>Text: log-normal lengths, median about 1 KiB (comments shorter, model cards longer), with a
 *       long tail of cards up to 100 KiB; cards carry hyperparameters, result tables, versions,
 *       dates, links and code, comments carry questions and tracebacks.
 *   <li>Signals: nearly every item carries all eleven classifier scores, low unless its scenario
 *       says otherwise, as a host passing its classifier's output straight through would send.
 *   <li>Models carry pickle files with safe imports (some carry dangerous or suspicious ones),
 *       artifacts list depicted people, authors have account ages and prior violations, some
 *       items carry reports, and texts hold contact lines, links, card numbers and tokens where
 *       their scenario (or a near miss) calls for them.
 * </ul>
 *
 * <p>Item {@code i} depends only on the seed and {@code i} ({@link java.util.Random}, whose
 * algorithm the JDK specifies), so a corpus is the same on every JDK and machine, and a longer
 * corpus starts with the shorter one. Thread-safe.
 */
public final class CorpusGenerator {
    /** The seed the command-line tool and the benchmarks use unless told otherwise. */
    public static final long DEFAULT_SEED = 1;
    /** The longest text generated: 100 KiB. */
    public static final int MAX_TEXT_LENGTH = 100 * 1024;

    private static final Scenario[] SCENARIOS = Scenario.values();
    private static final String[] SAFE_IMPORTS = {
        "collections.OrderedDict", "torch._utils._rebuild_tensor_v2", "torch._utils._rebuild_parameter",
        "torch.FloatStorage", "torch.HalfStorage", "torch.BFloat16Storage", "torch.LongStorage", "torch.Size",
        "torch.device", "numpy.core.multiarray._reconstruct", "numpy.ndarray", "numpy.dtype"};
    private static final String[] DANGEROUS_IMPORTS = {
        "os.system", "posix.system", "subprocess.Popen", "builtins.eval", "builtins.exec", "runpy._run_code",
        "socket.create_connection", "webbrowser.open", "torch.hub.load", "builtins.__import__"};
    private static final String[] SUSPICIOUS_IMPORTS = {
        "__main__.MyModel", "mylib.layers.Block", "models.yolo.DetectionModel", "fastai.learner.Learner",
        "sklearn.pipeline.Pipeline", "transformers.models.bert.BertConfig", "argparse.Namespace", "Net"};
    private static final String[] USERS = {
        "acme", "uni-lab", "open-nlp", "studio", "jdoe", "ml-research", "speech-team", "vision-group",
        "hobbyist", "bigco", "datakit", "sam-k", "li-wei", "maria-g", "nlp-students", "quantize-it"};
    private static final String[] FIRST = {"Jane", "John", "Alex", "Maria", "Wei", "Priya", "Omar", "Sofia"};
    private static final String[] LAST = {"Doe", "Smith", "Garcia", "Chen", "Patel", "Haddad", "Rossi", "Novak"};
    private static final String[] EMAILS = {
        "jane.doe@example.com", "maintainers@acme.example.org", "alex.smith@mail.example.net",
        "contact@datakit.example", "w.chen@uni.example.edu", "priya.patel+hub@example.io"};
    private static final String[] PHONES = {
        "(415) 555-0199", "+1 415 555 0123", "+44 20 7946 0958", "212-555-0147", "(617) 555-0112"};
    private static final String[] CARDS = {
        "4111 1111 1111 1111", "5555-5555-5555-4444", "4012888888881881", "3782 822463 10005", "6011 1111 1111 1117"};
    private static final String ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    private static final String UPPER_ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

    private final long seed;
    private final double obfuscatedShare;

    /** A generator whose corpus is fully determined by {@code seed}. */
    public CorpusGenerator(long seed) {
        this(seed, 0);
    }

    /**
     * A generator whose corpus is fully determined by {@code seed} and {@code obfuscatedShare}: about
     * that share of its items have their title and text rewritten with the evasions that catalog
     * revision 2's detectors see through (format characters, full-width forms, other scripts'
     * digits, bracketed e-mail separators), which change no decision but the offsets in its
     * evidence. Which items, and how, depends on the seed and the index only; the items left
     * plain are the items {@code new CorpusGenerator(seed)} makes.
     *
     * @param obfuscatedShare from 0 (none, the default) to 1 (every item)
     * @throws IllegalArgumentException when the share is outside [0, 1]
     */
    public CorpusGenerator(long seed, double obfuscatedShare) {
        if (!(obfuscatedShare >= 0 && obfuscatedShare <= 1)) {
            throw new IllegalArgumentException("the obfuscated share must be from 0 to 1, was " + obfuscatedShare);
        }
        this.seed = seed;
        this.obfuscatedShare = obfuscatedShare;
    }

    /** The seed. */
    public long seed() {
        return seed;
    }

    /** The first {@code count} items. */
    public List<ContentItem> items(int count) {
        if (count < 0) {
            throw new IllegalArgumentException("count must not be negative");
        }
        List<ContentItem> items = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            items.add(item(i));
        }
        return items;
    }

    /** The item at {@code index} (from 0), which depends only on the seed and the index. */
    public ContentItem item(int index) {
        if (index < 0) {
            throw new IllegalArgumentException("index must not be negative");
        }
        Random random = random(index);
        Scenario scenario = scenario(random);
        ContentItem item = new Draft(random, index, scenario).build();
        if (obfuscatedShare == 0) {
            return item;
        }
        // A stream of its own, so that the plain part of the item is the same with or without it.
        Random evasion = new Random(mix(seed ^ mix(index + 0x2545F4914F6CDD1DL)));
        if (evasion.nextDouble() >= obfuscatedShare) {
            return item;
        }
        return item.toBuilder()
                .title(Obfuscator.obfuscate(item.title(), evasion))
                .text(Obfuscator.obfuscate(item.text(), evasion))
                .build();
    }

    /** The scenario of the item at {@code index}. */
    public Scenario scenario(int index) {
        return scenario(random(index));
    }

    /**
     * Clean model-card text of exactly {@code length} characters, the same for the same seed and
     * length: the material of text-length benchmarks.
     */
    public static String cardText(long seed, int length) {
        if (length < 0) {
            throw new IllegalArgumentException("length must not be negative");
        }
        return Prose.text(new Random(mix(seed ^ mix(length))), Prose.Style.CARD, length, length, true);
    }

    private Random random(int index) {
        return new Random(mix(seed ^ mix(index + 0x5851F42D4C957F2DL)));
    }

    private static Scenario scenario(Random random) {
        double u = random.nextDouble();
        double cumulative = 0;
        for (Scenario scenario : SCENARIOS) {
            cumulative += scenario.share();
            if (u < cumulative) {
                return scenario;
            }
        }
        return Scenario.CLEAN;
    }

    /** SplitMix64's finalizer: spreads neighbouring seeds apart. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** One item under construction. */
    private static final class Draft {
        private final Random random;
        private final int index;
        private final Scenario scenario;
        private final ContentKind kind;
        private final ContentItem.Builder item;
        private final String author;
        private String text;

        Draft(Random random, int index, Scenario scenario) {
            this.random = random;
            this.index = index;
            this.scenario = scenario;
            this.kind = kindFor(scenario);
            this.author = Prose.pick(random, USERS) + (random.nextInt(4) == 0 ? "" : "-" + random.nextInt(1000));
            this.item = ContentItem.builder(id(), kind);
        }

        ContentItem build() {
            text = Prose.text(random, kind.isArtifact() ? Prose.Style.CARD : Prose.Style.COMMENT, textLength(), MAX_TEXT_LENGTH - 512, false);
            item.title(title());
            lowSignals();
            if (kind.isArtifact()) {
                cleanArtifact();
            } else {
                cleanCommunity();
            }
            applyScenario();
            item.text(text);
            return item.build();
        }

        // ---- the clean background -------------------------------------------------------------

        private ContentKind kindFor(Scenario scenario) {
            return switch (scenario) {
                case CONSENT_PERSONAL_DATA -> chance(0.7) ? ContentKind.DATASET : ContentKind.MODEL;
                case CONSENT_LIKENESS, SECURITY_MALWARE -> chance(0.85) ? ContentKind.MODEL : ContentKind.SPACE;
                case IP -> chance(0.7) ? ContentKind.MODEL : ContentKind.DATASET;
                default -> {
                    double u = random.nextDouble();
                    yield u < 0.45 ? ContentKind.COMMENT : u < 0.60 ? ContentKind.DISCUSSION
                            : u < 0.82 ? ContentKind.MODEL : u < 0.92 ? ContentKind.DATASET : ContentKind.SPACE;
                }
            };
        }

        private String id() {
            String slug = Prose.pick(random, new String[] {"bert", "llama", "whisper", "vit", "sd", "t5", "reviews", "qa"})
                    + "-" + Integer.toString(index, 36);
            return switch (kind) {
                case MODEL -> "models/" + author + "/" + slug;
                case DATASET -> "datasets/" + author + "/" + slug;
                case SPACE -> "spaces/" + author + "/" + slug;
                case DISCUSSION -> "discussions/" + author + "/" + slug + "/" + (1 + random.nextInt(40));
                case COMMENT -> "comments/" + (100000 + index);
            };
        }

        /** Log-normal around a median per kind (about 1 KiB overall), a long tail of cards up to 100 KiB. */
        private int textLength() {
            if (kind.isArtifact() && chance(0.005)) {
                return 20 * 1024 + random.nextInt(MAX_TEXT_LENGTH - 20 * 1024 + 1);
            }
            double median = switch (kind) {
                case COMMENT -> 450;
                case DISCUSSION -> 900;
                case MODEL -> 2600;
                case DATASET -> 2000;
                case SPACE -> 1100;
            };
            double length = median * StrictMath.exp(1.0 * random.nextGaussian());
            return (int) Math.max(40, Math.min(MAX_TEXT_LENGTH, length));
        }

        private String title() {
            return switch (kind) {
                case COMMENT -> "";
                case DISCUSSION -> Prose.pick(random, new String[] {
                    "Question about fine-tuning", "Error when loading the tokenizer", "Great model!",
                    "Licence question", "Request: GGUF version", "Results differ from the card", "Add usage example"});
                default -> Prose.pick(random, new String[] {"BERT", "Llama 2", "Whisper", "ViT", "T5", "DeBERTa", "CLIP"})
                        + " " + Prose.pick(random, new String[] {"fine-tuned for", "trained on", "distilled for", "demo of"})
                        + " " + Prose.pick(random, new String[] {"sentiment", "legal NER", "summarization", "speech",
                            "captioning", "product reviews", "question answering"});
            };
        }

        /** Nearly every item carries every known signal, low; some carry a host's own signals too. */
        private void lowSignals() {
            if (chance(0.05)) {
                return;
            }
            for (Signal signal : Signal.values()) {
                double u = random.nextDouble();
                item.signal(signal, round(0.3 * u * u * u));
            }
            if (chance(0.1)) {
                item.signal("toxicity", round(0.2 * random.nextDouble()));
            }
        }

        private void cleanArtifact() {
            if (kind != ContentKind.SPACE || chance(0.6)) {
                item.license(Prose.pick(random, new String[] {"apache-2.0", "mit", "cc-by-4.0", "openrail", "llama2", "bsd-3-clause"}));
            }
            item.author(new Author(author, 30 + random.nextInt(2000), 0, false));
            for (String tag : new String[] {"pytorch", "transformers", "en", "text-classification", "safetensors"}) {
                if (chance(0.3)) {
                    item.tag(tag);
                }
            }
            if (kind == ContentKind.MODEL && chance(0.7)) {
                if (chance(0.5)) {
                    item.file(new ItemFile("model.safetensors", 400_000_000L + random.nextInt(1_000_000_000), List.of(),
                            MalwareScan.CLEAN));
                } else {
                    item.file(new ItemFile("pytorch_model.bin", 400_000_000L + random.nextInt(1_000_000_000), safeImports(),
                            chance(0.8) ? MalwareScan.CLEAN : MalwareScan.PENDING));
                }
            } else if (kind == ContentKind.DATASET && chance(0.4)) {
                item.file(new ItemFile("data/train-00000-of-00001.parquet", (long) random.nextInt(500_000_000), List.of(),
                        MalwareScan.CLEAN));
            }
            if (chance(0.10)) { // an author's own contact line: one or two contact details, no finding
                text += "\n\nContact: " + Prose.pick(random, EMAILS) + (chance(0.3) ? " or " + Prose.pick(random, PHONES) : "");
            }
            if (chance(0.02)) { // adult content that carries the audience tag: no finding
                item.tag(ContentItem.AUDIENCE_TAG).signal(Signal.SEXUAL, round(0.55 + 0.4 * random.nextDouble()));
                item.person(new Person("Original characters", PersonKind.FICTIONAL, Set.of(Likeness.BODY), Consent.NONE, false));
            } else if (chance(0.03)) { // people who consented, or fictional ones
                item.person(chance(0.5)
                        ? new Person(name(), PersonKind.PUBLIC_FIGURE, Set.of(Likeness.VOICE), Consent.DOCUMENTED, false)
                        : new Person("A cartoon fox", PersonKind.FICTIONAL, Set.of(Likeness.FACE), Consent.NONE, false));
            }
            if (chance(0.03)) { // safeguarded research
                item.purpose(Purpose.RESEARCH).gating(Gating.MANUAL).documentation(new Documentation(true, true));
            }
        }

        private void cleanCommunity() {
            Integer age = chance(0.03) ? null : (int) Math.min(4000, 10 + 400 * StrictMath.exp(random.nextGaussian()));
            int prior = chance(0.95) ? 0 : chance(0.8) ? 1 : 2 + random.nextInt(3);
            item.author(new Author(author, age, prior, chance(0.01)));
            if (chance(0.35)) {
                item.target(new Target(chance(0.95) ? TargetKind.USER : TargetKind.STAFF, Prose.pick(random, USERS)));
            } else if (chance(0.02)) { // an author's own address, aimed at no one: no finding
                text += " Happy to help, write to " + Prose.pick(random, EMAILS) + ".";
            }
            if (chance(0.08)) {
                text += " See https://huggingface.co/" + author + "/notes" + (chance(0.3) ? " and https://github.com/" + author : "");
            }
        }

        // ---- the scenarios --------------------------------------------------------------------

        private void applyScenario() {
            switch (scenario) {
                case CLEAN -> { }
                case MINORS -> minors();
                case CONSENT_INTIMATE -> intimate();
                case CONSENT_LIKENESS -> likeness();
                case CONSENT_PERSONAL_DATA -> item.personalData(PersonalData.UNCONSENTED)
                        .title("Faces scraped from public profiles");
                case PRIVACY -> privacy();
                case SEXUAL_AUDIENCE -> sexualAudience();
                case VIOLENCE -> violence();
                case HARASSMENT -> harassment();
                case HATE -> hate();
                case UNLAWFUL -> unlawful();
                case SECURITY_MALWARE -> malware();
                case SECURITY_CREDENTIALS -> credentials();
                case IP -> ip();
                case SPAM -> spam();
                case REPORTS -> reports();
            }
        }

        private void minors() {
            double u = random.nextDouble();
            if (u < 0.4) {
                item.signal(Signal.SEXUAL_MINORS, likely()).signal(Signal.SEXUAL, likely());
            } else if (u < 0.7) {
                item.signal(Signal.SEXUAL, possible())
                        .person(new Person("A character", PersonKind.FICTIONAL, Set.of(Likeness.BODY), Consent.NONE, true));
            } else {
                item.signal(Signal.SEXUAL_MINORS, band());
            }
        }

        private void intimate() {
            if (kind.isArtifact() && chance(0.5)) {
                item.capability("undress").capability("image-generation");
                return;
            }
            item.signal(Signal.SEXUAL, possible())
                    .person(new Person(name(), chance(0.7) ? PersonKind.PRIVATE_PERSON : PersonKind.PUBLIC_FIGURE,
                            Set.of(Likeness.FACE, Likeness.BODY), Consent.NONE, false));
        }

        private void likeness() {
            if (chance(0.6)) {
                item.person(new Person(name(), chance(0.6) ? PersonKind.PUBLIC_FIGURE : PersonKind.PRIVATE_PERSON,
                        Set.of(chance(0.5) ? Likeness.FACE : Likeness.VOICE), Consent.NONE, false));
                if (chance(0.5)) {
                    item.capability("voice-clone");
                }
            } else {
                item.capability(chance(0.5) ? "face-swap" : "voice-clone");
            }
        }

        private void privacy() {
            double u = random.nextDouble();
            if (kind.isArtifact()) {
                if (chance(0.5)) {
                    text += "\n\nAnnotators: " + EMAILS[0] + ", " + EMAILS[2] + ", " + EMAILS[4] + ", " + PHONES[3] + ".";
                } else {
                    text += "\n\nExample record: name " + name() + ", SSN 078-05-1120, card " + Prose.pick(random, CARDS) + ".";
                }
            } else if (u < 0.3) { // doxxing
                item.target(new Target(TargetKind.USER, Prose.pick(random, USERS)))
                        .signal(Signal.HARASSMENT, possible());
                text += " Found her: call " + Prose.pick(random, PHONES) + " or write " + Prose.pick(random, EMAILS)
                        + " and tell her what you think.";
            } else if (u < 0.65) { // exposing one's own card
                text += " My card " + Prose.pick(random, CARDS) + " got charged twice for Pro, please help!";
            } else { // a contact detail in a reply
                item.target(new Target(TargetKind.USER, Prose.pick(random, USERS)));
                text += " You can reach him at " + Prose.pick(random, EMAILS) + ".";
            }
        }

        private void sexualAudience() {
            if (kind.isArtifact()) {
                item.signal(Signal.SEXUAL, possible());
            } else {
                item.signal(Signal.SEXUAL, chance(0.5) ? likely() : band());
            }
        }

        private void violence() {
            double u = random.nextDouble();
            if (kind.isArtifact() && u < 0.5) {
                item.signal(Signal.VIOLENCE_GRAPHIC, possible());
            } else if (u < 0.6) {
                item.signal(Signal.ILLICIT_VIOLENT, chance(0.3) ? likely() : band());
            } else if (kind.isCommunity()) {
                item.signal(Signal.VIOLENCE, chance(0.5) ? likely() : band());
            } else {
                item.signal(Signal.VIOLENCE_GRAPHIC, possible());
            }
        }

        private void harassment() {
            double u = random.nextDouble();
            Signal signal = u < 0.25 ? Signal.HARASSMENT_THREATENING : Signal.HARASSMENT;
            item.signal(signal, chance(0.45) ? likely() : band());
            if (kind.isCommunity()) {
                item.target(new Target(chance(0.85) ? TargetKind.USER : TargetKind.STAFF, Prose.pick(random, USERS)));
                if (chance(0.15)) {
                    item.author(new Author(author, 20 + random.nextInt(500), 2 + random.nextInt(4), false));
                }
                text = "You clearly have no idea what you are doing. " + text;
            }
        }

        private void hate() {
            item.signal(chance(0.3) ? Signal.HATE_THREATENING : Signal.HATE, chance(0.4) ? likely() : band());
        }

        private void unlawful() {
            double u = random.nextDouble();
            if (u < 0.3) {
                item.signal(Signal.ILLICIT, likely());
            } else if (u < 0.8) {
                item.signal(Signal.ILLICIT, band());
            } else {
                item.report(new Report(ReportReason.LEGAL, true));
            }
        }

        private void malware() {
            double u = random.nextDouble();
            List<String> imports = safeImports();
            MalwareScan scan = MalwareScan.CLEAN;
            if (u < 0.2) {
                scan = MalwareScan.INFECTED;
            } else if (u < 0.5) {
                imports.add(random.nextInt(imports.size() + 1), Prose.pick(random, DANGEROUS_IMPORTS));
                scan = chance(0.5) ? MalwareScan.PENDING : MalwareScan.CLEAN;
            } else {
                imports.add(random.nextInt(imports.size() + 1), Prose.pick(random, SUSPICIOUS_IMPORTS));
            }
            item.file(new ItemFile(chance(0.5) ? "model.pkl" : "checkpoint.pt", (long) random.nextInt(2_000_000_000), imports, scan));
        }

        private void credentials() {
            double u = random.nextDouble();
            String secret = u < 0.5 ? (chance(0.8) ? "hf_" : "api_org_") + token(ALNUM, 34)
                    : u < 0.7 ? "AKIA" + token(UPPER_ALNUM, 16)
                    : u < 0.9 ? "ghp_" + token(ALNUM, 36)
                    : "-----BEGIN RSA PRIVATE KEY-----\nMIIEow" + token(ALNUM, 60) + "\n-----END RSA PRIVATE KEY-----";
            String line = "\n\nexport TOKEN=" + secret + "\n";
            int at = text.length() == 0 ? 0 : random.nextInt(text.length());
            int space = text.indexOf(' ', at);
            at = space < 0 ? text.length() : space;
            text = text.substring(0, at) + line + text.substring(at);
        }

        private void ip() {
            double u = random.nextDouble();
            if (u < 0.7) {
                item.license(null);
            } else {
                item.report(new Report(ReportReason.COPYRIGHT, u >= 0.9));
            }
        }

        private void spam() {
            double u = random.nextDouble();
            if (u < 0.55) {
                item.signal(Signal.SPAM, likely());
            } else if (kind.isCommunity() && u < 0.8) {
                item.author(new Author(author, random.nextInt(7), 0, false));
                StringBuilder links = new StringBuilder(" Check these out:");
                for (int i = 0, n = 5 + random.nextInt(8); i < n; i++) {
                    links.append(" https://deals.example/").append(token(ALNUM, 6));
                }
                text += links;
            } else if (kind.isCommunity()) {
                text = Prose.pick(random, new String[] {
                    "Star my repo to get free credits! ", "follow for follow, l4l ", "Upvote and get free credits: ",
                    "Like this post & win a gift card! "}) + text;
            } else {
                item.signal(Signal.SPAM, likely());
            }
        }

        private void reports() {
            ReportReason[] reasons = {ReportReason.ETHICAL, ReportReason.OTHER, ReportReason.SPAM, ReportReason.HARASSMENT};
            for (int i = 0, n = chance(0.8) ? 1 : 2; i < n; i++) {
                item.report(new Report(reasons[random.nextInt(reasons.length)], false));
            }
        }

        // ---- helpers --------------------------------------------------------------------------

        private List<String> safeImports() {
            List<String> imports = new ArrayList<>(List.of("collections.OrderedDict", "torch._utils._rebuild_tensor_v2"));
            for (int i = 0, n = random.nextInt(4); i < n; i++) {
                String name = Prose.pick(random, SAFE_IMPORTS);
                if (!imports.contains(name)) {
                    imports.add(name);
                }
            }
            return imports;
        }

        private String name() {
            return Prose.pick(random, FIRST) + " " + Prose.pick(random, LAST);
        }

        private String token(String alphabet, int length) {
            char[] chars = new char[length];
            for (int i = 0; i < length; i++) {
                chars[i] = alphabet.charAt(random.nextInt(alphabet.length()));
            }
            return new String(chars);
        }

        private boolean chance(double p) {
            return random.nextDouble() < p;
        }

        /** At or above the likely threshold (0.80). */
        private double likely() {
            return round(0.80 + 0.19 * random.nextDouble());
        }

        /** At or above the possible threshold (0.50). */
        private double possible() {
            return round(0.50 + 0.49 * random.nextDouble());
        }

        /** In the possible band: at or above 0.50 and below 0.80. */
        private double band() {
            return Math.min(0.79, round(0.50 + 0.29 * random.nextDouble()));
        }

        private static double round(double score) {
            return Math.round(score * 100) / 100.0;
        }
    }
}
