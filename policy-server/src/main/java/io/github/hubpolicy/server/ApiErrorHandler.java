package io.github.hubpolicy.server;

import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.async.AsyncRequestNotUsableException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/** Every error of the API as JSON ({@link ApiError}), whatever the client accepts. */
@RestControllerAdvice
final class ApiErrorHandler {
    private static final Logger LOG = LoggerFactory.getLogger(ApiErrorHandler.class);

    @ExceptionHandler(ApiException.class)
    ResponseEntity<ApiError> refused(ApiException e) {
        ResponseEntity.BodyBuilder response = ResponseEntity.status(e.status()).contentType(MediaType.APPLICATION_JSON);
        if (e.retryAfter() != null) {
            response.header(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, e.retryAfter().toSeconds())));
        }
        return response.body(e.error());
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ApiError> method(HttpRequestMethodNotSupportedException e, HttpServletRequest request) {
        return json(HttpStatus.METHOD_NOT_ALLOWED, "method_not_allowed", request.getRequestURI() + " does not take "
                + e.getMethod() + "; it takes " + String.join(", ", e.getSupportedMethods() == null ? new String[0]
                : e.getSupportedMethods()));
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ApiError> contentType(HttpMediaTypeNotSupportedException e) {
        return json(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported_content_type",
                "Content-Type " + e.getContentType() + " is not accepted; use " + e.getSupportedMediaTypes());
    }

    @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
    ResponseEntity<ApiError> accept(HttpMediaTypeNotAcceptableException e) {
        return json(HttpStatus.NOT_ACCEPTABLE, "not_acceptable", "the response can only be " + e.getSupportedMediaTypes());
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ApiError> unreadable(HttpMessageNotReadableException e) {
        return json(HttpStatus.BAD_REQUEST, "malformed_json", "the request body is not the JSON object this endpoint takes");
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<ApiError> parameter(MissingServletRequestParameterException e) {
        return json(HttpStatus.BAD_REQUEST, "missing_parameter", "query parameter '" + e.getParameterName() + "' is required");
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ResponseEntity<ApiError> notFound(NoResourceFoundException e, HttpServletRequest request) {
        return json(HttpStatus.NOT_FOUND, "not_found", "no endpoint at " + request.getRequestURI() + " (the API is under /v1)");
    }

    /** The client has gone (a closed page's event stream): nobody is left to answer. */
    @ExceptionHandler(AsyncRequestNotUsableException.class)
    void clientGone() {
        // Nothing to write and nothing to log: closing a page is not an error.
    }

        /** Anything else: logged with its class, answered without it. */
    @ExceptionHandler(Exception.class)
    ResponseEntity<ApiError> unexpected(Exception e, HttpServletRequest request) {
        LOG.warn("Request {} {} failed: {}", request.getMethod(), request.getRequestURI(), e.getClass().getName());
        return json(HttpStatus.INTERNAL_SERVER_ERROR, "internal_error", "the service failed to answer this request");
    }

    static ResponseEntity<ApiError> json(HttpStatus status, String code, String message) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(new ApiError(code, message));
    }
}
