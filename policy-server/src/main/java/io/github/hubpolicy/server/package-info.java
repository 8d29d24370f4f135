/**
 * The decision service: an HTTP/JSON API under {@code /v1} over one shared evaluator, for hosts
 * that do not run on the JVM, and, with {@code --playground}, the policy playground for authors
 * ({@link io.github.hubpolicy.server.PlaygroundSettings}). Entry point:
 * {@link io.github.hubpolicy.server.PolicyServerApplication}.
 */
package io.github.hubpolicy.server;
