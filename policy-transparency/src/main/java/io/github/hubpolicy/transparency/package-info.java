/**
 * Transparency: what a host publishes or keeps about its decisions. Every record here is made the
 * same way: settings built once, an instance made from them that turns a (decision, item) into a
 * record, and one writer, {@link io.github.hubpolicy.transparency.TransparencyJson}, for them all.
 * <ul>
 * <li>Statements of reasons (DSA Article 17): {@link io.github.hubpolicy.transparency.StatementSettings}
 *     → {@link io.github.hubpolicy.transparency.Statements} → {@link
 *     io.github.hubpolicy.transparency.StatementOfReasons}, in the terms of the DSA Transparency
 *     Database.</li>
 * <li>Audit lines: {@link io.github.hubpolicy.transparency.AuditSettings} → {@link
 *     io.github.hubpolicy.transparency.AuditRecords} → {@link io.github.hubpolicy.transparency.AuditRecord},
 *     read back with {@link io.github.hubpolicy.transparency.TransparencyJson#parseAudit}.</li>
 * <li>The crosswalk from the catalog's sections to other taxonomies ({@link
 *     io.github.hubpolicy.transparency.SectionCrosswalk}): the DSA category and keywords a statement
 *     uses, and the Llama Guard 3 hazard categories.</li>
 * </ul>
 *
 * <p>The enums whose constants carry a {@code key()} spell the Transparency Database submission
 * schema in force since 1 July 2025 (source: the Commission's {@code
 * digital-services-act/transparency-database} application, {@code app/Models/Statement.php} and
 * {@code StatementStoreRequest}); {@code key()} is the exact value the schema accepts.
 *
 * <p>This module reads the catalog from {@code policy-api} and the item's canonical JSON from
 * {@code policy-json}; it does not depend on the rules or on Drools.
 */
package io.github.hubpolicy.transparency;
