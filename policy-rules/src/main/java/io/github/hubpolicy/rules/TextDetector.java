package io.github.hubpolicy.rules;

import io.github.hubpolicy.rules.detect.TextScan;

/** The detectors' pass over an item's title and text (section 4); a seam for tests. */
@FunctionalInterface
interface TextDetector {
    TextScan scan(String title, String text, boolean communityContent);
}
