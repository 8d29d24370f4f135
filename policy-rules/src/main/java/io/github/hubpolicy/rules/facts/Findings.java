package io.github.hubpolicy.rules.facts;

import io.github.hubpolicy.api.Action;
import io.github.hubpolicy.api.internal.SafeText;
import io.github.hubpolicy.api.Verdict;
import io.github.hubpolicy.rules.detect.Span;
import io.github.hubpolicy.rules.detect.TextMatch;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.rule.RuleContext;

/**
 * What rule consequences call. A consequence records one finding and does nothing else:
 *
 * <pre>
 * finding( drools, Verdict.RESTRICT )
 *     .actions( Action.HUMAN_REVIEW, Action.DISABLE )
 *     .evidence( $item.signals("sexual/minors") )
 *     .because( "Possibly sexual content involving minors: %s.", $item.describe("sexual/minors") );
 * </pre>
 *
 * The section and bullet come from the rule's {@code @section} and {@code @bullet} metadata,
 * the rule name from the rule. The finding is inserted logically: when an earlier bullet fires
 * later ("Otherwise"), the engine retracts it.
 *
 * <p>An {@code @escalation} rule (the repeat-offender rule, written once for every conduct section)
 * records a finding on a section's behalf: {@code finding( drools, $section, verdict )} names it
 * {@code "<section>: <rule name>"} and places it after the section's bullets.
 */
public final class Findings {
    private Findings() {
    }

    /** Starts the finding of the rule whose consequence is running. */
    public static Draft finding(RuleContext drools, Verdict verdict) {
        Rule rule = drools.getRule();
        Map<String, Object> meta = rule.getMetaData();
        return new Draft(drools, (String) meta.get("section"), rule.getName(), ((Number) meta.get("bullet")).intValue(),
                meta.containsKey("softenable"), meta.containsKey("conduct"), verdict);
    }

    /**
     * The same, in the executable model the bundled rules are prebuilt into, where a consequence's
     * {@code drools} is an {@link org.drools.model.Drools} (and, in Drools' implementation, also a
     * {@link RuleContext}).
     */
    public static Draft finding(org.drools.model.Drools drools, Verdict verdict) {
        return finding((RuleContext) drools, verdict);
    }

    /**
     * Starts the finding an {@code @escalation} rule records for {@code section}: named {@code
     * "<section>: <rule name>"} (the repeat-offender rule gives {@code hate: repeat offender}), with
     * the bullet after the section's last, so that it is listed after them (guidelines.md, section 1).
     */
    public static Draft finding(RuleContext drools, String section, Verdict verdict) {
        Rule rule = drools.getRule();
        return new Draft(drools, section, section + ": " + rule.getName(), lastBullet(drools, section) + 1,
                false, false, verdict);
    }

    /** The same, in the executable model (see {@link #finding(org.drools.model.Drools, Verdict)}). */
    public static Draft finding(org.drools.model.Drools drools, String section, Verdict verdict) {
        return finding((RuleContext) drools, section, verdict);
    }

    /** The highest {@code @bullet} of the section's rules in the running rule base. */
    private static int lastBullet(RuleContext drools, String section) {
        int last = 0;
        for (KiePackage kiePackage : drools.getKieRuntime().getKieBase().getKiePackages()) {
            for (Rule rule : kiePackage.getRules()) {
                Map<String, Object> meta = rule.getMetaData();
                if (section.equals(meta.get("section")) && meta.get("bullet") instanceof Number bullet) {
                    last = Math.max(last, bullet.intValue());
                }
            }
        }
        return last;
    }

    /** The most severe verdict among findings (for the repeat-offender rule). */
    public static Verdict mostSevere(Collection<RuleFinding> findings) {
        Verdict worst = Verdict.ALLOW;
        for (RuleFinding finding : findings) {
            worst = worst.max(finding.getVerdict());
        }
        return worst;
    }

    /** The people, described for a rationale: {@code Jane Doe (private person) and a public figure}. */
    public static String people(Collection<?> people) {
        return join(people.stream().map(p -> ((DepictedPerson) p).describe()).collect(Collectors.toList()));
    }

    /** The imports with their files, for a rationale: {@code os.system in model.bin}. */
    public static String imports(Collection<?> imports) {
        return join(imports.stream().map(i -> ((PickleImport) i).describe()).distinct().collect(Collectors.toList()));
    }

    /** The files' paths, for a rationale. */
    public static String files(Collection<?> files) {
        return join(files.stream().map(f -> SafeText.masked(((UploadedFile) f).getPath())).collect(Collectors.toList()));
    }

    /** What was found, by kind and never by value: {@code a hub access token}. */
    public static String kinds(Collection<? extends TextMatch> matches) {
        return join(matches.stream().map(m -> m.kind().description()).map(kind -> article(kind) + kind).distinct()
                .collect(Collectors.toList()));
    }

