package io.github.hubpolicy.rules.detect;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Finds text that trades rewards for likes, follows, stars or upvotes (section 4, metric
 * manipulation), in ASCII case and in whole words (runs of ASCII letters and digits):
 *
 * <ul>
 *   <li>{@code X for X}, {@code X 4 X} or {@code X4X}, the same X twice, X one of like, follow,
 *       star, upvote, sub; and {@code l4l}, {@code f4f}, {@code s4s}; and {@code follow me back};
 *   <li>like, follow, star, upvote or subscribe (or a plural) directly followed by {@code and},
 *       {@code &}, {@code my}, {@code our} or {@code this}; then get, win, earn or receive starting
 *       at most 40 code units after the end of the first word; then a reward word (free, credit,
 *       money, gift, prize, reward, or a plural) or a currency symbol (category Sc) starting at
 *       most 20 code units after the end of get/win/….
 * </ul>
 *
 * <p>"Directly followed" allows only spaces between words ({@code like, and} is not it), and a
 * line break, {@code .}, {@code !} or {@code ?} anywhere in the phrase ends it. Linear: the text
 * is read once into tokens, and every phrase is looked for within a bounded number of code units.
 */
final class MetricManipulationDetector {
    private static final Set<String> REPEATED = Set.of("like", "follow", "star", "upvote", "sub");
    private static final Set<String> JOINED = Set.of(
            "like4like", "follow4follow", "star4star", "upvote4upvote", "sub4sub", "l4l", "f4f", "s4s");
    private static final Set<String> ACTIONS = Set.of(
            "like", "likes", "follow", "follows", "star", "stars", "upvote", "upvotes", "subscribe", "subscribes");
    private static final Set<String> FOR = Set.of("for", "4");
    private static final Set<String> FOLLOW = Set.of("follow");
    private static final Set<String> ME = Set.of("me");
    private static final Set<String> BACK = Set.of("back");
    private static final Set<String> CONNECTORS = Set.of("and", "my", "our", "this");
    private static final Set<String> VERBS = Set.of("get", "win", "earn", "receive");
    /** "Free" has no plural; "money" has two. */
    private static final Set<String> REWARDS = Set.of(
            "free", "credit", "credits", "money", "moneys", "monies", "gift", "gifts",
            "prize", "prizes", "reward", "rewards");
    private static final int VERB_WITHIN = 40;
    private static final int REWARD_WITHIN = 20;
    /** Longer words are none of the above, so they are not lower-cased. */
    private static final int LONGEST_KEYWORD = 13;

    private enum Kind { WORD, AMPERSAND, CURRENCY, BREAK, OTHER }

    /** A word, or one character that is neither a word character nor a space. */
    private record Token(Kind kind, int start, int end, String word) {
        boolean is(Set<String> words) {
            return kind == Kind.WORD && word != null && words.contains(word);
        }
    }

    private MetricManipulationDetector() {
    }

    /** The first phrase found, by position. */
    static Optional<Span> find(TextField field, String text) {
        List<Token> tokens = tokenize(text);
        for (int i = 0; i < tokens.size(); i++) {
            int end = phraseEnd(tokens, i);
            if (end > 0) {
                return Optional.of(new Span(field, tokens.get(i).start(), end));
            }
        }
        return Optional.empty();
    }

    /** The end of a phrase starting at token {@code i}, or -1. */
    private static int phraseEnd(List<Token> tokens, int i) {
        Token first = tokens.get(i);
        if (first.is(JOINED)) {
            return first.end();
        }
        if (first.is(REPEATED) && i + 2 < tokens.size()
                && tokens.get(i + 1).is(FOR)
                && tokens.get(i + 2).kind() == Kind.WORD && first.word().equals(tokens.get(i + 2).word())) {
            return tokens.get(i + 2).end();
        }
        if (first.is(FOLLOW) && i + 2 < tokens.size()
                && tokens.get(i + 1).is(ME) && tokens.get(i + 2).is(BACK)) {
            return tokens.get(i + 2).end();
        }
        if (first.is(ACTIONS) && i + 1 < tokens.size()
                && (tokens.get(i + 1).is(CONNECTORS) || tokens.get(i + 1).kind() == Kind.AMPERSAND)) {
            return rewardEnd(tokens, i + 2, first.end());
        }
        return -1;
    }

    /** After the connector: a verb near the action word, then a reward near the verb; or -1. */
    private static int rewardEnd(List<Token> tokens, int from, int actionEnd) {
        for (int v = from; v < tokens.size() && tokens.get(v).start() - actionEnd <= VERB_WITHIN; v++) {
            Token verb = tokens.get(v);
            if (verb.kind() == Kind.BREAK) {
                return -1;
            }
            if (!verb.is(VERBS)) {
                continue;
            }
            for (int r = v + 1; r < tokens.size() && tokens.get(r).start() - verb.end() <= REWARD_WITHIN; r++) {
                Token reward = tokens.get(r);
                if (reward.kind() == Kind.BREAK) {
                    return -1;
                }
                if (reward.kind() == Kind.CURRENCY || reward.is(REWARDS)) {
                    return reward.end();
                }
            }
        }
        return -1;
    }

    private static List<Token> tokenize(String text) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (Ascii.isLetterOrDigit(c)) {
                int end = Ascii.alnumRunEnd(text, i, Integer.MAX_VALUE);
                tokens.add(new Token(Kind.WORD, i, end, end - i <= LONGEST_KEYWORD ? lowerCase(text, i, end) : null));
                i = end;
                continue;
            }
            int codePoint = text.codePointAt(i);
            int end = i + Character.charCount(codePoint);
            if (isSentenceBreak(c)) {
                tokens.add(new Token(Kind.BREAK, i, end, null));
            } else if (c == '&') {
                tokens.add(new Token(Kind.AMPERSAND, i, end, null));
            } else if (Character.getType(codePoint) == Character.CURRENCY_SYMBOL) {
                tokens.add(new Token(Kind.CURRENCY, i, end, null));
            } else if (!Character.isWhitespace(codePoint) && !Character.isSpaceChar(codePoint)) {
                tokens.add(new Token(Kind.OTHER, i, end, null));
            }
            i = end;
        }
        return tokens;
    }

    private static boolean isSentenceBreak(char c) {
        return switch (c) {
            case '.', '!', '?', '\n', '\r', '\u000B', '\u000C', '\u0085', '\u2028', '\u2029' -> true;
            default -> false;
        };
    }

    private static String lowerCase(String text, int start, int end) {
        char[] chars = new char[end - start];
        for (int i = start; i < end; i++) {
            chars[i - start] = Ascii.toLower(text.charAt(i));
        }
        return new String(chars);
    }
}
