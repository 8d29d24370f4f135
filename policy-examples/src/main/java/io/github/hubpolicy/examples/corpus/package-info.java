/**
 * What the benchmarks measure beside the evaluator: {@link
 * io.github.hubpolicy.examples.corpus.DetectorsOnly}, the detectors-only floor. The corpus
 * generator itself is in {@code policy-testkit} ({@code io.github.hubpolicy.testkit.corpus}).
 */
package io.github.hubpolicy.examples.corpus;
