package io.github.hubpolicy.server;

import java.time.Duration;
import org.springframework.http.HttpStatus;

/** A request the service refuses: turned into an {@link ApiError} response by {@link ApiErrorHandler}. */
final class ApiException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final HttpStatus status;
    private final String code;
    private final transient Duration retryAfter;

    ApiException(HttpStatus status, String code, String message) {
        this(status, code, message, null);
    }

    ApiException(HttpStatus status, String code, String message, Duration retryAfter) {
        super(message, null, false, false);
        this.status = status;
        this.code = code;
        this.retryAfter = retryAfter;
    }

    HttpStatus status() {
        return status;
    }

    ApiError error() {
        return new ApiError(code, getMessage());
    }

    /** The Retry-After of a 503, or null. */
    Duration retryAfter() {
        return retryAfter;
    }
}
