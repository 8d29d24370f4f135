package io.github.hubpolicy.server;

import io.github.hubpolicy.api.ContentItem;
import io.github.hubpolicy.api.InvalidItemException;
import io.github.hubpolicy.json.ItemReader;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpStatus;

/** Reads the one item of a single-item request within the size and time limits, errors naming the field. */
final class ItemBodies {
    private final ItemReader reader;
    private final ServerSettings settings;

    ItemBodies(ItemReader reader, ServerSettings settings) {
        this.reader = reader;
        this.settings = settings;
    }

    /** @throws ApiException 413, 408 or 400 naming the field */
    ContentItem read(HttpServletRequest request) throws IOException {
        String json = text(request);
        try {
            return reader.parse(json);
        } catch (InvalidItemException e) {
            throw new ApiException(HttpStatus.BAD_REQUEST,
                    e.problem().startsWith("unknown field") ? "unknown_field" : "invalid_item", e.getMessage());
        } catch (IllegalArgumentException e) {
            throw new ApiException(HttpStatus.BAD_REQUEST,
                    e.getMessage().startsWith("malformed JSON") || e.getMessage().startsWith("JSON ")
                            ? "malformed_json" : "invalid_item", e.getMessage());
        }
    }

    /** The body's text, read within the size and time limits and not blank; parsing is the caller's. */
    String text(HttpServletRequest request) throws IOException {
        long max = settings.maxBodySize().toBytes();
        if (request.getContentLengthLong() > max) {
            throw new ApiException(HttpStatus.CONTENT_TOO_LARGE, "body_too_large", "the request body ("
                    + request.getContentLengthLong() + " bytes) is over the limit of " + max + " bytes");
        }
        long deadline = System.nanoTime() + settings.requestTimeout().toNanos();
        byte[] bytes;
        try (InputStream in = new RequestInput(request.getInputStream(), max, deadline,
                settings.requestTimeout().toString(), atLineEnd -> { })) {
            bytes = in.readAllBytes();
        }
        String json = new String(bytes, StandardCharsets.UTF_8);
        if (json.length() > settings.maxItemChars()) {
            throw new ApiException(HttpStatus.CONTENT_TOO_LARGE, "item_too_large", "the item (" + json.length()
                    + " characters) is over the limit of " + settings.maxItemChars() + " characters");
        }
        if (json.isBlank()) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "empty_body", "the request body is empty; send one item as JSON");
        }
        return json;
    }
}
