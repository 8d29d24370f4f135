package io.github.hubpolicy.rules.detect;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The {@code MetricManipulationDetector} of main 5a1c83d, before issue 15's single pass, unchanged but for its name:
 * the reference {@link DetectorDifferentialTest} holds the current detectors to.
 *
 * <p>Finds text that trades rewards for likes, follows, stars or upvotes (section 4, metric
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
final class MetricManipulationDetectorReference {
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
    /** The words a phrase can start with: most words of a text start with none of their first letters. */
    private static final String[] FIRST_WORDS = Stream.of(JOINED, ACTIONS, REPEATED, FOLLOW)
            .flatMap(Arrays::stream).distinct().toArray(String[]::new);
    /** For each ASCII character, a bit per length of the first words that start with it (in either case); 0 for most. */
    private static final int[] FIRST_WORD_LENGTHS = new int[128];
    /** True for the ASCII letters and digits, the characters of a word. */
    private static final boolean[] WORD_CHAR = new boolean[128];
    private static final int LONGEST_FIRST_WORD;

    static {
        int longest = 0;
        for (String word : FIRST_WORDS) {
            FIRST_WORD_LENGTHS[word.charAt(0)] |= 1 << word.length();
            FIRST_WORD_LENGTHS[Character.toUpperCase(word.charAt(0))] |= 1 << word.length();
            longest = Math.max(longest, word.length());
        }
        LONGEST_FIRST_WORD = longest;
        for (char c = 0; c < WORD_CHAR.length; c++) {
            WORD_CHAR[c] = Ascii.isLetterOrDigit(c);
        }
    }

    private MetricManipulationDetectorReference() {
    }

    /**
     * The first phrase found, by position. A phrase starts with a word, and the words are exactly
     * the maximal runs of ASCII letters and digits (every other token is one character), so only
     * the start of a run that is one of the first words is looked at: one read of the
     * characters, a table look-up each, finds the runs; a second table (the first words' lengths
     * by first letter) rules out most of them before their letters are compared.
     */
    static Optional<Span> find(TextField field, String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int lengths = c < FIRST_WORD_LENGTHS.length ? FIRST_WORD_LENGTHS[c] : 0;
            if (lengths != 0 && (i == 0 || !isWordChar(text.charAt(i - 1)))) {
                // One past the longest first word: a longer word starts no phrase.
                int end = Ascii.alnumRunEnd(text, i, LONGEST_FIRST_WORD + 1);
                if ((lengths >>> (end - i) & 1) != 0 && is(text, i, end, FIRST_WORDS)) {
                    int phraseEnd = phraseEnd(text, i, end);
                    if (phraseEnd > 0) {
                        return Optional.of(new Span(field, i, phraseEnd));
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static boolean isWordChar(char c) {
        return c < WORD_CHAR.length && WORD_CHAR[c];
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
