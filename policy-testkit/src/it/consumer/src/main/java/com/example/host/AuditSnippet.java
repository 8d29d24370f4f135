package com.example.host;

import io.github.hubpolicy.api.ContentItem;
import io.github.hubpolicy.api.Decision;
import io.github.hubpolicy.json.AuditWriter;

/** The README's audit line. */
public final class AuditSnippet {
    private final StringBuilder log = new StringBuilder();

    /** Appends the audit line of one decision; returns the log. */
    public String append(Decision decision, ContentItem item, String secretSalt) {
        // readme:start
        AuditWriter audit = AuditWriter.builder().salt(secretSalt).build();
        log.append(AuditWriter.toJson(audit.record(decision, item)));
        // readme:end
        return log.toString();
    }
}
