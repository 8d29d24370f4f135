package io.github.hubpolicy.server;

/**
 * The body of every error response: a stable {@code code} a client can branch on and one sentence
 * naming what is wrong (the field, the limit), never a stack trace or a Java class name.
 *
 * @param code    stable, lower case with underscores, e.g. {@code malformed_json}, {@code body_too_large}
 * @param message one sentence for a person
 */
public record ApiError(String code, String message) {
}