    private static String article(String noun) {
        return "aeiouAEIOU".indexOf(noun.charAt(0)) >= 0 ? "an " : "a ";
    }

    private static String join(List<String> parts) {
        if (parts.size() <= 1) {
            return String.join("", parts);
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
    }

    /**
     * The fact types {@link Draft#evidence} describes, besides text and collections of them. {@code
     * validate} checks rule files against this list, so a rule that passes anything else is refused
     * before it can fail on an item.
     */
    private static final List<Class<?>> EVIDENCE_TYPES = List.of(String.class, DepictedPerson.class, UploadedFile.class,
            PickleImport.class, UserReport.class, TextMatch.class);

    /** Whether {@code evidence(...)} can describe a fact of this type. */
    public static boolean isEvidence(Class<?> type) {
        return EVIDENCE_TYPES.stream().anyMatch(t -> t.isAssignableFrom(type));
    }

    /** Evidence for one fact: the fields it stands for, never a matched value. */
    static void addEvidence(List<String> into, Object fact) {
        if (fact instanceof String s) {
            into.add(s);
        } else if (fact instanceof Collection<?> many) {
            many.forEach(each -> addEvidence(into, each));
        } else if (fact instanceof DepictedPerson p) {
            into.addAll(p.evidence());
        } else if (fact instanceof UploadedFile f) {
            into.addAll(f.evidence());
        } else if (fact instanceof PickleImport i) {
            into.addAll(i.evidence());
        } else if (fact instanceof UserReport r) {
            into.addAll(r.evidence());
        } else if (fact instanceof TextMatch match) {
            into.add(at(match.span(), match.kind().description()));
        } else {
            throw new IllegalArgumentException("no evidence form for " + fact.getClass().getSimpleName());
        }
    }

    private static String at(Span span, String what) {
        return span.field().wireName() + ": " + what + " at " + span.start() + ".." + span.end();
    }

    /**
     * {@code String.format(Locale.ROOT, pattern, args)}, the formatter's result exactly, without the
     * formatter where a rationale needs none of it: every bundled rationale uses only {@code %s}
     * with text and {@code %d} with whole numbers, which print as {@code String.valueOf} prints
     * them (no locale digits or grouping under {@code Locale.ROOT}). Any other specifier or argument
     * (a width, {@code %%}, a {@code Formattable}, a missing argument) goes to the formatter, which
     * formats or fails as before.
     */
    static String rationale(String pattern, Object... args) {
        StringBuilder out = null;
        int next = 0;
        int copied = 0;
        for (int i = pattern.indexOf('%'); i >= 0; i = pattern.indexOf('%', i)) {
            char conversion = i + 1 < pattern.length() ? pattern.charAt(i + 1) : 0;
            Object arg = next < args.length ? args[next] : null;
            boolean plain = conversion == 's' && arg instanceof String
                    || conversion == 'd' && (arg instanceof Integer || arg instanceof Long);
            if (!plain) {
                return String.format(java.util.Locale.ROOT, pattern, args);
            }
            if (out == null) {
                out = new StringBuilder(pattern.length() + 64);
            }
            out.append(pattern, copied, i).append(arg);
            next++;
            i += 2;
            copied = i;
        }
        return out == null ? pattern : out.append(pattern, copied, pattern.length()).toString();
    }

    /** A finding being recorded; {@link #because} records it. */
    public static final class Draft {
        private final RuleContext drools;
        private final String section;
        private final String rule;
        private final int bullet;
        private final boolean softenable;
        private final boolean conduct;
        private final Verdict verdict;
        private final EnumSet<Action> actions = EnumSet.noneOf(Action.class);
        private final List<String> evidence = new ArrayList<>();

        private Draft(RuleContext drools, String section, String rule, int bullet, boolean softenable, boolean conduct,
                      Verdict verdict) {
            this.drools = drools;
            this.section = section;
            this.rule = rule;
            this.bullet = bullet;
            this.softenable = softenable;
            this.conduct = conduct;
            this.verdict = verdict;
        }

        /** The actions the finding recommends (in any order; decisions list them canonically). */
        public Draft actions(Action... more) {
            actions.addAll(List.of(more));
            return this;
        }

        /** More actions, only when {@code condition} holds (e.g. revoke a leaked hub token). */
        public Draft alsoIf(boolean condition, Action... more) {
            return condition ? actions(more) : this;
        }

        /** The facts or field descriptions that decided; collections are flattened. */
        public Draft evidence(Object... facts) {
            for (Object fact : facts) {
                addEvidence(evidence, fact);
            }
            return this;
        }

        /** Records the finding with its rationale: one plain sentence ({@link String#format}). */
        public void because(String rationale, Object... args) {
            RuleFinding finding = new RuleFinding(section, rule, bullet, softenable, conduct, drools.getRule().getName(),
                    verdict, actions, rationale(rationale, args), evidence);
            drools.insertLogical(finding);
        }
    }
}
