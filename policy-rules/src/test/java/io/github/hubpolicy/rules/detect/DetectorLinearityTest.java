package io.github.hubpolicy.rules.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Adversarial inputs for every detector: each must complete, and four times the input must take
 * well under twelve times as long. There is no absolute time limit, so a slow machine does not
 * fail it. Time is the thread's CPU time where the JVM measures it, so that other processes on a
 * busy machine do not count, and each size keeps its fastest of several interleaved runs.
 */
class DetectorLinearityTest {
    private static final int KIB = 1024;
    /** Four times the input may take at most this many times as long (linear is 4). */
    private static final double MAX_RATIO = 12;
    /** Each timing repeats the call until the small input takes at least this long, to beat timer noise. */
    private static final long MIN_NANOS = 4_000_000;
    private static final int RUNS = 4;

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final PhoneDetector PHONES = new PhoneDetector("US");
    private static final TextScanner SCANNER = new TextScanner("US");

    private static Arguments input(String name, Function<String, ?> detector, String prefix, String unit, int smallKiB) {
        return Arguments.of(name, detector, prefix, unit, smallKiB);
    }

    static Stream<Arguments> adversarialInputs() {
        Function<String, ?> emails = text -> EmailDetector.find(TextField.TEXT, text);
        Function<String, ?> cards = text -> CardAndSsnDetector.find(TextField.TEXT, text);
        Function<String, ?> credentials = text -> CredentialDetector.find(TextField.TEXT, text);
        Function<String, ?> links = LinkCounter::count;
        Function<String, ?> metric = text -> MetricManipulationDetector.find(TextField.TEXT, text);
        Function<String, ?> phones = DetectorLinearityTest::phones;
        Function<String, ?> scan = text -> SCANNER.scan(text, text, true);
        return Stream.of(
                input("email: @@@", emails, "", "@", 256),
                input("email: dots after @", emails, "x@", ".", 256),
                input("email: labels after @", emails, "x@", "a.", 256),
                input("email: a@a@a@", emails, "", "a@", 256),
                input("email: local part then @s", emails, "a".repeat(64 * KIB), "@b.", 256),
                input("email: addresses glued", emails, "", "a@b.ca", 256),
                input("email: bracketed at", emails, "", "(at)", 256),
                input("email: local parts and bracketed at", emails, "", "a (at) ", 256),
                input("email: bracketed dots after at", emails, "x(at)", "a [dot] ", 256),
                input("email: spaces and unclosed brackets", emails, "", "a      [at  ", 256),
                input("email: bracketed addresses glued", emails, "", "a{at}b<dot>ca ", 256),
                input("cards: one digit run", cards, "", "1", 256),
                input("cards: digit groups and spaces", cards, "", "4111 ", 256),
                input("cards: valid cards", cards, "", "4111 1111 1111 1111 x ", 256),
                input("cards: ssn-like", cards, "", "123-45-6789-", 256),
                input("cards: digits and hyphens", cards, "", "1-", 256),
                input("credentials: hf_", credentials, "", "hf_", 256),
                input("credentials: hf_ and a long run", credentials, "hf_", "a", 256),
                input("credentials: -----BEGIN ", credentials, "", "-----BEGIN ", 256),
                input("credentials: one marker, many words", credentials, "-----BEGIN ", "RSA ", 256),
                input("credentials: AKIA", credentials, "", "AKIA", 256),
                input("links: http", links, "", "http", 256),
                input("links: https:/", links, "", "https:/", 256),
                input("metric: like like", metric, "", "like ", 256),
                input("metric: like and", metric, "", "like and ", 256),
                input("metric: like and get", metric, "", "like and get get ", 256),
                input("metric: ampersands", metric, "", "star&", 256),
                input("metric: like for likes", metric, "", "like for likes ", 256),
                input("metric: follow me", metric, "", "follow me ", 256),
                input("phones: sparse digits", phones, "", "1     ", 256),
                input("phones: @ and dots", phones, "", "@.", 256),
                input("phones: short digit groups", phones, "", "123 b ", 256),
                input("phones: one digit run", phones, "", "0", 32),
                input("phones: time stamps", phones, "", "2012-01-02 08:00 ", 64),
                input("phones: digits and spaces", phones, "", "1 ", 4),
                input("pickle imports: a long name", PickleImports::classify, "torch.", "A", 256),
                input("view: format characters", TextView::of, "", "a\u200B", 256),
                input("view: astral digits", TextView::of, "", "\uD835\uDFD2x", 256),
                input("view: full-width forms", TextView::of, "", "\uFF41\u3000", 256),
                input("scanner: evasions", scan, "", "\u200Bhf_\uFF20 (at) [dot] \uD835\uDFD2 x\u00AD@y.zz ", 32),
                input("scanner: a bit of everything", scan, "", "hf_ @. like and get -----BEGIN 12 http:// 4111 ", 32));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("adversarialInputs")
    void scalesLinearly(String name, Function<String, ?> detector, String prefix, String unit, int smallKiB) {
        String small = prefix + repeat(unit, smallKiB * KIB);
        String large = prefix + repeat(unit, 4 * smallKiB * KIB);
        // Warm up on both sizes; this also shows that the large input completes.
        detector.apply(small);
        detector.apply(large);
        detector.apply(small);
        int repetitions = repetitionsFor(detector, small);

        // Interleaved, so that a spell of load falls on both sizes alike.
        long smallNanos = Long.MAX_VALUE;
        long largeNanos = Long.MAX_VALUE;
        for (int run = 0; run < RUNS; run++) {
            smallNanos = Math.min(smallNanos, timeNanos(detector, small, repetitions));
            largeNanos = Math.min(largeNanos, timeNanos(detector, large, repetitions));
        }

        assertThat((double) largeNanos)
                .as("%s: %d KiB took %.1f ms, %d KiB took %.1f ms", name, smallKiB, smallNanos / 1e6,
                        4 * smallKiB, largeNanos / 1e6)
                .isLessThan(MAX_RATIO * smallNanos);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mebibyteInputs")
    void completesOnAMebibyte(String name, Function<String, ?> detector, String unit) {
        assertThat(detector.apply(repeat(unit, 1024 * KIB))).isNotNull();
    }

    /** Inputs timed above at 64 KiB or less: the phone library takes a second or more per MiB of them. */
    static Stream<Arguments> mebibyteInputs() {
        Function<String, ?> phones = DetectorLinearityTest::phones;
        return Stream.of(
                Arguments.of("phones: one digit run", phones, "0"),
                Arguments.of("phones: time stamps", phones, "2012-01-02 08:00 "));
    }

    private static List<ContactDetail> phones(String text) {
        return PHONES.find(TextField.TEXT, text, List.of());
    }

    /** How many calls make one timing of {@code input} last at least {@link #MIN_NANOS}. */
    private static int repetitionsFor(Function<String, ?> detector, String input) {
        long fastest = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            fastest = Math.min(fastest, timeNanos(detector, input, 1));
        }
        return (int) Math.min(1 << 14, MIN_NANOS / Math.max(1, fastest) + 1);
    }

    private static long timeNanos(Function<String, ?> detector, String input, int repetitions) {
        long start = now();
        for (int i = 0; i < repetitions; i++) {
            detector.apply(input);
        }
        return now() - start;
    }

    private static long now() {
        return THREADS.isCurrentThreadCpuTimeSupported() ? THREADS.getCurrentThreadCpuTime() : System.nanoTime();
    }

    private static String repeat(String unit, int length) {
        return unit.repeat(length / unit.length() + 1).substring(0, length);
    }
}
