package io.github.hubpolicy.rules;

import io.github.hubpolicy.rules.DrlTokens.Tok;
import io.github.hubpolicy.rules.facts.Findings;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.drl.ast.descr.AccumulateDescr;
import org.drools.drl.ast.descr.AnnotationDescr;
import org.drools.drl.ast.descr.AttributeDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.CollectDescr;
import org.drools.drl.ast.descr.ConditionalElementDescr;
import org.drools.drl.ast.descr.EvalDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.FromDescr;
import org.drools.drl.ast.descr.ImportDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsError;
import org.drools.drl.parser.DroolsParserException;
import org.drools.drl.parser.ParserError;

/**
 * The checks Drools does not make, on each file's parsed rules (Drools' own descriptors: rule,
 * annotations, attributes, patterns, constraints, consequence) and never on raw text: every rule
 * names its catalog section and bullet, joins a known phase, reads only known signal and capability
 * names, passes {@code evidence(...)} what it can describe, records a finding, and does not mix
 * {@code ||} and {@code &&} without parentheses (a warning). A file that does not parse gets its
 * syntax errors, located at the rule that holds them; the other files are still checked, so one
 * run reports every problem of every file.
 */
final class RuleLint {
    /** Item methods that take signal names. */
    private static final Set<String> SIGNAL_READERS = Set.of("likely", "possible", "possibleBand", "score", "signals", "describe");
    /** Item methods that take capability names. */
    private static final Set<String> CAPABILITY_READERS = Set.of("can");
    private static final Set<String> PHASE_ATTRIBUTES = Set.of("ruleflow-group", "agenda-group");
    private static final Pattern DIALECT_MVEL = Pattern.compile("(?m)^([ \\t]*)dialect\\s+\"mvel\"");
    private static final Pattern RULE_IN_ERROR = Pattern.compile("in rule \"([^\"]+)\"");
    private static final Pattern PARSER_PREFIX = Pattern.compile("^\\[ERR \\d+] Line \\d+:\\d+\\s*");
    private static final Pattern NEXT_DECLARATION = Pattern.compile("^\\s*(rule|query|function|declare)\\b.*");
    private static final Pattern END = Pattern.compile("^\\s*end\\b.*");
    private static final Pattern BULLET = Pattern.compile("[1-9][0-9]*");

    /**
     * What the lint found.
     *
     * @param problems  errors and warnings, in file and line order
     * @param unparsed  the paths of the files that did not parse (the compiler skips them)
     * @param namesRead the signal and capability names the parsed rules read
     */
    record Result(List<RuleProblem> problems, Set<String> unparsed, NamesRead namesRead) {
    }

    private final Catalog catalog;
    private final Vocabulary vocabulary;
    private final List<RuleProblem> problems = new ArrayList<>();
    private final Set<String> unparsed = new HashSet<>();
    private final Set<String> signalsRead = new TreeSet<>();
    private final Set<String> capabilitiesRead = new TreeSet<>();
    /** Where each rule is declared, by package and name, for the duplicate check. */
    private final Map<String, List<RuleProblem>> declarations = new java.util.LinkedHashMap<>();

    private RuleLint(Catalog catalog, Vocabulary vocabulary) {
        this.catalog = catalog;
        this.vocabulary = vocabulary;
    }

    static Result check(List<RuleFile> files, Catalog catalog, Vocabulary vocabulary) {
        RuleLint lint = new RuleLint(catalog, vocabulary);
        lint.problems.addAll(vocabulary.problems());
        for (RuleFile file : files) {
            lint.checkFile(file);
        }
        lint.checkDuplicates();
        return new Result(List.copyOf(lint.problems), Set.copyOf(lint.unparsed),
                new NamesRead(lint.signalsRead, lint.capabilitiesRead));
    }

