package io.github.hubpolicy.rules;

import io.github.hubpolicy.api.ContentItem;
import io.github.hubpolicy.api.ContentKind;

/** Small items for tests that are not about one section (those are case files). */
final class Items {
    private Items() {
    }

    static ContentItem comment(String id) {
        return ContentItem.builder(id, ContentKind.COMMENT).text("A plain comment.").build();
    }

    static ContentItem.Builder model(String id) {
        return ContentItem.builder(id, ContentKind.MODEL).license("apache-2.0");
    }
}
