/**
 * A deterministic generator of realistic content items for benchmarks and load tests; the entry
 * point is {@link io.github.hubpolicy.examples.corpus.CorpusGenerator}, and
 * {@link io.github.hubpolicy.examples.corpus.Scenario} gives each guideline section's share.
 * {@code policy-cli generate} writes its items as JSON Lines.
 */
package io.github.hubpolicy.examples.corpus;
