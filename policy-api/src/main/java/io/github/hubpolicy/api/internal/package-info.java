/**
 * Helpers shared by this project's modules (masking text that outputs repeat, the JSON spelling
 * of enums, reading the bundled tables). <strong>Not API</strong>: not in the javadoc, may change
 * or go in any release without notice. Use {@code io.github.hubpolicy.api} and the other modules' documented entry points.
 */
package io.github.hubpolicy.api.internal;
