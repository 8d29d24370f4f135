/**
 * JMH benchmarks of the evaluator, the detectors and rule compilation, run from
 * {@code policy-benchmarks/target/benchmarks.jar} (see {@code docs/performance.md}); the main one
 * is {@link io.github.hubpolicy.benchmarks.DecisionBenchmark}. {@link
 * io.github.hubpolicy.benchmarks.JfrBreakdown} breaks a JFR recording of an evaluation down by
 * stage.
 */
package io.github.hubpolicy.benchmarks;
