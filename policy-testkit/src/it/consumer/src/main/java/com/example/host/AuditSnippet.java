package com.example.host;

import io.github.hubpolicy.api.ContentItem;
import io.github.hubpolicy.api.Decision;
import io.github.hubpolicy.transparency.AuditRecords;
import io.github.hubpolicy.transparency.AuditSettings;
import io.github.hubpolicy.transparency.TransparencyJson;

/** The README's audit line. */
public final class AuditSnippet {
    private final StringBuilder log = new StringBuilder();

    /** Appends the audit line of one decision; returns the log. */
    public String append(Decision decision, ContentItem item, String secretSalt) {
        // readme:start
        AuditRecords audit = AuditRecords.with(AuditSettings.builder().salt(secretSalt).build());   // once
        log.append(TransparencyJson.toJson(audit.of(decision, item)));
        // readme:end
        return log.toString();
    }
}