    private void checkFile(RuleFile file) {
        checkDialect(file);
        DrlParser parser = new DrlParser();
        PackageDescr parsed;
        try {
            parsed = parser.parse(false, file.content());
        } catch (DroolsParserException e) {
            problems.add(new RuleProblem(file.path(), Math.max(e.getLineNumber(), 0), 0, e.getMessage()));
            unparsed.add(file.path());
            return;
        }
        if (parser.hasErrors() || parsed == null) {
            for (DroolsError error : parser.getErrors()) {
                problems.add(syntaxProblem(file, error));
            }
            unparsed.add(file.path());
            return;
        }
        Types types = new Types(parsed);
        for (RuleDescr rule : parsed.getRules()) {
            declarations.computeIfAbsent(parsed.getName() + "\0" + rule.getName(), k -> new ArrayList<>())
                    .add(new RuleProblem(file.path(), rule.getLine(), 0, rule.getName()));
            new RuleCheck(file, rule, types).run();
        }
    }

    /**
     * Two rules of one name in one package: Drools would report it at the bundled file; the
     * author needs the file that repeats the name (theirs), so bundled declarations count first.
     */
    private void checkDuplicates() {
        for (List<RuleProblem> places : declarations.values()) {
            List<RuleProblem> ordered = new ArrayList<>(places);
            ordered.sort(java.util.Comparator.comparing((RuleProblem p) -> !p.file().startsWith(RuleFile.BUNDLED_ROOT)));
            RuleProblem first = ordered.get(0);
            for (RuleProblem again : ordered.subList(1, ordered.size())) {
                problems.add(new RuleProblem(again.file(), again.line(), 0, "rule \"" + again.message()
                        + "\" has the name of the rule at " + first.file() + ":" + first.line() + ": rule names must be unique"));
            }
        }
    }

    /**
     * Consequences in the MVEL dialect are not safe when one rule base serves many threads: in
     * Drools 10.2 our stress test (eight threads sharing an evaluator across reloads) saw one fail
     * with a {@code NullPointerException}, and Drools has had such races in MVEL consequences
     * (DROOLS-6432). MVEL would spare the Java compiler and halve a cold start, but thread safety
     * is the evaluator's contract.
     */
    private void checkDialect(RuleFile file) {
        Matcher mvel = DIALECT_MVEL.matcher(file.content());
        while (mvel.find()) {
            int line = 1 + (int) file.content().substring(0, mvel.start()).chars().filter(c -> c == '\n').count();
            problems.add(new RuleProblem(file.path(), line, mvel.group(1).length(), "dialect \"mvel\" is not allowed:"
                    + " MVEL consequences are not thread-safe in Drools 10 (one evaluator serves many threads); use the default java dialect"));
        }
    }

    /**
     * A parser error, located at the rule that holds it. The DRL parser reads a rule whose {@code
     * end} is misspelt on into the next rule and stops there, naming the first rule; the author
     * needs the line where {@code end} is missing.
     */
    static RuleProblem syntaxProblem(RuleFile file, DroolsError error) {
        int line = error instanceof ParserError p ? p.getRow() : (error.getLines().length > 0 ? error.getLines()[0] : 0);
        int column = error instanceof ParserError p ? p.getCol() : 0;
        String message = error.getMessage().strip().replaceAll("\\s*\\R\\s*", " ");
        Matcher rule = RULE_IN_ERROR.matcher(message);
        if (rule.find()) {
            int declared = file.lineOf(rule.group(1));
            String[] lines = file.content().split("\n", -1);
            int unclosedAt = unclosedRuleEnd(lines, declared);
            if (unclosedAt > 0 && line > unclosedAt) {
                String found = lines[unclosedAt - 1].strip();
                String indent = lines[unclosedAt - 1].substring(0, lines[unclosedAt - 1].indexOf(found.charAt(0)));
                return new RuleProblem(file.path(), unclosedAt, indent.length(), "rule \"" + rule.group(1)
                        + "\" is not closed: 'end' expected here, found '" + found + "' (the parser stopped later, at "
                        + line + ":" + column + ": " + PARSER_PREFIX.matcher(message).replaceFirst("") + ")");
            }
        }
        return new RuleProblem(file.path(), Math.max(line, 0), Math.max(column, 0), message);
    }

