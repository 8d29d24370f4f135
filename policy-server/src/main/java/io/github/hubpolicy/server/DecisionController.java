package io.github.hubpolicy.server;

import io.github.hubpolicy.api.ContentItem;
import io.github.hubpolicy.api.Decision;
import io.github.hubpolicy.api.PolicyEvaluator;
import io.github.hubpolicy.json.DecisionWriter;
import io.github.hubpolicy.transparency.AuditRecords;
import io.github.hubpolicy.transparency.TransparencyJson;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Deciding one item: the decision, its statement of reasons, its audit line. Each body is the
 * policy-json writer's line and a line break, byte for byte what {@code policy-cli evaluate}
 * prints; Spring's own JSON mapper never touches it.
 */
@RestController
@RequestMapping("/v1")
@Tag(name = "decide", description = "Decisions on content items (item-format.md)")
final class DecisionController {
    private static final MediaType JSON = MediaType.APPLICATION_JSON;

    private final PolicyEvaluator evaluator;
    private final ItemBodies items;
    private final DecisionPermits permits;
    private final DecisionSlots slots;
    private final ServerSettings settings;
    private final Transparency transparency;

    DecisionController(PolicyEvaluator evaluator, ItemBodies items, DecisionPermits permits, DecisionSlots slots,
                       ServerSettings settings, Transparency transparency) {
        this.evaluator = evaluator;
        this.items = items;
        this.permits = permits;
        this.slots = slots;
        this.settings = settings;
        this.transparency = transparency;
    }

    @PostMapping(path = "/decide", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Decide one item", description = "The item JSON of item-format.md in; the decision JSON out, as"
            + " policy-cli evaluate prints it (policy.rules names the digest of the rule set that decided it).",
            requestBody = @RequestBody(required = true, content = @Content(mediaType = "application/json",
                    schema = @Schema(type = "object", description = "A content item (item-format.md)"))),
            responses = {
                    @ApiResponse(responseCode = "200", description = "The decision",
                            content = @Content(mediaType = "application/json", schema = @Schema(type = "object"))),
                    @ApiResponse(responseCode = "400", description = "malformed_json, unknown_field, invalid_item, empty_body",
                            content = @Content(schema = @Schema(implementation = ApiError.class))),
                    @ApiResponse(responseCode = "413", description = "body_too_large, item_too_large",
                            content = @Content(schema = @Schema(implementation = ApiError.class))),
                    @ApiResponse(responseCode = "415", description = "unsupported_content_type",
                            content = @Content(schema = @Schema(implementation = ApiError.class))),
                    @ApiResponse(responseCode = "503", description = "overloaded (with Retry-After)",
                            content = @Content(schema = @Schema(implementation = ApiError.class)))})
    ResponseEntity<byte[]> decide(HttpServletRequest request) throws IOException {
        ContentItem item = items.read(request);
        return line(DecisionWriter.toJson(decide(item)));
    }

    @PostMapping(path = "/statement", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Statement of reasons for one item",
            description = "Decides the item; for a RESTRICT or REMOVE decision, its DSA statement of reasons as policy-cli"
                    + " evaluate --format statement prints it; 204 for a milder decision. Off (501) until"
                    + " hubpolicy.server.statements.policy-url is set.",
            requestBody = @RequestBody(required = true, content = @Content(mediaType = "application/json",
                    schema = @Schema(type = "object", description = "A content item (item-format.md)"))),
            responses = {
                    @ApiResponse(responseCode = "200", description = "The statement of reasons",
                            content = @Content(mediaType = "application/json", schema = @Schema(type = "object"))),
                    @ApiResponse(responseCode = "204", description = "The decision needs no statement (below RESTRICT)"),
                    @ApiResponse(responseCode = "501", description = "statements_off",
                            content = @Content(schema = @Schema(implementation = ApiError.class)))})
    ResponseEntity<byte[]> statement(HttpServletRequest request) throws IOException {
        if (transparency.statements() == null) {
            throw new ApiException(HttpStatus.NOT_IMPLEMENTED, "statements_off",
                    "statements of reasons are off: set hubpolicy.server.statements.policy-url");
        }
        ContentItem item = items.read(request);
        Optional<String> statement = transparency.statements().of(decide(item), item).map(TransparencyJson::toJson);
        return statement.map(DecisionController::line).orElseGet(() -> ResponseEntity.noContent().build());
    }

    @PostMapping(path = "/audit", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Audit line for one item",
            description = "Decides the item and returns its audit line as policy-cli evaluate --audit writes it (time, item"
                    + " digest, rule set, findings; depicted people's names hashed with the salt). Off (501) until"
                    + " hubpolicy.server.audit.salt is set or hubpolicy.server.audit.keep-names is true.",
            requestBody = @RequestBody(required = true, content = @Content(mediaType = "application/json",
                    schema = @Schema(type = "object", description = "A content item (item-format.md)"))),
            responses = {
                    @ApiResponse(responseCode = "200", description = "The audit line",
                            content = @Content(mediaType = "application/json", schema = @Schema(type = "object"))),
                    @ApiResponse(responseCode = "501", description = "audit_off",
                            content = @Content(schema = @Schema(implementation = ApiError.class)))})
    ResponseEntity<byte[]> audit(HttpServletRequest request) throws IOException {
        AuditRecords audit = transparency.audit();
        if (audit == null) {
            throw new ApiException(HttpStatus.NOT_IMPLEMENTED, "audit_off",
                    "audit lines are off: set hubpolicy.server.audit.salt (or hubpolicy.server.audit.keep-names=true)");
        }
        ContentItem item = items.read(request);
        return line(TransparencyJson.toJson(audit.of(decide(item), item)));
    }

    /** Admitted (or 503 at once), then decided when a slot is free, within the request's time limit. */
    private Decision decide(ContentItem item) {
        try (DecisionPermits.Permit permit = permits.acquire()) {
            return slots.decide(() -> evaluator.evaluate(item),
                    System.nanoTime() + settings.requestTimeout().toNanos(), settings.requestTimeout().toString());
        }
    }

    private static ResponseEntity<byte[]> line(String json) {
        return ResponseEntity.ok().contentType(JSON).body((json + "\n").getBytes(StandardCharsets.UTF_8));
    }
}
