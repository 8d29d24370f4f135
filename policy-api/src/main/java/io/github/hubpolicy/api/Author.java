package io.github.hubpolicy.api;

/**
 * Who wrote an item.
 *
 * @param id              the author's hub id, or {@code null} when unknown
 * @param accountAgeDays  the account's age in days, or {@code null} when unknown (rules that need it do not fire)
 * @param priorViolations confirmed earlier violations, {@code >= 0}
 * @param staff           whether the author is hub staff
 */
public record Author(String id, Integer accountAgeDays, int priorViolations, boolean staff) {
    /** Nothing known about the author. */
    public static final Author UNKNOWN = new Author(null, null, 0, false);

    public Author {
        if (accountAgeDays != null) {
            Checks.nonNegative("accountAgeDays", accountAgeDays);
        }
        Checks.nonNegative("priorViolations", priorViolations);
    }
}