    /**
     * When the rule declared at {@code declared} (1-based) has no {@code end} line before the next
     * declaration, the last line of its text (where {@code end} belongs); otherwise 0.
     */
    private static int unclosedRuleEnd(String[] lines, int declared) {
        if (declared <= 0) {
            return 0;
        }
        int lastText = 0;
        for (int i = declared; i < lines.length; i++) {
            String line = lines[i];
            if (END.matcher(line).matches()) {
                return 0;
            }
            if (NEXT_DECLARATION.matcher(line).matches()) {
                break;
            }
            String stripped = line.strip();
            if (!stripped.isEmpty() && !stripped.startsWith("//")) {
                lastText = i + 1;
            }
        }
        return lastText;
    }

    /** The checks of one parsed rule. */
    private final class RuleCheck {
        private final RuleFile file;
        private final RuleDescr rule;
        private final Types types;
        /** Pattern bindings whose evidence class is known: {@code $people : List() from collect( DepictedPerson() )}. */
        private final Map<String, Class<?>> bindings = new HashMap<>();

        RuleCheck(RuleFile file, RuleDescr rule, Types types) {
            this.file = file;
            this.rule = rule;
            this.types = types;
        }

        void run() {
            boolean sectionRule = checkMetadata();
            checkPhase();
            walk(rule.getLhs());
            checkConsequence(sectionRule);
        }

        private void problem(int line, int column, String message) {
            problems.add(new RuleProblem(file.path(), line, column, message));
        }

        private String named() {
            return "rule \"" + rule.getName() + "\"";
        }

        /**
         * @return whether the rule records findings (a section rule, or an {@code @escalation} rule
         *         recording them on sections' behalf), else it is a context rule
         */
        private boolean checkMetadata() {
            String section = annotation("section");
            boolean context = rule.getAnnotation("context") != null;
            boolean escalation = rule.getAnnotation("escalation") != null;
            if (section == null && !context && !escalation) {
                problem(rule.getLine(), 0, named() + " has no @section(\"...\") naming its catalog section");
            } else if (section != null && !catalog.contains(section)) {
                problem(rule.getLine(), 0, named() + " names section \"" + section + "\", which is not in the catalog "
                        + catalog.sections() + Spelling.suggestion(section, catalog.sections()));
            } else if (section != null && (annotation("bullet") == null || !BULLET.matcher(annotation("bullet")).matches())) {
                problem(rule.getLine(), 0, named()
                        + " has no @bullet(n): its position in the section (n >= 1), which orders findings");
            }
            return section != null || !context;
        }

        private String annotation(String name) {
            AnnotationDescr annotation = rule.getAnnotation(name);
            if (annotation == null || annotation.getSingleValueAsString() == null) {
                return null;
            }
            String value = annotation.getSingleValueAsString().strip();
            return name.equals("bullet") ? value : AnnotationDescr.unquote(value);
        }

        private void checkPhase() {
            for (String attribute : PHASE_ATTRIBUTES) {
                AttributeDescr descr = rule.getAttributes().get(attribute);
                if (descr != null && !Phase.isKnown(descr.getValue())) {
                    List<String> phases = Phase.agendaGroups();
                    problem(descr.getLine(), Math.max(descr.getColumn(), 0), named() + " joins " + attribute + " \""
                            + descr.getValue() + "\", which is no phase " + phases + ": it would never fire"
                            + Spelling.suggestion(descr.getValue(), phases));
                }
            }
        }

