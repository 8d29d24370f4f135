package io.github.hubpolicy.api.catalog;

import io.github.hubpolicy.api.Signal;
import java.util.List;

/**
 * One guideline section of the catalog: a row of {@code hubpolicy/catalog/sections.tsv}.
 *
 * @param id      the section id, e.g. {@code consent.likeness}; findings name it
 * @param title   its title in the catalog
 * @param summary one line saying what it forbids or asks for
 * @param signals the classifier signals its rules read, maybe none (the section decides on other facts)
 */
public record SectionInfo(String id, String title, String summary, List<Signal> signals) {
    public SectionInfo {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("section id must not be blank");
        }
        if (title == null || title.isBlank() || summary == null || summary.isBlank()) {
            throw new IllegalArgumentException("section " + id + " needs a title and a summary");
        }
        signals = List.copyOf(signals);
    }
}
