package io.github.hubpolicy.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A candidate rule directory for the playground's tests: the bundled {@code spam.drl} and its case
 * file, with the first rule (likely spam in community content) softened from REMOVE to RESTRICT,
 * so that a spam comment's decision changes and two of the bundled spam cases fail.
 */
final class CandidateDirectory {
    static final String BUNDLED_SPAM = bundled("hubpolicy/rules/spam.drl");
    static final String REMOVE = "finding( drools, Verdict.REMOVE )\n        .actions( Action.REMOVE )";
    static final String RESTRICT = "finding( drools, Verdict.RESTRICT )\n        .actions( Action.HUMAN_REVIEW, Action.DOWNRANK )";
    /** A comment with likely spam: REMOVE by the bundled rules, RESTRICT by the softened candidate. */
    static final String SPAM_COMMENT = "{\"id\":\"comments/spam-1\",\"kind\":\"comment\",\"text\":\"Buy followers now\","
            + "\"signals\":{\"spam\":0.95}}";

    private CandidateDirectory() {
    }

    /** A new directory holding the softened spam rules and the bundled spam cases. */
    static Path softened() {
        try {
            Path dir = Files.createTempDirectory("playground-candidate");
            write(dir, softenedSpam());
            Files.writeString(dir.resolve("spam.cases.jsonl"), bundled("hubpolicy/rules/spam.cases.jsonl"));
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String softenedSpam() {
        if (!BUNDLED_SPAM.contains(REMOVE)) {
            throw new IllegalStateException("spam.drl no longer has the rule this fixture edits");
        }
        return BUNDLED_SPAM.replaceFirst(java.util.regex.Pattern.quote(REMOVE), java.util.regex.Matcher.quoteReplacement(RESTRICT));
    }

    /** A rule that does not compile, on line 3 of its file. */
    static String broken() {
        return "package hubpolicy.rules;\n\nrule \"spam: broken\" @section(\"spam\") when\n    $i : NoSuchFact( ) \nthen end\n";
    }

    static void write(Path dir, String spamDrl) {
        try {
            // Written to a temporary file and moved, as an editor saves: the watcher sees one change.
            Path tmp = Files.createTempFile(dir.getParent(), "spam", ".tmp");
            Files.writeString(tmp, spamDrl);
            Files.move(tmp, dir.resolve("spam.drl"), java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String bundled(String name) {
        try (InputStream in = CandidateDirectory.class.getClassLoader().getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
