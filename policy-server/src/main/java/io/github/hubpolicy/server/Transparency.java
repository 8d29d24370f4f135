package io.github.hubpolicy.server;

import io.github.hubpolicy.json.AuditWriter;
import io.github.hubpolicy.rules.transparency.StatementSettings;

/**
 * What statements of reasons and audit lines need, each null when the operator has not set it up.
 *
 * @param statements settings for statements of reasons, or null (no hubpolicy.server.statements.policy-url)
 * @param audit      the audit writer, or null (no hubpolicy.server.audit.salt and names not kept)
 */
record Transparency(StatementSettings statements, AuditWriter audit) {
}
