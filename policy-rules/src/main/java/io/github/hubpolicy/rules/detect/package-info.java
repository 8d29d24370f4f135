/**
 * The deterministic detectors of section 4 of the guidelines, run over an item's title and text
 * before the rules. {@link io.github.hubpolicy.rules.detect.TextScanner} is the entry point for
 * text and {@link io.github.hubpolicy.rules.detect.PickleImports} classifies pickle imports; the
 * individual detectors are package-private. Every detector reads the normalized view of catalog
 * revision 2 ({@code TextView}), runs in time linear in its input and reports positions in the
 * text as received, never the matched secret.
 */
package io.github.hubpolicy.rules.detect;
