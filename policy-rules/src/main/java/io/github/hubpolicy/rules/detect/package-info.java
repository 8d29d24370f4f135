/**
 * The deterministic detectors of section 4 of the guidelines, run over an item's title and text
 * before the rules. {@link io.github.hubpolicy.rules.detect.TextScanner} is the entry point for
 * text and {@link io.github.hubpolicy.rules.detect.PickleImports} classifies pickle imports; the
 * individual detectors are package-private. Every detector runs in time linear in its input and
 * reports positions, never the matched secret.
 */
package io.github.hubpolicy.rules.detect;