        /** Every constraint of the conditions, and the bindings whose fact type is known. */
        private void walk(BaseDescr descr) {
            if (descr == null) {
                return;
            }
            if (descr instanceof PatternDescr pattern) {
                bind(pattern);
                for (BaseDescr constraint : pattern.getDescrs()) {
                    walk(constraint);
                }
                walk(pattern.getSource());
            } else if (descr instanceof ExprConstraintDescr constraint) {
                checkCondition(constraint.getExpression(), constraint.getLine(), constraint.getColumn());
            } else if (descr instanceof EvalDescr eval) {
                checkCondition(String.valueOf(eval.getContent()), eval.getLine(), eval.getColumn());
            } else if (descr instanceof FromDescr from && from.getDataSource() != null) {
                checkCondition(from.getDataSource().getText(), from.getLine(), from.getColumn());
            } else if (descr instanceof CollectDescr collect) {
                walk(collect.getInputPattern());
            } else if (descr instanceof AccumulateDescr accumulate) {
                walk(accumulate.getInput());
            } else if (descr instanceof ConditionalElementDescr element) {
                for (Object child : element.getDescrs()) {
                    walk((BaseDescr) child);
                }
            }
        }

        private void bind(PatternDescr pattern) {
            if (pattern.getIdentifier() == null) {
                return;
            }
            Class<?> type = types.resolve(pattern.getObjectType());
            if (pattern.getSource() instanceof CollectDescr collect && collect.getInputPattern() != null) {
                Class<?> element = types.resolve(collect.getInputPattern().getObjectType());
                if (element != null) {
                    bindings.put(pattern.getIdentifier(), element);
                }
            } else if (pattern.getSource() == null && type != null && !Collection.class.isAssignableFrom(type)) {
                bindings.put(pattern.getIdentifier(), type);
            }
        }

        private void checkCondition(String expression, int line, int column) {
            if (expression == null) {
                return;
            }
            List<Tok> tokens = DrlTokens.of(expression);
            checkNames(tokens, line, column);
            checkPrecedence(tokens, line, column);
        }

        /** Every literal name passed to a signal or capability reader is known, and is recorded as read. */
        private void checkNames(List<Tok> tokens, int line, int column) {
            for (int i = 0; i + 1 < tokens.size(); i++) {
                Tok method = tokens.get(i);
                boolean signal = SIGNAL_READERS.contains(method.text());
                if (!method.identifier() || !(signal || CAPABILITY_READERS.contains(method.text())) || !tokens.get(i + 1).is("(")) {
                    continue;
                }
                for (List<Tok> argument : DrlTokens.arguments(tokens, i + 1)) {
                    if (argument.size() != 1 || !argument.get(0).string()) {
                        continue;   // not a literal name: nothing to check before the item comes
                    }
                    Tok literal = argument.get(0);
                    String name = literal.value();
                    Set<String> known = signal ? vocabulary.signals() : vocabulary.capabilities();
                    if (known.contains(name)) {
                        (signal ? signalsRead : capabilitiesRead).add(name);
                    } else {
                        problem(line + literal.line() - 1, literal.line() == 1 ? column + literal.column() : literal.column(),
                                named() + " reads " + (signal ? "signal" : "capability") + " \"" + name + "\", which is "
                                        + (signal ? "not a catalog signal" : "not a catalog capability") + " and not declared in "
                                        + Vocabulary.FILE + ": it is never present" + Spelling.suggestion(name, known));
                    }
                }
            }
        }

        /** A warning where {@code ||} and {@code &&} meet at one level of parentheses. */
        private void checkPrecedence(List<Tok> tokens, int line, int column) {
            Deque<boolean[]> levels = new ArrayDeque<>();
            levels.push(new boolean[2]);
            for (Tok t : tokens) {
                if (t.is("(") || t.is("[") || t.is("{")) {
                    levels.push(new boolean[2]);
                } else if ((t.is(")") || t.is("]") || t.is("}")) && levels.size() > 1) {
                    levels.pop();
                } else if (t.is("&&") || t.is("||")) {
                    boolean[] seen = levels.peek();
                    seen[t.is("&&") ? 0 : 1] = true;
                    if (seen[0] && seen[1]) {
                        problems.add(new RuleProblem(file.path(), line + t.line() - 1,
                                t.line() == 1 ? column + t.column() : t.column(), RuleProblem.Severity.WARNING,
                                named() + " mixes || and && without parentheses: && binds first, so `a || b && c` means"
                                        + " `a || (b && c)`; add parentheses to say which is meant"));
                        return;
                    }
                }
            }
        }

