package io.github.hubpolicy.rules.detect;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonemetadata.PhoneMetadata;
import com.google.i18n.phonenumbers.metadata.DefaultMetadataDependenciesProvider;
import com.google.i18n.phonenumbers.metadata.source.MetadataSource;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The phone pre-filter as it was before it read runs once ({@code NumberShapes} of 5a1c83d, which
 * the differential test against the library proved exact), kept as the reference that
 * {@link NumberShapesEquivalenceTest} holds the linear {@link NumberShapes} to: the same answer
 * for every text. Not used outside tests.
 */
final class NumberShapesReference {
    /** The most digits a national prefix and carrier code given as a pattern are assumed to take. */
    static final int MAX_PREFIX = 8;
    /** The most digits in one block of the matcher's pattern. */
    static final int MAX_BLOCK = 20;
    /** The most blocks in one candidate of the matcher's pattern. */
    static final int MAX_BLOCKS = 21;
    /** The most digits any match can hold before its extension; every table below is this long. */
    static final int MAX_DIGITS = 64;
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
    /** The longest of {@link #EXTENSION_LABELS}. */
    private static final int LONGEST_LABEL = 8;
    /** How many leading digits of a sub-run are read for prefixes and country codes. */
    private static final int LEADING = 16;
    /** {@code PhoneNumberUtil.VALID_PUNCTUATION} (and {@code X}: the matcher ignores case). */
    private static final String PUNCTUATION = "-xX\u2010\u2011\u2012\u2013\u2014\u2015\u2212\u30fc\uff0d\uff0e\uff0f "
            + "\u00a0\u00ad\u200b\u2060\u3000()\uff08\uff09\uff3b\uff3d.[]/~\u2053\u223c\uff5e";

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
     * internationally can hold (index: count), or null until first needed. Computed lazily
     * because it reads the metadata of every region sharing the code: all of them up front took
     * about 230 ms of a cold start, and a text needs only the codes it dials. Computing one is
     * idempotent, so two threads racing for it both store the same table; no lock is taken.
     * Bounded by the number of codes the library knows.
     */
    private final AtomicReferenceArray<boolean[]> afterCountryCode = new AtomicReferenceArray<>(1000);
    private final Pattern internationalPrefix;
    /** The international call prefix when it is fixed digits (then no pattern is run), else null. */
    private final String fixedInternationalPrefix;

    NumberShapesReference(PhoneNumberUtil util, String region) {
        this(util, region, DefaultMetadataDependenciesProvider.getInstance().getPhoneNumberMetadataSource());
    }

    /**
     * Shapes for {@code region}, read from {@code metadata}: up front only the metadata of the
     * regions sharing the region's country code, the rest per country code on first need.
     */
    NumberShapesReference(PhoneNumberUtil util, String region, MetadataSource metadata) {
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
    }

    /**
     * The digit counts after country code {@code code} that a number written internationally can
     * show (index: count), or null when the library knows no such code; computed on first need.
     */
    boolean[] afterCountryCode(int code) {
        if (code <= 0 || code >= knownCode.length || !knownCode[code]) {
            return null;
        }
        boolean[] table = afterCountryCode.get(code);
        if (table == null) {
            table = digitCountsAfter(code, util, metadata);
            afterCountryCode.set(code, table);
        }
        return table;
    }

    /**
     * The digit counts after country code {@code code} that a number of any region sharing it
     * can show (a geographic region's or, for a global network code, the non-geographical
     * entity's): one of its national number lengths after its national prefix or not.
     */
    private static boolean[] digitCountsAfter(int code, PhoneNumberUtil util, MetadataSource metadata) {
        boolean[] table = new boolean[MAX_DIGITS + 1];
        for (String region : util.getRegionCodesForCountryCode(code)) {
            PhoneMetadata regionMetadata = PhoneNumberUtil.REGION_CODE_FOR_NON_GEO_ENTITY.equals(region)
                    ? metadata.getMetadataForNonGeographicalRegion(code)
                    : metadata.getMetadataForRegion(region);
            int[] prefixes = prefixLengths(regionMetadata);
            for (int length : nationalLengths(regionMetadata, false)) {
                for (int prefix : prefixes) {
                    if (prefix + length <= MAX_DIGITS) {
                        table[prefix + length] = true;
                    }
                }
            }
        }
        return table;
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
        return PUNCTUATION.indexOf(c) >= 0;
    }

    /**
     * True when {@code text[from, to)}, as the library reads it on its own (the character at
     * {@code from} is the start of its input), may hold a number the library finds.
     */
    boolean mayHoldNumber(CharSequence text, int from, int to) {
        char[] leading = new char[LEADING];
        int i = from;
        boolean first = true;
        while (i < to) {
            if (!Character.isDigit(text.charAt(i))) {
                i++;
                continue;
            }
            int runEnd = runEnd(text, i, to);
            int start = i;
            if (runEnd - i > MAX_BLOCK) {
                if (!first) {
                    // After other digits the matcher may start a candidate anywhere in a long run.
                    return true;
                }
                // The input's first run: candidates of 21 blocks of 20 digits from its start, none
                // of which can be a number, then what is left, which starts the last candidate.
                start = runEnd - ((runEnd - i - 1) % (MAX_BLOCK * MAX_BLOCKS) + 1);
            }
            if (subRunMayMatch(text, start, to, from, leading)) {
                return true;
            }
            if (start == i && afterExtensionLabel(text, i, from)) {
                // A candidate's extension may take up to 20 digits of this run (after "ext", "#",
                // ";", "x" ...), and the matcher's next candidate then starts inside it.
                for (int k = i + 1; k < runEnd && k <= i + MAX_BLOCK; k++) {
                    if (subRunMayMatch(text, k, to, from, leading)) {
                        return true;
                    }
                }
            }
            first = false;
            i = runEnd;
        }
        return false;
    }

