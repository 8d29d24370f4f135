package io.github.hubpolicy.api;

/**
 * Whom community content addresses.
 *
 * @param kind a user, a staff member, or no one
 * @param id   the addressed account's id, or {@code null}
 */
public record Target(TargetKind kind, String id) {
    /** Addresses no one in particular (the default). */
    public static final Target NONE = new Target(TargetKind.NONE, null);

    public Target {
        Checks.required("kind", kind);
    }

    /** True when the content addresses a user or a staff member. */
    public boolean isSomeone() {
        return kind != TargetKind.NONE;
    }
}
