/**
 * The vocabulary of the rule files: the facts a rule's conditions match ({@link
 * io.github.hubpolicy.rules.facts.Item}, {@link io.github.hubpolicy.rules.facts.DepictedPerson},
 * {@link io.github.hubpolicy.rules.facts.PickleImport}, the detectors' matches, ...) and {@link
 * io.github.hubpolicy.rules.facts.Findings}, which a rule's consequence calls to record its
 * finding. Public because compiled rules use it; not meant for services, which use {@code
 * io.github.hubpolicy.api}.
 */
package io.github.hubpolicy.rules.facts;
