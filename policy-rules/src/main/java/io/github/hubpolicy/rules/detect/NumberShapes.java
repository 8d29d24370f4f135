package io.github.hubpolicy.rules.detect;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonemetadata.PhoneMetadata;
import com.google.i18n.phonenumbers.metadata.DefaultMetadataDependenciesProvider;
import com.google.i18n.phonenumbers.metadata.source.MetadataSource;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The pre-filter in front of libphonenumber: whether a stretch of text holds a string of the
 * shape that the library's {@code PhoneNumberMatcher} could return at {@code STRICT_GROUPING} for
 * the default region, read from the library's own pattern and metadata. It may say yes where the
 * library then finds nothing; it must never say no where the library finds a number (the
 * differential test in {@code PhoneDetectorDifferentialTest} holds it to that).
 *
 * <p>What the matcher can return: its pattern takes <em>blocks</em> of 1 to 20 digits joined by
 * 1 to 4 marks of {@code PhoneNumberUtil.VALID_PUNCTUATION} (up to 21 blocks, a longer run of
 * digits read as blocks of 20), after up to two leading {@code +} or {@code (}, with an optional
 * extension; it returns that candidate or a part of it cut at a slash, bracket, spaced hyphen,
 * dash, full stop or space, so always whole blocks, a maximal run of digits being cut inside only
 * at the 20-digit steps. A number it returns is valid, and {@code STRICT_GROUPING} requires every
 * digit of its national number to stand in the text as a digit. So the digits of a match, less an
 * extension (its last block), number one of:
 * <ul>
 *   <li>written nationally: a national number length of a region sharing the default region's
 *       country code (or a local-only length, when the region completes local numbers), plus
 *       nothing, the national prefix, the country code, or both;
 *   <li>after a plus sign, or after the default region's international call prefix: a country
 *       code (one to three digits, known to the library), plus that country's national prefix or
 *       not, plus one of its national number lengths.
 * </ul>
 * A national prefix (or carrier code) that the metadata gives as a pattern rather than fixed
 * digits is allowed any length up to {@link #MAX_PREFIX}. Thread-safe: the tables per country code
 * are filled on first need, without locking (see {@link #afterCountryCode(int)}).
 */
final class NumberShapes {
    /** The most digits a national prefix and carrier code given as a pattern are assumed to take. */
    static final int MAX_PREFIX = 8;
    /** The most digits in one block of the matcher's pattern. */
    static final int MAX_BLOCK = 20;
    /** The most blocks in one candidate of the matcher's pattern. */
    static final int MAX_BLOCKS = 21;
    /**
     * The most digits any match can hold before its extension (far more than any: a country code,
     * a national prefix and the longest national number make about 30); every table below is
     * this long plus one, so that a table fits the bits of a {@code long}.
     */
    static final int MAX_DIGITS = 63;
    /** The most characters of a candidate's lead ({@code +} or {@code (} and up to four marks, twice). */
    private static final int LEAD_REACH = 10;
    /** What may stand between an extension's label and its digits. */
    private static final String EXTENSION_GAP = ":.\uff0e \u00a0\t-";
    /**
     * The ends of the extension labels of {@code PhoneNumberUtil}'s extension patterns, lower
     * case ({@code e?xt(?:ensi(?:ó?|ó))?n?}, its full-width form, {@code доб}, {@code anexo},
     * {@code int}, {@code x}, {@code #}, {@code ~}, and the auto-dialling {@code ,} and {@code ;}).
     */
    private static final String[] EXTENSION_LABELS = {"xt", "xtn", "xtensi", "xtensi\u00f3", "xtensin", "xtensi\u00f3n",
        "\uff58\uff54", "\uff58\uff54\uff4e", "\u0434\u043e\u0431", "anexo", "int", "\uff49\uff4e\uff54", "x", "\uff58",
        "#", "\uff03", "~", "\uff5e", ",", ";"};
    /** True for each ASCII character that ends one of {@link #EXTENSION_LABELS} (lower case). */
    private static final boolean[] ASCII_LABEL_END = new boolean[128];

    static {
        for (String label : EXTENSION_LABELS) {
            char last = label.charAt(label.length() - 1);
            if (last < 0x80) {
                ASCII_LABEL_END[last] = true;
            }
        }
    }

    /** The longest of {@link #EXTENSION_LABELS}. */
    private static final int LONGEST_LABEL = 8;
    /** How many leading digits of a sub-run are read for prefixes and country codes. */
    private static final int LEADING = 16;
    /** {@code PhoneNumberUtil.VALID_PUNCTUATION} (and {@code X}: the matcher ignores case). */
    private static final String PUNCTUATION = "-xX\u2010\u2011\u2012\u2013\u2014\u2015\u2212\u30fc\uff0d\uff0e\uff0f "
            + "\u00a0\u00ad\u200b\u2060\u3000()\uff08\uff09\uff3b\uff3d.[]/~\u2053\u223c\uff5e";
    /** {@link #PUNCTUATION}'s ASCII marks, as a table: most text is ASCII. */
    private static final boolean[] ASCII_PUNCTUATION = new boolean[128];

    static {
        for (int i = 0; i < PUNCTUATION.length(); i++) {
            char c = PUNCTUATION.charAt(i);
            if (c < 0x80) {
                ASCII_PUNCTUATION[c] = true;
            }
        }
    }

    /** National number lengths of the regions sharing the default region's country code (local-only ones too, where completed). */
    private final boolean[] national = new boolean[MAX_DIGITS + 1];
    /** The default region's national prefix when it is fixed digits ("" when it has none). */
    private final String nationalPrefix;
    /** True when the default region strips a national prefix or carrier code given as a pattern. */
    private final boolean nationalPrefixPattern;
    /** The default region's country code, as digits. */
    private final String ownCode;
    /** The library's metadata, read region by region as a table below first needs it. */
    private final MetadataSource metadata;
    private final PhoneNumberUtil util;
    /** True for each country calling code the library knows. */
    private final boolean[] knownCode = new boolean[1000];
    /**
     * For each known country code, the digit counts after it that a number written
     * internationally can hold (bit {@code d}: {@code d} digits; bit 0, which no count uses, marks
     * a code as computed), or 0 until first needed. Computed lazily because it reads the metadata
     * of every region sharing the code: all of them up front took about 230 ms of a cold start,
     * and a text needs only the codes it dials. Computing one is idempotent, so two threads racing
     * for it both store the same bits; no lock is taken.
     */
    private final AtomicLongArray afterCountryCode = new AtomicLongArray(1000);
    /**
     * Bit {@code d} set when {@code d} digits can be a number written nationally, without the
     * country code and the fixed national prefix (but after a national prefix given as a
     * pattern, when the region strips one).
     */
    private final long plainLengths;
    /** Bit {@code d} set when {@code d} digits can be the fixed national prefix and a national number. */
    private final long afterNationalPrefix;
    /**
     * How many leading digits of a sub-run the checks read: the longest of the national prefix
     * after the country code and a country code after the call prefix when those are fixed
     * digits, else {@link #LEADING}. Reading more would not change any answer.
     */
    private final int leadingNeeded;
    private final Pattern internationalPrefix;
    /** The international call prefix when it is fixed digits (then no pattern is run), else null. */
    private final String fixedInternationalPrefix;

    NumberShapes(PhoneNumberUtil util, String region) {
        this(util, region, DefaultMetadataDependenciesProvider.getInstance().getPhoneNumberMetadataSource());
    }

    /**
     * Shapes for {@code region}, read from {@code metadata}: up front only the metadata of the
     * regions sharing the region's country code, the rest per country code on first need.
     */
    NumberShapes(PhoneNumberUtil util, String region, MetadataSource metadata) {
        this.util = util;
        this.metadata = metadata;
        for (int known : util.getSupportedCallingCodes()) {
            knownCode[known] = true;
        }
        int code = util.getCountryCodeForRegion(region);
        ownCode = String.valueOf(code);
        for (String sameCode : util.getRegionCodesForCountryCode(code)) {
            PhoneMetadata regionMetadata = metadata.getMetadataForRegion(sameCode);
            for (int length : nationalLengths(regionMetadata, sameCode.equals(region))) {
                national[length] = true;
            }
        }
        PhoneMetadata own = metadata.getMetadataForRegion(region);
        String forParsing = own.getNationalPrefixForParsing();
        if (forParsing.isEmpty()) {
            nationalPrefix = own.getNationalPrefix();
            nationalPrefixPattern = false;
        } else {
            boolean fixed = forParsing.matches("[0-9]+");
            nationalPrefix = fixed ? forParsing : "";
            nationalPrefixPattern = !fixed || own.hasNationalPrefixTransformRule();
        }
        internationalPrefix = Pattern.compile(own.getInternationalPrefix());
        fixedInternationalPrefix = own.getInternationalPrefix().matches("[0-9]+") ? own.getInternationalPrefix() : null;
        long plain = 0;
        long afterPrefix = 0;
        for (int digits = 1; digits <= MAX_DIGITS; digits++) {
            boolean may = national[digits];
            for (int k = 1; nationalPrefixPattern && k <= MAX_PREFIX && k < digits; k++) {
                may |= national[digits - k];
            }
            if (may) {
                plain |= 1L << digits;
            }
            int prefix = nationalPrefix.length();
            if (prefix > 0 && digits > prefix && national[digits - prefix]) {
                afterPrefix |= 1L << digits;
            }
        }
        plainLengths = plain;
        afterNationalPrefix = afterPrefix;
        leadingNeeded = fixedInternationalPrefix == null ? LEADING
                : Math.min(LEADING, Math.max(ownCode.length() + nationalPrefix.length(), fixedInternationalPrefix.length() + 3));
    }

    /**
     * The digit counts after country code {@code code} that a number written internationally can
     * show (index: count), or null when the library knows no such code; computed on first need.
     */
    boolean[] afterCountryCode(int code) {
        if (code <= 0 || code >= knownCode.length || !knownCode[code]) {
            return null;
        }
        long bits = afterCountryCodeMask(code);
        boolean[] table = new boolean[MAX_DIGITS + 1];
        for (int d = 1; d <= MAX_DIGITS; d++) {
            table[d] = (bits >>> d & 1L) != 0;
        }
        return table;
    }

    /**
     * The digit counts after country code {@code code} that a number of any region sharing it
     * can show (a geographic region's or, for a global network code, the non-geographical
     * entity's): one of its national number lengths after its national prefix or not.
     */
    private static long digitCountsAfter(int code, PhoneNumberUtil util, MetadataSource metadata) {
        long bits = 0;
        for (String region : util.getRegionCodesForCountryCode(code)) {
            PhoneMetadata regionMetadata = PhoneNumberUtil.REGION_CODE_FOR_NON_GEO_ENTITY.equals(region)
                    ? metadata.getMetadataForNonGeographicalRegion(code)
                    : metadata.getMetadataForRegion(region);
            int[] prefixes = prefixLengths(regionMetadata);
            for (int length : nationalLengths(regionMetadata, false)) {
                for (int prefix : prefixes) {
                    if (prefix + length <= MAX_DIGITS) {
                        bits |= 1L << (prefix + length);
                    }
                }
            }
        }
        return bits;
    }

    private static int[] nationalLengths(PhoneMetadata metadata, boolean local) {
        var general = metadata.getGeneralDesc();
        if (general.getPossibleLengthCount() == 0) {
            // No lengths in the metadata: any national number length the library parses.
            int[] any = new int[17 - 2 + 1];
            for (int i = 0; i < any.length; i++) {
                any[i] = 2 + i;
            }
            return any;
        }
        java.util.List<Integer> lengths = new java.util.ArrayList<>(general.getPossibleLengthList());
        if (local && metadata.hasNationalPrefixTransformRule()) {
            lengths.addAll(general.getPossibleLengthLocalOnlyList());
        }
        return lengths.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The digit counts a national prefix (and carrier code) of {@code metadata} can take: 0 always. */
    private static int[] prefixLengths(PhoneMetadata metadata) {
        String forParsing = metadata.getNationalPrefixForParsing();
        if (forParsing.isEmpty()) {
            String prefix = metadata.getNationalPrefix();
            return prefix.isEmpty() ? new int[] {0} : new int[] {0, prefix.length()};
        }
        if (forParsing.matches("[0-9]+") && !metadata.hasNationalPrefixTransformRule()) {
            return new int[] {0, forParsing.length()};
        }
        int[] any = new int[MAX_PREFIX + 1];
        for (int i = 0; i <= MAX_PREFIX; i++) {
            any[i] = i;
        }
        return any;
    }

    /** True for a mark the matcher's pattern accepts between two blocks of digits. */
    static boolean isPunctuation(char c) {
        return c < 0x80 ? ASCII_PUNCTUATION[c] : c >= 0xa0 && PUNCTUATION.indexOf(c) >= 0;
    }

    /**
     * True when {@code text[from, to)}, as the library reads it on its own (the character at
     * {@code from} is the start of its input), may hold a number the library finds.
     *
     * <p>Linear in the length: the runs of digits and the marks joining them are read once
     * ({@link Runs}); each run that may start a match costs its first few digits, a look back for
     * a plus sign, and one bit test per run joined to it (at most {@link #MAX_DIGITS} digits'
     * worth), against one mask of the digit counts a match starting there can have.
     */
    boolean mayHoldNumber(String text, int from, int to) {
        Runs runs = new Runs(text, from, to);
        Leading leading = new Leading(leadingNeeded);
        for (int r = 0; runs.has(r); r++) {
            int i = runs.start(r);
            int runEnd = runs.end(r);
            int start = i;
            if (runEnd - i > MAX_BLOCK) {
                if (r > 0) {
                    // After other digits the matcher may start a candidate anywhere in a long run.
                    return true;
                }
                // The input's first run: candidates of 21 blocks of 20 digits from its start, none
                // of which can be a number, then what is left, which starts the last candidate.
                start = runEnd - ((runEnd - i - 1) % (MAX_BLOCK * MAX_BLOCKS) + 1);
            }
            if (subRunMayMatch(text, runs, r, start, leading)) {
                return true;
            }
            if (start == i && afterExtensionLabel(text, i, from)) {
                // A candidate's extension may take up to 20 digits of this run (after "ext", "#",
                // ";", "x" ...), and the matcher's next candidate then starts inside it.
                for (int k = i + 1; k < runEnd && k <= i + MAX_BLOCK; k++) {
                    if (subRunMayMatch(text, runs, r, k, leading)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * The maximal runs of digits in a stretch of text, in order, read as far as asked: whether
     * each is joined to the next by 1 to 4 of the matcher's marks, and the last plus sign before
     * it. The blocks a candidate is made of, each read once. A ring of the last {@link #KEPT}
     * runs: a sub-run reaches at most {@link #MAX_DIGITS} runs past its own, so older ones are
     * never asked for again, and the memory is the same for any length.
     */
    private static final class Runs {
        /** Twice the most runs one sub-run can reach, a power of two. */
        private static final int KEPT = 128;
        private static final int FIRST = 8;

        private final String text;
        private final int to;
        // Grown from a few runs (most pieces hold a few) to KEPT; only then does the ring wrap.
        private int[] start = new int[FIRST];
        private int[] end = new int[FIRST];
        /** {@code joined[r]}: run {@code r + 1} follows run {@code r} after 1 to 4 marks. */
        private boolean[] joined = new boolean[FIRST];
        /** The last plus sign before run {@code r} (no plus stands inside a run), or -1. */
        private int[] plusBefore = new int[FIRST];
        /** Runs read so far. */
        private int count;
        /** Where reading goes on. */
        private int position;
        private int lastPlus = -1;

        Runs(String text, int from, int to) {
            this.text = text;
            this.to = to;
            this.position = from;
        }

        /** Whether run {@code r} exists, reading on to it if need be. */
        boolean has(int r) {
            while (count <= r) {
                if (!readNext()) {
                    return false;
                }
            }
            return true;
        }

        int start(int r) {
            return start[r & (start.length - 1)];
        }

        int end(int r) {
            return end[r & (end.length - 1)];
        }

        /** Whether run {@code r} is joined to run {@code r + 1} (which then exists). */
        boolean joined(int r) {
            return joined[r & (joined.length - 1)];
        }

        int plusBefore(int r) {
            return plusBefore[r & (plusBefore.length - 1)];
        }

        private boolean readNext() {
            int i = position;
            while (i < to) {
                char c = text.charAt(i);
                if (isDigit(c)) {
                    break;
                }
                if (c == '+' || c == '\uff0b') {
                    lastPlus = i;
                }
                i++;
            }
            if (i == to) {
                position = i;
                return false;
            }
            int runStart = i;
            while (i < to && isDigit(text.charAt(i))) {
                i++;
            }
            if (count == start.length && count < KEPT) {
                // Not wrapped yet, so run r sits at index r: copying keeps every index.
                start = Arrays.copyOf(start, count * 2);
                end = Arrays.copyOf(end, count * 2);
                joined = Arrays.copyOf(joined, count * 2);
                plusBefore = Arrays.copyOf(plusBefore, count * 2);
            }
            int slot = count & (start.length - 1);
            start[slot] = runStart;
            end[slot] = i;
            joined[slot] = joins(text, i, to);
            plusBefore[slot] = lastPlus;
            count++;
            position = i;
            return true;
        }

        /** Whether 1 to 4 marks after a run ending at {@code runEnd} lead to another digit. */
        private static boolean joins(String text, int runEnd, int to) {
            int next = runEnd;
            while (next < to && next - runEnd < 4 && isPunctuation(text.charAt(next))) {
                next++;
            }
            return next > runEnd && next < to && isDigit(text.charAt(next));
        }
    }

    /**
     * The first digits of the sub-run being checked, and the answers for the last few distinct
     * ones: a text that repeats itself (the costly kind) asks the same few questions again and
     * again. A direct-mapped cache of {@link #SLOTS} answers, keyed by the digits (four bits each),
     * their count and whether a plus sign leads them; up to 14 digits (every region with a fixed
     * call prefix needs at most 6), more are not cached.
     */
    private static final class Leading {
        private static final int SLOTS = 16;
        private static final int MOST_CACHED = 14;

        final char[] digits;
        /** Allocated on the first answer kept: most pieces of ordinary text ask none. */
        private long[] keys;
        private long[] answers;

        Leading(int length) {
            digits = new char[length];
        }

        /** The cache key of {@code digits[0, count)} after a plus sign or not, or 0 when not cached. */
        long key(int count, boolean afterPlus) {
            if (count > MOST_CACHED) {
                return 0;
            }
            long key = 1L << 62 | (afterPlus ? 1L << 61 : 0) | (long) count << 56;
            for (int i = 0; i < count; i++) {
                key |= (long) (digits[i] - '0') << (4 * i);
            }
            return key;
        }

        private static int slot(long key) {
            return (int) (key ^ key >>> 19 ^ key >>> 37) & (SLOTS - 1);
        }

        /** Whether {@code key} (not 0) has an answer; then {@link #answer} gives it. */
        boolean has(long key) {
            return key != 0 && keys != null && keys[slot(key)] == key;
        }

        long answer(long key) {
            return answers[slot(key)];
        }

        void remember(long key, long answer) {
            if (key != 0) {
                if (keys == null) {
                    keys = new long[SLOTS];
                    answers = new long[SLOTS];
                }
                keys[slot(key)] = key;
                answers[slot(key)] = answer;
            }
        }
    }

    /** {@link Character#isDigit(char)}, ASCII first. */
    private static boolean isDigit(char c) {
        return c < 0x80 ? c >= '0' && c <= '9' : Character.isDigit(c);
    }

    /**
     * True when the digits at {@code start} may be an extension's: one of the library's extension
     * labels ({@code ext}, {@code extension}, {@code anexo}, {@code int}, {@code x}, {@code #},
     * {@code ;}, {@code ,} ...) ends before them, past the marks an extension's digits may follow.
     * Compared in place when the characters before are ASCII (most text); otherwise lowered as a
     * string, as the library's case-insensitive pattern reads them.
     */
    private static boolean afterExtensionLabel(String text, int start, int from) {
        int end = start;
        while (end > from && EXTENSION_GAP.indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        if (end == from) {
            return false;
        }
        char last = text.charAt(end - 1);
        if (last < 0x80 && !ASCII_LABEL_END[Character.toLowerCase(last)]) {
            return false;
        }
        int reach = Math.max(from, end - LONGEST_LABEL);
        boolean ascii = true;
        for (int i = reach; i < end && ascii; i++) {
            ascii = text.charAt(i) < 0x80;
        }
        if (ascii) {
            for (String label : EXTENSION_LABELS) {
                if (endsWithAsciiIgnoringCase(text, reach, end, label)) {
                    return true;
                }
            }
            return false;
        }
        String before = text.substring(reach, end).toLowerCase(Locale.ROOT);
        for (String label : EXTENSION_LABELS) {
            if (before.endsWith(label)) {
                return true;
            }
        }
        return false;
    }

    /** Whether ASCII {@code text[from, end)}, lowered, ends with {@code label} (lower case). */
    private static boolean endsWithAsciiIgnoringCase(String text, int from, int end, String label) {
        int length = label.length();
        if (end - from < length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            char c = text.charAt(end - length + i);
            if (c >= 'A' && c <= 'Z') {
                c = (char) (c + ('a' - 'A'));
            }
            if (c != label.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a match can start at {@code start}, in run {@code r} (its first digit, or one inside
     * it): whether the runs the matcher's pattern joins to it, counted from it, ever add up to a
     * number's digit count. Every match less its extension is such a sub-run, so the extension
     * needs no case of its own.
     */
    private boolean subRunMayMatch(String text, Runs runs, int r, int start, Leading leading) {
        int plus = runs.plusBefore(r);
        boolean afterPlus = plus >= 0 && plus >= start - LEAD_REACH;
        int count = leadingDigits(text, runs, r, start, leading.digits);
        long key = leading.key(count, afterPlus);
        long accepted;
        if (leading.has(key)) {
            accepted = leading.answer(key);
        } else {
            accepted = digitCountsFrom(leading.digits, count, afterPlus);
            leading.remember(key, accepted);
        }
        // No count past the largest accepted one can match. (A long run further on makes the
        // whole stretch a yes when mayHoldNumber reaches it, so stopping before it changes nothing.)
        int most = Long.SIZE - 1 - Long.numberOfLeadingZeros(accepted);
        int digits = runs.end(r) - start;
        for (int k = r; ; ) {
            if (digits > most) {
                return false;
            }
            if ((accepted >>> digits & 1L) != 0) {
                return true;
            }
            if (!runs.joined(k) || !runs.has(k + 1)) {
                return false;
            }
            k++;
            int length = runs.end(k) - runs.start(k);
            if (length > MAX_BLOCK) {
                return true;   // a long run inside: see mayHoldNumber
            }
            digits += length;
        }
    }

    /**
     * The digit counts (bit {@code d}: {@code d} digits) a match can have whose digits start with
     * {@code leading[0, count)}, after a plus sign or not: written nationally (with the national
     * prefix, the country code or both when it starts with them), after a plus sign a known
     * country code and a number of that country, or the same after the default region's
     * international call prefix.
     */
    private long digitCountsFrom(char[] leading, int count, boolean afterPlus) {
        long accepted = plainLengths;
        boolean prefix = !nationalPrefix.isEmpty();
        if (prefix && startsWith(leading, 0, count, nationalPrefix)) {
            accepted |= afterNationalPrefix;
        }
        if (startsWith(leading, 0, count, ownCode)) {
            long afterCode = plainLengths;
            if (prefix && startsWith(leading, ownCode.length(), count, nationalPrefix)) {
                afterCode |= afterNationalPrefix;
            }
            accepted |= afterCode << ownCode.length();
        }
        if (afterPlus) {
            accepted |= afterCountryCodes(leading, 0, count);
        }
        int idd = internationalPrefixLength(leading, count);
        if (idd > 0) {
            accepted |= afterCountryCodes(leading, idd, count) << idd;
        }
        return accepted;
    }

    /**
     * The digit counts (bit {@code d}), from {@code leading[at]} on, of a known country code read
     * from there (one to three digits) and a number of that country.
     */
    private long afterCountryCodes(char[] leading, int at, int count) {
        long accepted = 0;
        int code = 0;
        for (int length = 1; length <= 3 && at + length <= count; length++) {
            code = code * 10 + (leading[at + length - 1] - '0');
            accepted |= afterCountryCodeMask(code) << length;
        }
        return accepted;
    }

    /**
     * The digit counts after country code {@code code} as bits (bit {@code d}: {@code d} digits),
     * 0 for an unknown code; computed on first need and kept.
     */
    private long afterCountryCodeMask(int code) {
        if (code <= 0 || code >= knownCode.length || !knownCode[code]) {
            return 0;
        }
        long mask = afterCountryCode.get(code);
        if (mask == 0) {
            mask = digitCountsAfter(code, util, metadata) | 1L;
            afterCountryCode.set(code, mask);
        }
        return mask & ~1L;
    }

    /** How many leading digits the default region's international call prefix takes, or -1. */
    private int internationalPrefixLength(char[] leading, int count) {
        if (fixedInternationalPrefix != null) {
            return startsWith(leading, 0, count, fixedInternationalPrefix) ? fixedInternationalPrefix.length() : -1;
        }
        Matcher prefix = internationalPrefix.matcher(java.nio.CharBuffer.wrap(leading, 0, count));
        return prefix.lookingAt() && prefix.end() > 0 ? prefix.end() : -1;
    }

    /**
     * Fills {@code leading} with the first digits (as many as it holds) of the sub-run at
     * {@code start} in run {@code r} and the runs joined to it; returns how many.
     */
    private static int leadingDigits(String text, Runs runs, int r, int start, char[] leading) {
        int count = 0;
        int i = start;
        for (int k = r; ; k++) {
            int runEnd = runs.end(k);
            for (; i < runEnd && count < leading.length; i++) {
                char c = text.charAt(i);
                leading[count++] = c <= '9' ? c : (char) ('0' + Character.digit(c, 10));
            }
            if (count == leading.length || !runs.joined(k) || !runs.has(k + 1)) {
                return count;
            }
            i = runs.start(k + 1);
        }
    }

    private static boolean startsWith(char[] leading, int at, int count, String prefix) {
        if (count - at < prefix.length()) {
            // Fewer digits known than the prefix: only when the sub-run is that short.
            return false;
        }
        for (int i = 0; i < prefix.length(); i++) {
            if (leading[at + i] != prefix.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