        private void checkConsequence(boolean sectionRule) {
            if (!(rule.getConsequence() instanceof String consequence)) {
                return;
            }
            int[] at = consequencePosition(consequence);
            List<Tok> tokens = DrlTokens.of(consequence);
            checkNames(tokens, at[0], at[1]);
            if (sectionRule && !recordsFinding(tokens)) {
                problem(rule.getLine(), 0, named()
                        + " does not record a finding: its consequence must call finding( drools, ... ).because( ... )");
            } else if (!sectionRule && !modifies(tokens)) {
                problem(rule.getLine(), 0, "context " + named() + " changes no finding: its consequence must modify( $finding ) { ... }");
            }
            for (int i = 1; i + 1 < tokens.size(); i++) {
                if (tokens.get(i).is("evidence") && tokens.get(i - 1).is(".") && tokens.get(i + 1).is("(")) {
                    for (List<Tok> argument : DrlTokens.arguments(tokens, i + 1)) {
                        checkEvidence(argument, at);
                    }
                }
            }
        }

        /** The consequence's first line and column in the file (the parser keeps its text verbatim). */
        private int[] consequencePosition(String consequence) {
            String content = file.content();
            int from = 0;
            for (int line = 1; line < rule.getConsequenceLine() && from >= 0; line++) {
                from = content.indexOf('\n', from) + 1;
            }
            int offset = content.indexOf(consequence, Math.max(from, 0));
            if (offset < 0) {
                return new int[] {rule.getConsequenceLine(), 0};
            }
            int line = 1 + (int) content.substring(0, offset).chars().filter(c -> c == '\n').count();
            return new int[] {line, offset - (content.lastIndexOf('\n', offset - 1) + 1)};
        }

        /** {@code finding( ... )} followed, in the same expression, by {@code .because( ... )}. */
        private static boolean recordsFinding(List<Tok> tokens) {
            for (int i = 0; i + 1 < tokens.size(); i++) {
                if (tokens.get(i).identifier() && tokens.get(i).is("finding") && tokens.get(i + 1).is("(")
                        && (i == 0 || !tokens.get(i - 1).is("."))) {
                    int next = DrlTokens.closing(tokens, i + 1) + 1;
                    while (next + 2 < tokens.size() && tokens.get(next).is(".") && tokens.get(next + 1).identifier()
                            && tokens.get(next + 2).is("(")) {
                        if (tokens.get(next + 1).is("because")) {
                            return true;
                        }
                        next = DrlTokens.closing(tokens, next + 2) + 1;
                    }
                }
            }
            return false;
        }

        private static boolean modifies(List<Tok> tokens) {
            for (int i = 0; i + 1 < tokens.size(); i++) {
                if (tokens.get(i).is("modify") && tokens.get(i + 1).is("(")) {
                    return true;
                }
            }
            return false;
        }

        /**
         * An argument of {@code evidence(...)} whose type can be told from the rule alone (a
         * literal, a binding, a method chain on a binding) must be one {@link Findings#addEvidence}
         * describes; anything else would fail on the first item the rule fires on.
         */
        private void checkEvidence(List<Tok> argument, int[] at) {
            if (argument.isEmpty()) {
                return;
            }
            int question = topLevel(argument, "?");
            int colon = question < 0 ? -1 : topLevel(argument.subList(question, argument.size()), ":");
            if (question >= 0 && colon >= 0) {
                checkEvidence(argument.subList(question + 1, question + colon), at);
                checkEvidence(argument.subList(question + colon + 1, argument.size()), at);
                return;
            }
            if (argument.stream().anyMatch(Tok::string) && (argument.size() == 1 || topLevel(argument, "+") >= 0)) {
                return;   // text
            }
            Tok first = argument.get(0);
            Class<?> bound = first.identifier() ? bindings.get(first.text()) : null;
            if (bound == null) {
                return;
            }
            Class<?> evidence = evidenceClass(bound, argument);
            if (evidence != null && !Findings.isEvidence(evidence)) {
                String text = String.join("", argument.stream().map(Tok::text).toList());
                problem(at[0] + first.line() - 1, first.line() == 1 ? at[1] + first.column() : first.column(),
                        named() + " passes " + text + " (" + evidence.getSimpleName() + ") to evidence( ... ), which takes"
                                + " text, depicted people, uploaded files, pickle imports, user reports and the detectors'"
                                + " matches, or lists of them: it would fail on every item the rule fires on");
            }
        }

