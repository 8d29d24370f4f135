package io.github.hubpolicy.server;

import io.github.hubpolicy.transparency.AutomatedDecision;
import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The service's own settings, under {@code hubpolicy.server} (the evaluator's are the starter's {@code hubpolicy.*}).
 *
 * @param adminToken             Token that protects reload and brake release (Authorization: Bearer); both are off
 *                               while it is unset. Never logged
 * @param maxBodySize            Largest request body of a single-item request (decide, statement, audit); larger is 413
 * @param maxBatchSize           Largest request body of a batch; a batch is streamed, so this bounds time, not memory
 * @param maxItemChars           Longest item, in characters: a single-item body, or one line of a batch
 * @param maxConcurrentDecisions Requests deciding at the same time; beyond it a request gets 503 with Retry-After
 *                               at once (there is no queue)
 * @param decisionThreads        Decisions running at the same time (the others admitted wait their turn, in order), and
 *                               the workers that decide a batch's lines; 0 (the default) means one per available
 *                               processor. Deciding is CPU-bound: more than the cores only time-slices
 * @param retryAfter             The Retry-After a 503 carries
 * @param requestTimeout         Time limit of a single-item request, reading its body included
 * @param batchTimeout           Time limit of a batch; when it is reached the batch ends with an error record
 * @param drainDelay             On SIGTERM, how long readiness reports OUT_OF_SERVICE while requests are still
 *                               served, so that a load balancer stops sending new ones before the port closes (a
 *                               Kubernetes endpoint update takes a second or two); then the graceful shutdown
 *                               lets requests in flight finish and refuses new ones. 0s to skip
 * @param lenient                Skip unknown keys in items instead of rejecting them
 * @param statements             Statements of reasons ({@code POST /v1/statement})
 * @param audit                  Audit lines ({@code POST /v1/audit})
 */
@ConfigurationProperties("hubpolicy.server")
public record ServerSettings(
        String adminToken,
        @DefaultValue("4MB") DataSize maxBodySize,
        @DefaultValue("4GB") DataSize maxBatchSize,
        @DefaultValue("4194304") int maxItemChars,
        @DefaultValue("16") int maxConcurrentDecisions,
        @DefaultValue("0") int decisionThreads,
        @DefaultValue("1s") Duration retryAfter,
        @DefaultValue("10s") Duration requestTimeout,
        @DefaultValue("30m") Duration batchTimeout,
        @DefaultValue("2s") Duration drainDelay,
        @DefaultValue("false") boolean lenient,
        @DefaultValue Statements statements,
        @DefaultValue Audit audit) {

    public ServerSettings {
        if (maxConcurrentDecisions < 1) {
            throw new IllegalArgumentException("hubpolicy.server.max-concurrent-decisions must be at least 1, was "
                    + maxConcurrentDecisions);
        }
        if (drainDelay.isNegative()) {
            throw new IllegalArgumentException("hubpolicy.server.drain-delay must not be negative, was " + drainDelay);
        }
        if (decisionThreads < 0) {
            throw new IllegalArgumentException("hubpolicy.server.decision-threads must not be negative, was "
                    + decisionThreads);
        }
        if (maxItemChars < 1) {
            throw new IllegalArgumentException("hubpolicy.server.max-item-chars must be at least 1, was " + maxItemChars);
        }
    }

    /** Decisions running at the same time: {@link #decisionThreads()}, or the available processors when it is 0. */
    int decisionThreadsOrCores() {
        return decisionThreads > 0 ? decisionThreads : Runtime.getRuntime().availableProcessors();
    }

    /** Whether reload and release are switched on. */
    boolean adminEnabled() {
        return adminToken != null && !adminToken.isEmpty();
    }

    /**
     * Statements of reasons, as {@code policy-cli evaluate --format statement} makes them.
     *
     * @param policyUrl         The published content policy; statements link to URL#section-id. The endpoint is off
     *                          while it is unset
     * @param redress           How the author can seek redress (default: Article 17(3)(f)'s three ways)
     * @param automatedDecision The statements' automated_decision: FULLY, PARTIALLY or NOT_AUTOMATED
     */
    public record Statements(URI policyUrl,
                             @DefaultValue("You can contest this decision through the hub's internal complaint-handling"
                                     + " system, before a certified out-of-court dispute settlement body (Article 21 DSA),"
                                     + " or in court.") String redress,
                             @DefaultValue("FULLY") AutomatedDecision automatedDecision) {
    }

    /**
     * Audit lines, as {@code policy-cli evaluate --audit} writes them.
     *
     * @param salt      Secret salt for the hashes of depicted people's names; the endpoint is off while it is unset
     *                  and names are not kept. Never logged
     * @param keepNames Keep depicted people's names instead of hashes
     */
    public record Audit(String salt, @DefaultValue("false") boolean keepNames) {
        /** The salt hidden, so that a dump of the settings cannot leak it. */
        @Override
        public String toString() {
            return "Audit[salt=" + (salt == null ? "unset" : "***") + ", keepNames=" + keepNames + "]";
        }
    }

    /** The token hidden, so that a dump of the settings cannot leak it. */
    @Override
    public String toString() {
        return "ServerSettings[adminToken=" + (adminEnabled() ? "***" : "unset") + ", maxBodySize=" + maxBodySize
                + ", maxBatchSize=" + maxBatchSize + ", maxItemChars=" + maxItemChars + ", maxConcurrentDecisions="
                + maxConcurrentDecisions + ", decisionThreads=" + decisionThreads + ", requestTimeout=" + requestTimeout + ", batchTimeout=" + batchTimeout + "]";
    }
}
