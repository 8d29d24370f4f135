package io.github.hubpolicy.rules.detect;

/** The kinds of credential (section 4). */
public enum CredentialKind implements MatchKind {
    /** A hub access token: {@code hf_} or {@code api_org_} and 34 letters or digits. */
    HUB_TOKEN("hub access token"),
    /** A cloud access key id: {@code AKIA} and 16 upper-case letters or digits. */
    CLOUD_ACCESS_KEY("cloud access key id"),
    /** A source-host personal token: {@code ghp_} and 36 letters or digits. */
    SOURCE_HOST_TOKEN("source-host personal token"),
    /** The marker line of a PEM private key, such as {@code -----BEGIN RSA PRIVATE KEY-----}. */
    PRIVATE_KEY("PEM private key");

    private final String description;

    CredentialKind(String description) {
        this.description = description;
    }

    @Override
    public String description() {
        return description;
    }
}
