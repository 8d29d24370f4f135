package io.github.hubpolicy.server;

import io.github.hubpolicy.transparency.AuditRecords;
import io.github.hubpolicy.transparency.Statements;

/**
 * What statements of reasons and audit lines need, each null when the operator has not set it up.
 *
 * @param statements the statements of reasons, or null (no hubpolicy.server.statements.policy-url)
 * @param audit      the audit records, or null (no hubpolicy.server.audit.salt and names not kept)
 */
record Transparency(Statements statements, AuditRecords audit) {
}
