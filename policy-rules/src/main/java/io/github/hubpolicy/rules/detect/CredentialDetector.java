package io.github.hubpolicy.rules.detect;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds credentials (section 4): hub access tokens, cloud access key ids and source-host personal
 * tokens, each bounded by non-alphanumeric characters or the text's ends and of an exact length;
 * and PEM private key markers anywhere in the text.
 *
 * <p>Linear: a token is checked only where its prefix starts, reading a bounded number of
 * characters; a PEM marker reads its words forward, and the words end before the next marker.
 */
final class CredentialDetector {
    static final String HUB_TOKEN_PREFIX = "hf_";
    static final String ORG_TOKEN_PREFIX = "api_org_";
    static final String CLOUD_KEY_PREFIX = "AKIA";
    static final String SOURCE_HOST_PREFIX = "ghp_";
    static final String PEM_BEGIN = "-----BEGIN ";
    private static final String PEM_END = "PRIVATE KEY-----";

    private CredentialDetector() {
    }

    static List<Credential> find(TextField field, String text) {
        List<Credential> found = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            int end = -1;
            CredentialKind kind = null;
            switch (text.charAt(i)) {
                case 'h' -> {
                    end = tokenEnd(text, i, HUB_TOKEN_PREFIX, 34, false);
                    kind = CredentialKind.HUB_TOKEN;
                }
                case 'a' -> {
                    end = tokenEnd(text, i, ORG_TOKEN_PREFIX, 34, false);
                    kind = CredentialKind.HUB_TOKEN;
                }
                case 'A' -> {
                    end = tokenEnd(text, i, CLOUD_KEY_PREFIX, 16, true);
                    kind = CredentialKind.CLOUD_ACCESS_KEY;
                }
                case 'g' -> {
                    end = tokenEnd(text, i, SOURCE_HOST_PREFIX, 36, false);
                    kind = CredentialKind.SOURCE_HOST_TOKEN;
                }
                case '-' -> {
                    end = pemMarkerEnd(text, i);
                    kind = CredentialKind.PRIVATE_KEY;
                }
                default -> {
                    // not the start of any credential
                }
            }
            if (end > 0) {
                found.add(new Credential(kind, new Span(field, i, end)));
                i = end;
            } else {
                i++;
            }
        }
        return found;
    }

    /**
     * The end of {@code prefix} followed by exactly {@code length} letters or digits (upper-case
     * letters or digits when {@code upperOnly}), bounded on both sides, or -1.
     */
    private static int tokenEnd(String text, int start, String prefix, int length, boolean upperOnly) {
        if (!text.startsWith(prefix, start) || !Ascii.isBoundedBefore(text, start)) {
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
     * {@code PRIVATE KEY-----} starting at {@code start}, or -1.
     */
    private static int pemMarkerEnd(String text, int start) {
        if (!text.startsWith(PEM_BEGIN, start)) {
            return -1;
        }
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
