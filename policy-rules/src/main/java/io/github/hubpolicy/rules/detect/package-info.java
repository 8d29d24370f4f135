/**
 * The deterministic detectors of section 4 of the guidelines, run over an item's title and text
 * before the rules. {@link io.github.hubpolicy.rules.detect.Detectors} is the entry point; what
 * they find is a {@link io.github.hubpolicy.rules.detect.TextScan} of
 * {@link io.github.hubpolicy.rules.detect.TextMatch}es (one sealed type: contact details,
 * sensitive identifiers, credentials), which the rules match as facts. The scanner and the
 * individual detectors are package-private. Every detector reads the normalized view of catalog
 * revision 2 ({@code TextView}), runs in time linear in its input and reports positions in the
 * text as received, never the matched secret.
 */
package io.github.hubpolicy.rules.detect;
