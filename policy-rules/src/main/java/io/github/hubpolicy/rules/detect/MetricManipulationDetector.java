package io.github.hubpolicy.rules.detect;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Finds text that trades rewards for likes, follows, stars or upvotes (section 4, metric
 * manipulation), ignoring ASCII case, in whole words (runs of ASCII letters and digits):
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
 * <p>Between the words of a phrase there may be spaces and nothing else ({@code like, and} is not
 * it), except in the gaps the distances measure, which may hold anything but a sentence end: a
 * line break, {@code .}, {@code !} or {@code ?} anywhere in a phrase ends it.
 *
 * <p>Linear, and allocation-free so that garbage collection cannot make it otherwise: the text
 * is read as tokens (a word, or one character that is neither a word character nor a space), and
 * a phrase is looked for from each word over the next two tokens or a bounded number of code units.
 */
final class MetricManipulationDetector {
    private static final String[] REPEATED = {"like", "follow", "star", "upvote", "sub"};
    private static final String[] JOINED = {
        "like4like", "follow4follow", "star4star", "upvote4upvote", "sub4sub", "l4l", "f4f", "s4s"};
    private static final String[] FOR = {"for", "4"};
    private static final String[] FOLLOW = {"follow"};
    private static final String[] ME = {"me"};
    private static final String[] BACK = {"back"};
    private static final String[] ACTIONS = {
        "like", "likes", "follow", "follows", "star", "stars", "upvote", "upvotes", "subscribe", "subscribes"};
    private static final String[] CONNECTORS = {"and", "my", "our", "this"};
    private static final String[] VERBS = {"get", "win", "earn", "receive"};
    /** "Free" has no plural; "money" has two. */
    private static final String[] REWARDS = {
        "free", "credit", "credits", "money", "moneys", "monies", "gift", "gifts",
        "prize", "prizes", "reward", "rewards"};
    private static final int VERB_WITHIN = 40;
    private static final int REWARD_WITHIN = 20;
    /** The words a phrase can start with: most words of a text start with none of them. */
    private static final String[] FIRST_WORDS = Stream.of(JOINED, ACTIONS, REPEATED, FOLLOW)
            .flatMap(Arrays::stream).distinct().toArray(String[]::new);
    /**
     * For each ASCII character, its symbol in {@link #NEXT}: a case-folded letter or a digit, 1 to
     * 36; 0 for every other character, which ends a word.
     */
    private static final byte[] SYMBOL = new byte[128];
    private static final int SYMBOLS = 37;
    /**
     * The first words as a trie: the state after reading a symbol from state {@code s} is
     * {@code NEXT[s * SYMBOLS + symbol]}, -1 when no first word goes on that way; state 0 is the
     * start. Most words die on their first or second letter, so a word that starts no phrase is
     * read once, a table look-up per character, and never compared letter by letter.
     */
    private static final short[] NEXT;
    /** True for the states where a first word ends. */
    private static final boolean[] ACCEPTS;

    static {
        for (char c = 'a'; c <= 'z'; c++) {
            SYMBOL[c] = (byte) (1 + c - 'a');
            SYMBOL[c - 'a' + 'A'] = (byte) (1 + c - 'a');
        }
        for (char c = '0'; c <= '9'; c++) {
            SYMBOL[c] = (byte) (27 + c - '0');
        }
        int states = 1 + Arrays.stream(FIRST_WORDS).mapToInt(String::length).sum();
        short[] next = new short[states * SYMBOLS];
        Arrays.fill(next, (short) -1);
        boolean[] accepts = new boolean[states];
        int used = 1;
        for (String word : FIRST_WORDS) {
            int state = 0;
            for (int i = 0; i < word.length(); i++) {
                int slot = state * SYMBOLS + SYMBOL[word.charAt(i)];
                if (next[slot] < 0) {
                    next[slot] = (short) used++;
                }
                state = next[slot];
            }
            accepts[state] = true;
        }
        NEXT = next;
        ACCEPTS = accepts;
    }

    private MetricManipulationDetector() {
    }

    /**
     * The first phrase found, by position. A phrase starts with a word, and the words are exactly
     * the maximal runs of ASCII letters and digits (every other token is one character), so each
     * word is read once through the trie of the first words; only a word that is one of them is
     * looked at further.
     */
    static Optional<Span> find(TextField field, String text) {
        int length = text.length();
        int i = 0;
        while (true) {
            // Tight loops, each with one job, are what the compiler makes fastest.
            while (i < length && symbol(text.charAt(i)) == 0) {
                i++;
            }
            if (i == length) {
                return Optional.empty();
            }
            int start = i;
            int state = NEXT[symbol(text.charAt(i))];   // from the start state, 0
            i++;
            // Follow the trie while the word goes on and can still be a first word.
            while (state >= 0 && i < length) {
                int symbol = symbol(text.charAt(i));
                if (symbol == 0) {
                    break;
                }
                state = NEXT[state * SYMBOLS + symbol];
                i++;
            }
            if (state < 0) {
                // Not a first word: read to its end.
                while (i < length && symbol(text.charAt(i)) != 0) {
                    i++;
                }
            } else if (ACCEPTS[state]) {
                int phraseEnd = phraseEnd(text, start, i);
                if (phraseEnd > 0) {
                    return Optional.of(new Span(field, start, phraseEnd));
                }
            }
        }
    }

