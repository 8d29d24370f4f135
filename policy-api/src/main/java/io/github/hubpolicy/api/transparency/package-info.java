/**
 * The transparency vocabulary: the crosswalk from guideline sections to other taxonomies ({@link
 * io.github.hubpolicy.api.transparency.SectionInfo}), statements of reasons in the terms of the
 * DSA Transparency Database ({@link io.github.hubpolicy.api.transparency.StatementOfReasons}), and
 * the redaction of depicted people's names ({@link io.github.hubpolicy.api.transparency.NameRedaction}).
 *
 * <p>The enums whose constants carry a {@code key()} spell the Transparency Database submission
 * schema in force since 1 July 2025 (source: the Commission's {@code
 * digital-services-act/transparency-database} application, {@code app/Models/Statement.php} and
 * {@code StatementStoreRequest}); {@code key()} is the exact value the schema accepts. They are
 * the records and enums only: {@code policy-rules} builds statements, {@code policy-json} writes
 * them.
 */
package io.github.hubpolicy.api.transparency;
