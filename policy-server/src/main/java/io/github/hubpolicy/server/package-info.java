/**
 * The decision service: an HTTP/JSON API under {@code /v1} over one shared evaluator, for hosts
 * that do not run on the JVM. Entry point: {@link io.github.hubpolicy.server.PolicyServerApplication}.
 */
package io.github.hubpolicy.server;