    /**
     * True when the digits at {@code start} may be an extension's: one of the library's extension
     * labels ({@code ext}, {@code extension}, {@code anexo}, {@code int}, {@code x}, {@code #},
     * {@code ;}, {@code ,} ...) ends before them, past the marks an extension's digits may follow.
     */
    private static boolean afterExtensionLabel(CharSequence text, int start, int from) {
        int end = start;
        while (end > from && EXTENSION_GAP.indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        if (end == from) {
            return false;
        }
        String before = text.subSequence(Math.max(from, end - LONGEST_LABEL), end).toString().toLowerCase(Locale.ROOT);
        for (String label : EXTENSION_LABELS) {
            if (before.endsWith(label)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a match can start at {@code start}, the first digit of a run: whether the runs the
     * matcher's pattern joins to it, counted from it, ever add up to a number's digit count.
     * Every match less its extension is such a sub-run, so the extension needs no case of its own.
     */
    private boolean subRunMayMatch(CharSequence text, int start, int to, int from, char[] leading) {
        int leadingCount = leadingDigits(text, start, to, leading);
        boolean afterPlus = plusBefore(text, start, from);
        int idd = internationalPrefixLength(leading, leadingCount);
        int digits = 0;
        int i = start;
        while (true) {
            int runEnd = runEnd(text, i, to);
            if (runEnd - i > MAX_BLOCK && i != start) {
                return true;   // a long run inside: see mayHoldNumber
            }
            digits += runEnd - i;
            if (digits > MAX_DIGITS) {
                return false;
            }
            if (mayBeNational(digits, leading, 0, leadingCount, true)
                    || (afterPlus && afterCountryCodeMayBe(leading, 0, leadingCount, digits))
                    || (idd > 0 && afterCountryCodeMayBe(leading, idd, leadingCount, digits - idd))) {
                return true;
            }
            int next = joined(text, runEnd, to);
            if (next < 0) {
                return false;
            }
            i = next;
        }
    }

    /** How many leading digits the default region's international call prefix takes, or -1. */
    private int internationalPrefixLength(char[] leading, int count) {
        if (fixedInternationalPrefix != null) {
            return startsWith(leading, 0, count, fixedInternationalPrefix) ? fixedInternationalPrefix.length() : -1;
        }
        Matcher prefix = internationalPrefix.matcher(java.nio.CharBuffer.wrap(leading, 0, count));
        return prefix.lookingAt() && prefix.end() > 0 ? prefix.end() : -1;
    }

    /** The start of the run that 1 to 4 marks join to a run ending at {@code runEnd}, or -1. */
    private static int joined(CharSequence text, int runEnd, int to) {
        int next = runEnd;
        while (next < to && next - runEnd < 4 && isPunctuation(text.charAt(next))) {
            next++;
        }
        return next > runEnd && next < to && Character.isDigit(text.charAt(next)) ? next : -1;
    }

    /** Fills {@code leading} with the first digits of the sub-run at {@code start}; returns how many. */
    private static int leadingDigits(CharSequence text, int start, int to, char[] leading) {
        int count = 0;
        int i = start;
        while (count < leading.length) {
            int runEnd = runEnd(text, i, to);
            for (int k = i; k < runEnd && count < leading.length; k++) {
                leading[count++] = (char) ('0' + Character.digit(text.charAt(k), 10));
            }
            int next = joined(text, runEnd, to);
            if (next < 0) {
                break;
            }
            i = next;
        }
        return count;
    }

    /**
     * Whether {@code digits} digits, the first of which are {@code leading[at..count)}, can be a
     * number written nationally: a national number, after the national prefix or not, after the
     * country code or not ({@code withCode}).
     */
    private boolean mayBeNational(int digits, char[] leading, int at, int count, boolean withCode) {
        if (digits <= 0) {
            return false;
        }
        if (national[digits]) {
            return true;
        }
        if (!nationalPrefix.isEmpty() && startsWith(leading, at, count, nationalPrefix)
                && digits > nationalPrefix.length() && national[digits - nationalPrefix.length()]) {
            return true;
        }
        if (nationalPrefixPattern) {
            for (int k = 1; k <= MAX_PREFIX && k < digits; k++) {
                if (national[digits - k]) {
                    return true;
                }
            }
        }
        return withCode && startsWith(leading, at, count, ownCode)
                && mayBeNational(digits - ownCode.length(), leading, at + ownCode.length(), count, false);
    }

    /**
     * Whether {@code digits} digits starting with {@code leading[at..count)} can be a country code
     * the library knows and a number of that country (its national prefix or not).
     */
    private boolean afterCountryCodeMayBe(char[] leading, int at, int count, int digits) {
        int code = 0;
        for (int length = 1; length <= 3 && at + length <= count; length++) {
            code = code * 10 + (leading[at + length - 1] - '0');
            int rest = digits - length;
            if (rest > 0 && rest <= MAX_DIGITS) {
                boolean[] table = afterCountryCode(code);
                if (table != null && table[rest]) {
                    return true;
                }
            }
        }
        return false;
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

    /** True when a plus sign stands within the reach of a candidate's lead before {@code start}. */
    private static boolean plusBefore(CharSequence text, int start, int from) {
        for (int i = start - 1; i >= from && i >= start - LEAD_REACH; i--) {
            char c = text.charAt(i);
            if (c == '+' || c == '\uff0b') {
                return true;
            }
        }
        return false;
    }

    private static int runEnd(CharSequence text, int i, int to) {
        while (i < to && Character.isDigit(text.charAt(i))) {
            i++;
        }
        return i;
    }
}
