/**
 * Pinning rule behaviour from a host's own test suite (add {@code policy-testkit} in test scope):
 * {@link io.github.hubpolicy.testkit.PolicyCases} turns case files into JUnit 5 dynamic tests,
 * {@link io.github.hubpolicy.testkit.RuleCoverage} checks that every rule fires in some case and
 * has a near miss, {@link io.github.hubpolicy.testkit.DecisionAssert} asserts on one decision,
 * and {@link io.github.hubpolicy.testkit.corpus.CorpusGenerator} makes seeded realistic items.
 * The case file format: a case per line, as the bundled {@code *.cases.jsonl} files beside the
 * rule files.
 */
package io.github.hubpolicy.testkit;
