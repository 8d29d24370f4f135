/**
 * The vocabulary of the content guidelines, free of any rule engine: {@link
 * io.github.hubpolicy.api.ContentItem} in, {@link io.github.hubpolicy.api.Decision} out, through
 * a {@link io.github.hubpolicy.api.PolicyEvaluator}. Every type is immutable.
 */
package io.github.hubpolicy.api;
