package io.github.hubpolicy.server;

import io.github.hubpolicy.api.PolicyId;
import io.github.hubpolicy.rules.DroolsPolicyEvaluator;
import io.github.hubpolicy.rules.RuleCompilationException;
import io.github.hubpolicy.rules.RuleInfo;
import io.github.hubpolicy.transparency.SectionCrosswalk;
import io.github.hubpolicy.transparency.TransparencyJson;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The catalog, the rule set in service, reload and the emergency brake. */
@RestController
@RequestMapping(path = "/v1", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "policy", description = "The catalog, the rule set in service, reload and the emergency brake")
final class PolicyController {
    /** Problems named in a rejected reload's message; the service log has them all. */
    private static final int PROBLEMS_SHOWN = 3;

    private final DroolsPolicyEvaluator evaluator;
    private final AdminToken admin;

    PolicyController(DroolsPolicyEvaluator evaluator, AdminToken admin) {
        this.evaluator = evaluator;
        this.admin = admin;
    }

    /**
     * The rule set in service.
     *
     * @param version   the guidelines' version
     * @param rules     the rule-set digest decisions name in {@code policy.rules}
     * @param ruleCount rules compiled, disabled ones included
     * @param disabled  rules switched off (hubpolicy.disabled-rules)
     * @param held      rules the emergency brake holds
     * @param watched   new or changed rules the brake watches
     */
    record PolicyView(String version, String rules, int ruleCount, List<String> disabled, Set<String> held,
                      Set<String> watched) {
    }

    /** One rule in service; {@code held} when the emergency brake holds it. */
    record RuleView(String name, String section, int bullet, String file, int line, String fingerprint, boolean disabled,
                    boolean held) {
    }

    /** The emergency brake's state. */
    record BrakeView(Set<String> held, Set<String> watched) {
    }

    /** The outcome of a release. */
    record Released(String rule, boolean released, Set<String> held) {
    }

    @GetMapping("/sections")
    @Operation(summary = "The guideline sections", description = "The catalog in order, each as policy-cli sections"
            + " --format json prints it, in a JSON array.")
    ResponseEntity<byte[]> sections() {
        String array = SectionCrosswalk.all().stream().map(TransparencyJson::toJson).collect(Collectors.joining(",", "[", "]\n"));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(array.getBytes(StandardCharsets.UTF_8));
    }

    @GetMapping("/policy")
    @Operation(summary = "The rule set in service: version, digest, counts, held and watched rules")
    PolicyView policy() {
        return view(evaluator.policy());
    }

    @GetMapping("/rules")
    @Operation(summary = "The rules in service, in file and line order")
    List<RuleView> rules() {
        Set<String> held = evaluator.heldRules();
        return evaluator.rules().stream().map(r -> new RuleView(r.name(), r.section(), r.bullet(), r.file(), r.line(),
                r.fingerprint(), r.disabled(), held.contains(r.name()))).toList();
    }

    @PostMapping("/reload")
    @Operation(summary = "Compile the rule files again and switch to them (admin token)",
            description = "Decisions in flight finish with the rule set they started with. A rule set that does not"
                    + " compile is rejected (422 rules_rejected) and the last good one keeps serving. 403 until"
                    + " hubpolicy.server.admin-token is set; 401 without the token.")
    PolicyView reload(HttpServletRequest request) {
        admin.check(request, "reload");
        try {
            return view(evaluator.reload());
        } catch (RuleCompilationException e) {
            throw new ApiException(HttpStatus.UNPROCESSABLE_CONTENT, "rules_rejected", e.problems().size()
                    + " problem(s) in the rule files, still serving " + evaluator.policy().rules() + ": "
                    + e.problems().stream().limit(PROBLEMS_SHOWN).map(Object::toString).collect(Collectors.joining("; ")));
        } catch (IllegalArgumentException | java.io.UncheckedIOException e) {
            throw new ApiException(HttpStatus.UNPROCESSABLE_CONTENT, "rules_rejected", "the rule files cannot be read ("
                    + e.getMessage() + "), still serving " + evaluator.policy().rules());
        }
    }

    @GetMapping("/brake")
    @Operation(summary = "Rules the emergency brake holds and watches")
    BrakeView brake() {
        return new BrakeView(evaluator.heldRules(), evaluator.watchedRules());
    }

    @PostMapping("/brake/release")
    @Operation(summary = "Release a rule the emergency brake holds (admin token)",
            description = "A person has looked at the held rule and lets it serve. 404 rule_not_held when it is not held.")
    Released release(@Parameter(description = "The rule's name") @RequestParam("rule") String rule,
                     HttpServletRequest request) {
        admin.check(request, "releasing a held rule");
        if (!evaluator.release(rule)) {
            throw new ApiException(HttpStatus.NOT_FOUND, "rule_not_held", "rule '" + rule
                    + "' is not held by the emergency brake (GET /v1/brake lists the held rules)");
        }
        return new Released(rule, true, evaluator.heldRules());
    }

    private PolicyView view(PolicyId id) {
        List<RuleInfo> rules = evaluator.rules();
        return new PolicyView(id.version(), id.rules(), rules.size(),
                rules.stream().filter(RuleInfo::disabled).map(RuleInfo::name).toList(),
                evaluator.heldRules(), evaluator.watchedRules());
    }
}
