package io.github.hubpolicy.testkit.corpus;

/**
 * What a generated item is about: nothing to act on, or one guideline section. Each scenario has
 * a share of the corpus, so the corpus looks like a busy hub's traffic: mostly clean, with every
 * section present at a plausible rate. The shares add up to 1.
 */
public enum Scenario {
    /** Nothing any rule should act on, though near misses are common (tagged adult content, an author's contact line, safe pickles). */
    CLEAN(null, 0.801),
    /** Sexual content involving minors, or a borderline score for it. */
    MINORS("minors", 0.002),
    /** Sexual content of a real person without consent, or an undressing tool. */
    CONSENT_INTIMATE("consent.intimate", 0.003),
    /** A real person's face or voice without consent, or a face-swap or voice-clone tool. */
    CONSENT_LIKENESS("consent.likeness", 0.008),
    /** An artifact built from other people's data without consent. */
    CONSENT_PERSONAL_DATA("consent.personal-data", 0.004),
    /** Doxxing, a card or social security number, contact details aimed at someone. */
    PRIVACY("privacy", 0.012),
    /** Untagged adult artifacts and sexual comments. */
    SEXUAL_AUDIENCE("sexual.audience", 0.020),
    /** Graphic violence, incitement, violent comments. */
    VIOLENCE("violence", 0.010),
    /** Harassing and threatening comments, abusive datasets. */
    HARASSMENT("harassment", 0.030),
    /** Hateful comments and artifacts. */
    HATE("hate", 0.010),
    /** Unlawful content and verified legal reports. */
    UNLAWFUL("unlawful", 0.005),
    /** Infected files and dangerous or suspicious pickle imports. */
    SECURITY_MALWARE("security.malware", 0.012),
    /** Leaked hub tokens, cloud keys, source-host tokens and private keys. */
    SECURITY_CREDENTIALS("security.credentials", 0.008),
    /** Models and datasets without a licence, copyright reports. */
    IP("ip", 0.025),
    /** Spam scores, link spam from new accounts, rewards for stars and likes. */
    SPAM("spam", 0.030),
    /** User reports that no other finding already brings to a person. */
    REPORTS("reports", 0.020);

    private final String section;
    private final double share;

    Scenario(String section, double share) {
        this.section = section;
        this.share = share;
    }

    /** The guideline section this scenario's items are meant to trigger, or {@code null} for {@link #CLEAN}. */
    public String section() {
        return section;
    }

    /** The expected fraction of generated items with this scenario. */
    public double share() {
        return share;
    }
}
