/**
 * Statements of reasons (DSA Article 17) built from decisions. Entry point: {@link
 * io.github.hubpolicy.rules.transparency.Statements#of}, configured by the host through {@link
 * io.github.hubpolicy.rules.transparency.StatementSettings#builder()}. The records and the
 * schema's enums live in {@code io.github.hubpolicy.api.transparency}; {@code policy-json}'s
 * {@code StatementWriter} writes them in the Transparency Database's field names.
 */
package io.github.hubpolicy.rules.transparency;
