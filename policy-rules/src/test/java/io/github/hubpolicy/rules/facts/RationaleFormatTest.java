package io.github.hubpolicy.rules.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Formattable;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** {@link Findings#rationale} gives what {@code String.format(Locale.ROOT, ...)} gives, or fails as it fails. */
class RationaleFormatTest {
    private static final Path RULES = Path.of("src/main/resources/hubpolicy/rules");
    private static final Pattern BECAUSE = Pattern.compile("because\\(\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");

    private static void assertSameAsFormatter(String pattern, Object... args) {
        Throwable expectedFailure = catchThrowable(() -> String.format(Locale.ROOT, pattern, args));
        if (expectedFailure != null) {
            assertThat(catchThrowable(() -> Findings.rationale(pattern, args))).as(pattern)
                    .isExactlyInstanceOf(expectedFailure.getClass());
        } else {
            assertThat(Findings.rationale(pattern, args)).as(pattern).isEqualTo(String.format(Locale.ROOT, pattern, args));
        }
    }

    /** The rationale patterns of the bundled rule files. */
    private static List<String> bundledPatterns() throws IOException {
        List<String> patterns = new ArrayList<>();
        try (Stream<Path> files = Files.list(RULES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".drl")).sorted().toList()) {
                Matcher because = BECAUSE.matcher(Files.readString(file));
                while (because.find()) {
                    patterns.add(because.group(1));
                }
            }
        }
        return patterns;
    }

    private static Object randomArg(SplittableRandom random, char conversion) {
        if (conversion == 'd') {
            return switch (random.nextInt(4)) {
                case 0 -> Integer.MIN_VALUE + random.nextInt(3);
                case 1 -> Long.MAX_VALUE - random.nextInt(3);
                case 2 -> -random.nextInt(1000);
                default -> random.nextInt(100_000);
            };
        }
        String[] pieces = {"", "hate 0.91, at or above likely 0.80", "a user", "50% off", "%s", "%d", "\u00e9t\u00e9 \u4e2d\u6587",
            "Jane Doe (private person) and a public figure", "\n", "null"};
        return pieces[random.nextInt(pieces.length)] + (random.nextBoolean() ? "" : pieces[random.nextInt(pieces.length)]);
    }

    @Test
    void everyBundledRationaleWithManyArguments() throws IOException {
        // given every rationale of the bundled rules
        List<String> patterns = bundledPatterns();
        assertThat(patterns).hasSizeGreaterThan(40);
        SplittableRandom random = new SplittableRandom(15);
        for (String pattern : patterns) {
            List<Character> conversions = new ArrayList<>();
            for (int i = pattern.indexOf('%'); i >= 0; i = pattern.indexOf('%', i + 2)) {
                conversions.add(pattern.charAt(i + 1));
            }
            assertThat(conversions).as(pattern).allMatch(c -> c == 's' || c == 'd');
            for (int round = 0; round < 200; round++) {
                Object[] args = new Object[conversions.size()];
                for (int a = 0; a < args.length; a++) {
                    args[a] = randomArg(random, conversions.get(a));
                }
                // then
                assertSameAsFormatter(pattern, args);
            }
        }
    }

    @Test
    void whatTheFastPathLeavesToTheFormatter() {
        Formattable shouting = (formatter, flags, width, precision) -> formatter.format("LOUD");
        assertSameAsFormatter("no specifier at all");
        assertSameAsFormatter("no specifier, an extra argument", "x");
        assertSameAsFormatter("%s and %s", "one", "two", "three");
        assertSameAsFormatter("%s of %s", "one");                 // a missing argument fails
        assertSameAsFormatter("100%% sure: %s", "yes");
        assertSameAsFormatter("%5s|%-4d|%n", "ab", 7);
        assertSameAsFormatter("%S and %x", "upper", 255);
        assertSameAsFormatter("%2$s %1$s", "a", "b");
        assertSameAsFormatter("trailing %");
        assertSameAsFormatter("%s", (Object) null);
        assertSameAsFormatter("%s", shouting);
        assertSameAsFormatter("%s", 42);
        assertSameAsFormatter("%s", 0.5);
        assertSameAsFormatter("%d", 0.5);                          // fails as the formatter fails
        assertSameAsFormatter("%d", "7");
        assertSameAsFormatter("%d", (Object) null);
        assertSameAsFormatter("%d and %d", (short) 3, (byte) 4);
        assertSameAsFormatter("%d", new java.math.BigInteger("123456789012345678901234567890"));
    }
}
