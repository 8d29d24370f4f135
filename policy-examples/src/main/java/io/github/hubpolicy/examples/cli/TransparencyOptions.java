package io.github.hubpolicy.examples.cli;

import io.github.hubpolicy.transparency.AutomatedDecision;
import io.github.hubpolicy.transparency.AuditRecords;
import io.github.hubpolicy.transparency.AuditSettings;
import io.github.hubpolicy.transparency.StatementSettings;
import io.github.hubpolicy.transparency.Statements;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * The options of {@code evaluate} for statements of reasons ({@code --format statement}) and the
 * audit log ({@code --audit FILE}). A mixin, so that the evaluate command only asks it for the
 * settings and the log.
 */
final class TransparencyOptions {
    /** Article 17(3)(f)'s three ways; a host replaces it with its own, naming its complaint form. */
    static final String DEFAULT_REDRESS = "You can contest this decision through the hub's internal complaint-handling"
            + " system, before a certified out-of-court dispute settlement body (Article 21 DSA), or in court.";

    @Option(names = "--policy-url", paramLabel = "URL",
            description = "The published content policy; statements link to URL#section-id. Required with --format statement.")
    String policyUrl;

    @Option(names = "--redress", paramLabel = "TEXT", defaultValue = DEFAULT_REDRESS,
            description = "How the author can seek redress, for statements of reasons (default: Article 17(3)(f)'s three ways).")
    String redress;

    @Option(names = "--automated-decision", paramLabel = "HOW", defaultValue = "FULLY",
            description = "automated_decision of the statements: FULLY (default: the tool applies no human step), PARTIALLY, NOT_AUTOMATED.")
    AutomatedDecision automatedDecision;

    @Option(names = "--audit", paramLabel = "FILE",
            description = "Append one audit line per decision to FILE (time, item digest, rule set, findings; names hashed).")
    Path auditFile;

    @Option(names = "--audit-salt", paramLabel = "SALT", defaultValue = "${env:HUBPOLICY_AUDIT_SALT}",
            description = "Secret salt for the hashes of depicted people's names in the audit log (default: $HUBPOLICY_AUDIT_SALT).")
    String auditSalt;

    @Option(names = "--audit-keep-names", description = "Keep depicted people's names in the audit log instead of hashes.")
    boolean auditKeepNames;

    /**
     * The statements {@link StatementPrinter} prints.
     *
     * @throws IllegalArgumentException when {@code --policy-url} is missing or not an http(s) URL
     */
    Statements statements() {
        if (policyUrl == null) {
            throw new IllegalArgumentException("--format statement needs --policy-url");
        }
        try {
            return Statements.with(StatementSettings.builder()
                    .policyDocument(new URI(policyUrl))
                    .redress(redress)
                    .automatedDecision(automatedDecision)
                    .build());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("--policy-url: " + e.getMessage(), e);
        }
    }

    /**
     * The audit log, or {@code null} without {@code --audit}.
     *
     * @throws IllegalArgumentException when there is neither a salt nor {@code --audit-keep-names}
     */
    AuditLog openAudit() {
        if (auditFile == null) {
            return null;
        }
        AuditSettings.Builder settings = AuditSettings.builder().keepNames(auditKeepNames);
        if (auditSalt != null && !auditSalt.isEmpty()) {
            settings.salt(auditSalt);
        } else if (!auditKeepNames) {
            throw new IllegalArgumentException("--audit needs --audit-salt (or $HUBPOLICY_AUDIT_SALT), or --audit-keep-names");
        }
        return AuditLog.open(auditFile, AuditRecords.with(settings.build()));
    }
}
