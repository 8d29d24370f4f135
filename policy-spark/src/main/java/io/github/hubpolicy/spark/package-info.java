/**
 * Re-decide and shadow-diff every item on Apache Spark: {@link io.github.hubpolicy.spark.PolicySpark}
 * is the application's entry point ({@code decide} and {@code diff}); everything else is
 * package-private.
 */
package io.github.hubpolicy.spark;
