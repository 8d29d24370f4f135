package io.github.hubpolicy.rules.detect;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds credentials (section 4): hub access tokens, cloud access key ids and source-host personal
 * tokens, each bounded by non-alphanumeric characters or the text's ends and of an exact length;
 * and PEM private key markers anywhere in the text.
 *
 * <p>Linear: each credential's prefix is found with {@code String.indexOf} (the fastest way through
 * a text that, like most, holds none of them), a token is checked only where its prefix starts,
 * reading a bounded number of characters; a PEM marker reads its words forward, and the words
 * end before the next marker.
 */
final class CredentialDetector {
    static final String HUB_TOKEN_PREFIX = "hf_";
    static final String ORG_TOKEN_PREFIX = "api_org_";
    static final String CLOUD_KEY_PREFIX = "AKIA";
    static final String SOURCE_HOST_PREFIX = "ghp_";
    static final String PEM_BEGIN = "-----BEGIN ";
    private static final String PEM_END = "PRIVATE KEY-----";
    /** What each credential starts with; no two start with the same character, so at most one starts at any index. */
    private static final String[] PREFIXES = {HUB_TOKEN_PREFIX, ORG_TOKEN_PREFIX, CLOUD_KEY_PREFIX, SOURCE_HOST_PREFIX, PEM_BEGIN};
    /** The kind of credential each of {@link #PREFIXES} starts. */
    private static final CredentialKind[] KINDS = {
        CredentialKind.HUB_TOKEN, CredentialKind.HUB_TOKEN, CredentialKind.CLOUD_ACCESS_KEY,
        CredentialKind.SOURCE_HOST_TOKEN, CredentialKind.PRIVATE_KEY};

    private CredentialDetector() {
    }

    /** The credentials in {@code text}, in order; allocates nothing when there is none. */
    static List<Credential> find(TextField field, String text) {
        int first = -1;
        int present = 0;   // a bit per prefix that occurs at all
        for (int k = 0; k < PREFIXES.length; k++) {
            int at = text.indexOf(PREFIXES[k]);
            if (at >= 0) {
                present |= 1 << k;
                first = first < 0 ? at : Math.min(first, at);
            }
        }
        if (first < 0) {
            return List.of();
        }
        List<Credential> found = List.of();
        // The next occurrence of each prefix at or after the index read up to, -1 when there is no more.
        int[] next = new int[PREFIXES.length];
        for (int k = 0; k < PREFIXES.length; k++) {
            next[k] = (present & 1 << k) == 0 ? -1 : text.indexOf(PREFIXES[k], first);
        }
        int from = first;
        while (true) {
            int k = nextPrefix(text, next, from);
            if (k < 0) {
                return found;
            }
            int start = next[k];
            int end = switch (k) {
                case 0 -> tokenEnd(text, start, HUB_TOKEN_PREFIX, 34, false);
                case 1 -> tokenEnd(text, start, ORG_TOKEN_PREFIX, 34, false);
                case 2 -> tokenEnd(text, start, CLOUD_KEY_PREFIX, 16, true);
                case 3 -> tokenEnd(text, start, SOURCE_HOST_PREFIX, 36, false);
                default -> pemMarkerEnd(text, start);
            };
            if (end > 0) {
                if (found.isEmpty()) {
                    found = new ArrayList<>();
                }
                found.add(new Credential(KINDS[k], new Span(field, start, end)));
                from = end;
            } else {
                from = start + 1;
            }
        }
    }

    /**
     * Which prefix occurs first at or after {@code from} (its index in {@link #PREFIXES}), or -1;
     * advances {@code next} past {@code from} first.
     */
    private static int nextPrefix(String text, int[] next, int from) {
        int first = -1;
        for (int k = 0; k < next.length; k++) {
            if (next[k] >= 0 && next[k] < from) {
                next[k] = text.indexOf(PREFIXES[k], from);
            }
            if (next[k] >= 0 && (first < 0 || next[k] < next[first])) {
                first = k;
            }
        }
        return first;
    }

    /**
     * The end of {@code prefix} (which starts at {@code start}) followed by exactly {@code length}
     * letters or digits (upper-case letters or digits when {@code upperOnly}), bounded on both
     * sides, or -1.
     */
    private static int tokenEnd(String text, int start, String prefix, int length, boolean upperOnly) {
        if (!Ascii.isBoundedBefore(text, start)) {
            return -1;
        }
        int bodyStart = start + prefix.length();
        // Read one past the wanted length, so a longer run is seen and refused.
        int bodyEnd = Ascii.alnumRunEnd(text, bodyStart, length + 1);
        if (bodyEnd - bodyStart != length) {
            return -1;
        }
        if (upperOnly) {
            for (int i = bodyStart; i < bodyEnd; i++) {
                if (!Ascii.isUpper(text.charAt(i)) && !Ascii.isDigit(text.charAt(i))) {
                    return -1;
                }
            }
        }
        return bodyEnd;
    }

    /**
     * The end of {@code -----BEGIN } + upper-case words (each followed by one space) +
     * {@code PRIVATE KEY-----} starting at {@code start} (where {@code -----BEGIN } starts), or -1.
     */
    private static int pemMarkerEnd(String text, int start) {
        int pos = start + PEM_BEGIN.length();
        while (true) {
            if (text.startsWith(PEM_END, pos)) {
                return pos + PEM_END.length();
            }
            int wordEnd = pos;
            while (wordEnd < text.length() && Ascii.isUpper(text.charAt(wordEnd))) {
                wordEnd++;
            }
            if (wordEnd == pos || wordEnd >= text.length() || text.charAt(wordEnd) != ' ') {
                return -1;
            }
            pos = wordEnd + 1;
        }
    }
}
