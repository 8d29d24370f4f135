package com.example.host;

import io.github.hubpolicy.api.ContentItem;
import io.github.hubpolicy.api.Decision;
import io.github.hubpolicy.transparency.AutomatedDecision;
import io.github.hubpolicy.transparency.StatementSettings;
import io.github.hubpolicy.transparency.Statements;
import io.github.hubpolicy.transparency.TransparencyJson;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/** The README's statement of reasons. */
public final class StatementOfReasonsSnippet {
    private final List<String> sent = new ArrayList<>();

    /** Sends the statement of reasons for the decision, if it needs one; returns what was sent. */
    public List<String> send(Decision decision, ContentItem item) {
        // readme:start
        Statements statements = Statements.with(StatementSettings.builder()   // once, at start-up
                .policyDocument(URI.create("https://hub.example/content-policy")) // statements link to #<section id>
                .redress("Appeal within six months at https://hub.example/appeals; …")
                .automatedDecision(AutomatedDecision.PARTIALLY)                     // a moderator confirms
                .build());  // defaults: automated detection yes, SOURCE_VOLUNTARY, every EEA country, system clock,
                            // derived puid, content_date = application_date
        statements.of(decision, item)
                .ifPresent(statement -> notifyAuthor(TransparencyJson.toJson(statement)));
        // readme:end
        return sent;
    }

    private void notifyAuthor(String statement) {
        sent.add(statement);
    }
}