        /** What the chain {@code $binding.a( ... ).b( ... )} evaluates to, element type for lists; null when unknown. */
        private static Class<?> evidenceClass(Class<?> bound, List<Tok> argument) {
            Type type = bound;
            int i = 1;
            while (i < argument.size()) {
                if (!(type instanceof Class<?> owner) || i + 2 >= argument.size() || !argument.get(i).is(".")
                        || !argument.get(i + 1).identifier() || !argument.get(i + 2).is("(")) {
                    return null;
                }
                int arguments = DrlTokens.arguments(argument, i + 2).size();
                type = returnType(owner, argument.get(i + 1).text(), arguments);
                if (type == null) {
                    return null;
                }
                i = DrlTokens.closing(argument, i + 2) + 1;
            }
            if (type instanceof Class<?> plain) {
                return Collection.class.isAssignableFrom(plain) ? null : wrap(plain);
            }
            if (type instanceof ParameterizedType list && list.getRawType() instanceof Class<?> raw
                    && Collection.class.isAssignableFrom(raw) && list.getActualTypeArguments()[0] instanceof Class<?> element) {
                return element;
            }
            return null;
        }

        private static Type returnType(Class<?> owner, String name, int arguments) {
            for (Method method : owner.getMethods()) {
                if (method.getName().equals(name) && (method.getParameterCount() == arguments || method.isVarArgs())) {
                    return method.getGenericReturnType();
                }
            }
            return null;
        }

        private static Class<?> wrap(Class<?> type) {
            if (!type.isPrimitive()) {
                return type;
            }
            return type == boolean.class ? Boolean.class : type == void.class ? Void.class : Number.class;
        }

        private static int topLevel(List<Tok> tokens, String symbol) {
            int depth = 0;
            for (int i = 0; i < tokens.size(); i++) {
                Tok t = tokens.get(i);
                if (t.is("(") || t.is("[") || t.is("{")) {
                    depth++;
                } else if (t.is(")") || t.is("]") || t.is("}")) {
                    depth--;
                } else if (depth == 0 && t.is(symbol)) {
                    return i;
                }
            }
            return -1;
        }
    }

    /** Resolves a rule file's type names through its imports, as the compiler would. */
    private static final class Types {
        private final List<String> imports = new ArrayList<>();
        private final String packageName;

        Types(PackageDescr parsed) {
            for (ImportDescr descr : parsed.getImports()) {
                imports.add(descr.getTarget());
            }
            this.packageName = parsed.getName();
        }

        Class<?> resolve(String name) {
            if (name == null) {
                return null;
            }
            List<String> candidates = new ArrayList<>();
            candidates.add(name);
            for (String target : imports) {
                if (target.endsWith("." + name)) {
                    candidates.add(target);
                } else if (target.endsWith(".*")) {
                    candidates.add(target.substring(0, target.length() - 1) + name);
                }
            }
            candidates.add("java.lang." + name);
            candidates.add(packageName + "." + name);
            for (String candidate : candidates) {
                try {
                    return Class.forName(candidate, false, RuleLint.class.getClassLoader());
                } catch (ClassNotFoundException | LinkageError e) {
                    // not this one
                }
            }
            return null;
        }
    }
}
