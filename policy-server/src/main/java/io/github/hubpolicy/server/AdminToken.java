package io.github.hubpolicy.server;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;

/**
 * Guards reload and brake release: off unless {@code hubpolicy.server.admin-token} is set; the
 * {@code Authorization: Bearer} token is compared in constant time ({@link MessageDigest#isEqual}
 * over SHA-256 digests, so not even the token's length leaks). The token is never logged.
 */
final class AdminToken {
    private static final String BEARER = "Bearer ";
    private final byte[] expected;

    AdminToken(String token) {
        this.expected = token == null || token.isEmpty() ? null : sha256(token);
    }

    /** @throws ApiException 403 when no token is configured, 401 when the request's is missing or wrong */
    void check(HttpServletRequest request, String what) {
        if (expected == null) {
            throw new ApiException(HttpStatus.FORBIDDEN, "admin_disabled",
                    what + " is off: set hubpolicy.server.admin-token to switch it on");
        }
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        String given = header != null && header.regionMatches(true, 0, BEARER, 0, BEARER.length())
                ? header.substring(BEARER.length()).strip() : "";
        if (!MessageDigest.isEqual(expected, sha256(given))) {
            throw new ApiException(HttpStatus.UNAUTHORIZED, "unauthorized",
                    what + " needs the admin token in the Authorization header (Bearer)");
        }
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }
}
