package io.github.hubpolicy.server;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Replaces Boot's {@code /error} (its HTML "Whitelabel" page and its JSON with a trace): errors
 * raised outside the API's controllers (the container's own, a filter's) are an {@link ApiError} too.
 */
@RestController
final class JsonErrorController implements ErrorController {

    @RequestMapping("${server.error.path:/error}")
    ResponseEntity<ApiError> error(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer value && HttpStatus.resolve(value) != null
                ? HttpStatus.valueOf(value) : HttpStatus.INTERNAL_SERVER_ERROR;
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String where = uri == null ? "the request" : uri.toString();
        return switch (status) {
            case NOT_FOUND -> ApiErrorHandler.json(status, "not_found", "no endpoint at " + where + " (the API is under /v1)");
            case CONTENT_TOO_LARGE -> ApiErrorHandler.json(status, "body_too_large", "the request body is over the limit");
            case BAD_REQUEST -> ApiErrorHandler.json(status, "bad_request", "the request to " + where + " is not valid HTTP");
            default -> ApiErrorHandler.json(status, status.is5xxServerError() ? "internal_error" : "http_" + status.value(),
                    "the request to " + where + " failed with HTTP status " + status.value());
        };
    }
}