    /** The symbol of {@code c} in {@link #NEXT}: 0 for a character that is not part of a word. */
    private static int symbol(char c) {
        return c < SYMBOL.length ? SYMBOL[c] : 0;
    }

    /** The end of a phrase starting with the word {@code [start, end)}, or -1. */
    private static int phraseEnd(String text, int start, int end) {
        if (is(text, start, end, JOINED)) {
            return end;
        }
        int second = nextToken(text, end, text.length());
        int secondEnd = tokenEnd(text, second);
        if (is(text, start, end, ACTIONS)) {
            boolean connector = is(text, second, secondEnd, CONNECTORS)
                    || second < text.length() && text.charAt(second) == '&';
            int rewardEnd = connector ? rewardEnd(text, secondEnd, end) : -1;
            if (rewardEnd > 0) {
                return rewardEnd;
            }
        }
        boolean repeated = is(text, start, end, REPEATED) && is(text, second, secondEnd, FOR);
        boolean follow = is(text, start, end, FOLLOW) && is(text, second, secondEnd, ME);
        if (!repeated && !follow) {
            return -1;
        }
        int third = nextToken(text, secondEnd, text.length());
        int thirdEnd = tokenEnd(text, third);
        if (repeated && sameWord(text, start, end, third, thirdEnd) || follow && is(text, third, thirdEnd, BACK)) {
            return thirdEnd;
        }
        return -1;
    }

    /**
     * After the connector (from {@code from} on): get/win/… starting within {@link #VERB_WITHIN}
     * of {@code actionEnd}, then a reward within {@link #REWARD_WITHIN} of the verb's end. The end
     * of the reward, or -1.
     */
    private static int rewardEnd(String text, int from, int actionEnd) {
        int verbLimit = Math.min(text.length(), actionEnd + VERB_WITHIN + 1);
        for (int verb = nextToken(text, from, verbLimit); verb < verbLimit; ) {
            if (isSentenceEnd(text.charAt(verb))) {
                return -1;
            }
            int verbEnd = tokenEnd(text, verb);
            if (is(text, verb, verbEnd, VERBS)) {
                int rewardLimit = Math.min(text.length(), verbEnd + REWARD_WITHIN + 1);
                for (int reward = nextToken(text, verbEnd, rewardLimit); reward < rewardLimit; ) {
                    if (isSentenceEnd(text.charAt(reward))) {
                        return -1;
                    }
                    int rewardEnd = tokenEnd(text, reward);
                    if (is(text, reward, rewardEnd, REWARDS)
                            || Character.getType(text.codePointAt(reward)) == Character.CURRENCY_SYMBOL) {
                        return rewardEnd;
                    }
                    reward = nextToken(text, rewardEnd, rewardLimit);
                }
            }
            verb = nextToken(text, verbEnd, verbLimit);
        }
        return -1;
    }

    /** The start of the first token at or after {@code from}, or {@code limit} when there is none before it. */
    private static int nextToken(String text, int from, int limit) {
        int i = from;
        while (i < limit) {
            int codePoint = text.codePointAt(i);
            boolean space = Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint);
            if (!space || isSentenceEnd(text.charAt(i))) {
                return i;
            }
            i += Character.charCount(codePoint);
        }
        return limit;
    }

    /** The end of the token at {@code start}: a whole word, or one character. */
    private static int tokenEnd(String text, int start) {
        if (start >= text.length()) {
            return start;
        }
        if (Ascii.isLetterOrDigit(text.charAt(start))) {
            return Ascii.alnumRunEnd(text, start, Integer.MAX_VALUE);
        }
        return start + Character.charCount(text.codePointAt(start));
    }

    /** True when {@code [start, end)} is one of {@code words} (lower-case), ignoring ASCII case. */
    private static boolean is(String text, int start, int end, String[] words) {
        for (String word : words) {
            if (end - start == word.length() && Ascii.regionMatchesIgnoreCase(text, start, word)) {
                return true;
            }
        }
        return false;
    }

    private static boolean sameWord(String text, int start, int end, int otherStart, int otherEnd) {
        if (end - start != otherEnd - otherStart) {
            return false;
        }
        for (int i = 0; i < end - start; i++) {
            if (Ascii.toLower(text.charAt(start + i)) != Ascii.toLower(text.charAt(otherStart + i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isSentenceEnd(char c) {
        return switch (c) {
            case '.', '!', '?', '\n', '\r', '\u000B', '\u000C', '\u0085', '\u2028', '\u2029' -> true;
            default -> false;
        };
    }
}
