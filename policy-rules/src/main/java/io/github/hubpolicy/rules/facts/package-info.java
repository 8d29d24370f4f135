/**
 * The vocabulary of the rule files: the one package a policy author reads (every bundled
 * {@code .drl} imports it). Public because compiled rules use it; not meant for services, which use
 * {@code io.github.hubpolicy.api}.
 *
 * <p>What a rule's conditions can ask, in the policy's words:
 * <ul>
 *   <li>{@link io.github.hubpolicy.rules.facts.Item}, the item: its kind ({@code artifact},
 *       {@code community}, {@code modelOrDataset}); its signals against the host's thresholds
 *       ({@code likely("hate")}, {@code possible(...)}, {@code possibleBand(...)}, {@code anySignalPossible}); what it declares
 *       ({@code audienceTagged}, {@code can("undress")}, {@code research}, {@code safeguarded},
 *       {@code unlicensed}, {@code personalData}, {@code depictsPeople}, {@code depictsMinor}); whom it addresses
 *       ({@code addressedToSomeone}, {@code targetKind}); its author ({@code priorViolations},
 *       {@code repeatOffender}, {@code accountAgeDays}, {@code newAccount}); what the detectors found
 *       ({@code links}, {@code contactDetails}, {@code sensitiveIdentifiers}, {@code credentials},
 *       {@code metricManipulation}).</li>
 *   <li>{@link io.github.hubpolicy.rules.facts.DepictedPerson}, {@link
 *       io.github.hubpolicy.rules.facts.UploadedFile}, {@link
 *       io.github.hubpolicy.rules.facts.PickleImport}, {@link
 *       io.github.hubpolicy.rules.facts.UserReport}: the item's people, files, pickle imports and
 *       reports, one fact each.</li>
 *   <li>The detectors' matches, one sealed type {@link io.github.hubpolicy.rules.detect.TextMatch}
 *       with a kind and a span: {@code ContactDetail}, {@code SensitiveIdentifier},
 *       {@code Credential} (package {@code io.github.hubpolicy.rules.detect}).</li>
 *   <li>{@link io.github.hubpolicy.rules.facts.RuleFinding}, the findings other rules recorded
 *       ({@code not RuleFinding( section == "hate", bullet < 3 )}, {@code RuleFinding( conduct )},
 *       {@code RuleFinding( softenable, !softened )}).</li>
 * </ul>
 *
 * <p>What a rule's consequence calls: {@link io.github.hubpolicy.rules.facts.Findings}
 * ({@code finding( drools, verdict ).actions( ... ).evidence( ... ).because( ... )}, and the
 * rationale helpers {@code people}, {@code imports}, {@code files}, {@code kinds},
 * {@code mostSevere}). Rule metadata: {@code @section}, {@code @bullet}, {@code @softenable} (the
 * research context may change the finding), {@code @conduct} (its {@code RESTRICT} or {@code
 * REMOVE} finding is a conduct finding the repeat-offender rule escalates), {@code @context} and
 * {@code @escalation} for the rules of later phases.
 */
package io.github.hubpolicy.rules.facts;
