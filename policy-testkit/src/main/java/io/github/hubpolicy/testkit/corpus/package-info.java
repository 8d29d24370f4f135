/**
 * A deterministic generator of realistic content items, to property-test a host's own rules and
 * to load-test: the entry point is {@link io.github.hubpolicy.testkit.corpus.CorpusGenerator},
 * and {@link io.github.hubpolicy.testkit.corpus.Scenario} gives each guideline section's share.
 * {@code policy-cli generate} writes its items as JSON Lines.
 */
package io.github.hubpolicy.testkit.corpus;
