package io.github.hubpolicy.rules;

import java.util.ArrayList;
import java.util.List;
import org.antlr.runtime.ANTLRStringStream;
import org.antlr.runtime.CommonTokenStream;
import org.antlr.runtime.Token;
import org.drools.compiler.rule.builder.dialect.java.parser.JavaLexer;

/**
 * The tokens of a constraint or a consequence, as Drools' own Java lexer (the one its consequence
 * analysis uses) reads them: comments and blanks dropped, string literals whole. Lints read tokens,
 * never raw text, so a commented-out {@code finding(...)} or a name inside a comment counts for
 * nothing.
 */
final class DrlTokens {
    private DrlTokens() {
    }

    /**
     * One token.
     *
     * @param text   its text ({@code "hate"} keeps its quotes)
     * @param line   1-based line within the lexed text
     * @param column 0-based column within its line
     */
    record Tok(String text, int type, int line, int column) {
        boolean identifier() {
            return type == JavaLexer.Identifier;
        }

        boolean string() {
            return type == JavaLexer.StringLiteral;
        }

        boolean is(String symbol) {
            return type != JavaLexer.StringLiteral && text.equals(symbol);
        }

        /** A string literal's value (the escapes rule files use: quote and backslash). */
        String value() {
            return text.substring(1, text.length() - 1).replace("\\\"", "\"").replace("\\\\", "\\");
        }
    }

    static List<Tok> of(String text) {
        JavaLexer lexer = new JavaLexer(new ANTLRStringStream(text)) {
            @Override
            public void emitErrorMessage(String message) {
                // A lexing error surfaces as a compile error with its location; do not print it here.
            }
        };
        CommonTokenStream stream = new CommonTokenStream(lexer);
        stream.fill();
        List<Tok> tokens = new ArrayList<>();
        for (Token token : stream.getTokens()) {
            if (token.getChannel() == Token.DEFAULT_CHANNEL && token.getType() != Token.EOF) {
                tokens.add(new Tok(token.getText(), token.getType(), token.getLine(), token.getCharPositionInLine()));
            }
        }
        return joinOperators(tokens);
    }

    /** The lexer reads {@code &&} and {@code ||} as two adjacent characters; the lints want one operator. */
    private static List<Tok> joinOperators(List<Tok> tokens) {
        List<Tok> joined = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            Tok t = tokens.get(i);
            if (i + 1 < tokens.size() && (t.is("&") || t.is("|"))) {
                Tok next = tokens.get(i + 1);
                if (next.text().equals(t.text()) && next.line() == t.line() && next.column() == t.column() + 1) {
                    joined.add(new Tok(t.text() + t.text(), t.type(), t.line(), t.column()));
                    i++;
                    continue;
                }
            }
            joined.add(t);
        }
        return joined;
    }

    /** The index of the bracket closing the one at {@code open}, or the last index when unbalanced. */
    static int closing(List<Tok> tokens, int open) {
        int depth = 0;
        for (int i = open; i < tokens.size(); i++) {
            Tok t = tokens.get(i);
            if (t.is("(") || t.is("[") || t.is("{")) {
                depth++;
            } else if (t.is(")") || t.is("]") || t.is("}")) {
                depth--;
                if (depth == 0) {
                    return i;
                }
            }
        }
        return tokens.size() - 1;
    }

    /** The arguments between the bracket at {@code open} and its closing one, split at top-level commas. */
    static List<List<Tok>> arguments(List<Tok> tokens, int open) {
        int close = closing(tokens, open);
        List<List<Tok>> arguments = new ArrayList<>();
        List<Tok> current = new ArrayList<>();
        int depth = 0;
        for (int i = open + 1; i < close; i++) {
            Tok t = tokens.get(i);
            if (t.is("(") || t.is("[") || t.is("{")) {
                depth++;
            } else if (t.is(")") || t.is("]") || t.is("}")) {
                depth--;
            }
            if (depth == 0 && t.is(",")) {
                arguments.add(current);
                current = new ArrayList<>();
            } else {
                current.add(t);
            }
        }
        if (!current.isEmpty()) {
            arguments.add(current);
        }
        return arguments;
    }
}
