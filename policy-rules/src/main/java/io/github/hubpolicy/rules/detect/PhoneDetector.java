package io.github.hubpolicy.rules.detect;

import com.google.i18n.phonenumbers.PhoneNumberMatch;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.Leniency;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.Phonemetadata.PhoneMetadata;
import com.google.i18n.phonenumbers.metadata.DefaultMetadataDependenciesProvider;
import com.google.i18n.phonenumbers.metadata.source.MetadataSource;
import java.util.ArrayList;
import java.util.List;

/**
 * Phone numbers as libphonenumber finds them with leniency {@code STRICT_GROUPING} for a default
 * region (section 4), minus any that overlap a card or social security number.
 *
 * <p>The library is exact but costly (about 20 to 70 microseconds per KiB of ordinary text,
 * milliseconds per KiB of dense digits), and it copies the rest of its input for every candidate
 * that looks like a time stamp, which is quadratic on a long run of them. So the text is cut into
 * <em>pieces</em> at characters that the library's number pattern can never match (line breaks
 * and most ASCII punctuation and letters; see {@link #isCut}). No number can span such a
 * character, and each piece is handed to the library with the cut character on either side,
 * which is all the context the library reads (one character before and after a candidate, a
 * {@code :dd} time suffix after it), so the result is the library's result on the whole text.
 *
 * <p>The pre-check: a piece is skipped unless it holds {@link #MIN_DIGITS} digits no more than
 * {@link #MAX_GAP} characters apart, the least that any number the library accepts can hold, and
 * unless {@link NumberShapes} finds in it the shape of a string the library's matcher could
 * return (blocks of digits, the marks joining them, a digit count the region's metadata allows).
 * Both only ever skip what the library would reject: the differential test holds them to the
 * library itself. A piece longer than {@link #PIECE_LIMIT} (only ever a long run of digits and
 * phone punctuation) is read in overlapping windows, which bounds the library's work per
 * character; only there can the result differ from a single call, and only for a number near a
 * window edge in such a run.
 *
 * <p>What the library reads is charged to a {@link PhoneBudget} per item, in characters: a
 * window that would overspend it is not read but recorded, and the item is decided without it.
 */
final class PhoneDetector {
    /**
     * The fewest digits a phone number the library accepts can hold: the shortest valid national
     * significant numbers in its metadata have four digits (Austria, Germany, Iran, ...). A local
     * number that a region's dialling rule completes (seven digits on the NANPA islands, five on
     * Norfolk Island) holds more. Checked against the metadata by the tests.
     */
    static final int MIN_DIGITS = 4;
    /** The most characters between two digits of one number: the library allows four punctuation marks. */
    static final int MAX_GAP = 4;
    /** The longest piece read whole; a longer one is read in windows this long plus {@link #OVERLAP} each side. */
    static final int PIECE_LIMIT = 8192;
    /** How far a window reaches past its own part of a long piece: past the longest candidate (about 550 chars). */
    static final int OVERLAP = 640;

    /** ASCII characters that the library's number pattern (digits, punctuation, extension labels) can match. */
    private static final String PATTERN_ASCII = "0123456789aeinostxAEINOSTX()[]+-./~ \t,;=:#";
    private static final boolean[] CUT = new boolean[128];

    static {
        for (char c = 0; c < 128; c++) {
            CUT[c] = PATTERN_ASCII.indexOf(c) < 0;
        }
    }

    /**
     * Instances of the library, one picked per thread by the thread's id. An instance serialises
     * every regular-expression lookup behind one lock (its {@code RegexCache}); with the one
     * process-wide instance, two threads scanned at 1.4x the rate of one on two cores. A few
     * instances (twice the processors, a power of two), each loading its metadata on first use,
     * make such collisions rare at a small, bounded cost in memory.
     */
    private final PhoneNumberUtil[] libraries;
    private final String region;
    /** The fewest digits a number of this region written without a plus sign holds; see {@link #minDigitsWithoutPlus}. */
    private final int minDigitsWithoutPlus;
    /** The exact pre-filter, or null to hand the library every piece with a digit cluster (the differential test's reference). */
    private final NumberShapes shapes;

    PhoneDetector(String region) {
        this(region, true);
    }

    /** {@code preFilter} false: the library reads every piece holding a digit cluster, as before the pre-filter. */
    PhoneDetector(String region, boolean preFilter) {
        this.region = region;
        this.libraries = new PhoneNumberUtil[Integer.highestOneBit(2 * Runtime.getRuntime().availableProcessors() - 1) << 1];
        for (int i = 0; i < libraries.length; i++) {
            libraries[i] = PhoneNumberUtil.createInstance(DefaultMetadataDependenciesProvider.getInstance().getMetadataLoader());
        }
        this.minDigitsWithoutPlus = minDigitsWithoutPlus(libraries[0], region);
        this.shapes = preFilter ? new NumberShapes(libraries[0], region) : null;
    }

    /** This thread's instance of the library. */
    private PhoneNumberUtil library() {
        return libraries[(int) (Thread.currentThread().getId() & (libraries.length - 1))];
    }

    /**
     * The fewest digits a number the library finds can show when it is written without a plus
     * sign, for this default region. At {@code STRICT_GROUPING} the library finds valid numbers
     * only, and reading one can drop digits (a national prefix, a carrier code, a call prefix and
     * country code) but add none, except through the default region's dialling rule (a local
     * number completed with its area code). So such a number shows at least the fewest of:
     * <ul>
     *   <li>the shortest valid national number of any region with the default region's country
     *       code (the lengths of their general descriptions);
     *   <li>the shortest local-only number of the default region, when it has a dialling rule;
     *   <li>a number dialled through the default region's international call prefix: the
     *       prefix's digits (its length when it is one fixed string of digits, else one), a
     *       country code (one digit or more) and the shortest national number anywhere
     *       ({@link #MIN_DIGITS}).
     * </ul>
     * For {@code US} that is 7 (Canada has valid seven-digit numbers; {@code 011}, a country code
     * and four digits make 8), against 4 for any region: most digit clusters in cards (versions,
     * decimals, table cells) are shorter, and the library, the dominant cost of a decision, is
     * then not called at all. The tests check the bound against every region's example numbers as
     * every region dials them.
     */
    static int minDigitsWithoutPlus(PhoneNumberUtil util, String region) {
        MetadataSource metadata = DefaultMetadataDependenciesProvider.getInstance().getPhoneNumberMetadataSource();
        PhoneMetadata own = metadata.getMetadataForRegion(region);
        String callPrefix = own.getInternationalPrefix();
        int shortest = (callPrefix.matches("[0-9]+") ? callPrefix.length() : 1) + 1 + MIN_DIGITS;
        for (String sameCode : util.getRegionCodesForCountryCode(util.getCountryCodeForRegion(region))) {
            for (int length : metadata.getMetadataForRegion(sameCode).getGeneralDesc().getPossibleLengthList()) {
                shortest = Math.min(shortest, length);
            }
        }
        if (own.hasNationalPrefixTransformRule()) {
            for (int length : own.getGeneralDesc().getPossibleLengthLocalOnlyList()) {
                shortest = Math.min(shortest, length);
            }
        }
        return shortest;
    }

    /** The phone numbers in {@code text}, in order, leaving out any that overlaps one of {@code notPhones}; no budget. */
    List<ContactDetail> find(TextField field, String text, List<SensitiveIdentifier> notPhones) {
        return find(field, text, notPhones, new PhoneBudget(Integer.MAX_VALUE));
    }

    /**
     * The phone numbers in {@code text}, in order, leaving out any that overlaps one of
     * {@code notPhones}. A piece the library would read once {@code budget} is spent is not
     * read, and recorded in the budget instead.
     */
    List<ContactDetail> find(TextField field, String text, List<SensitiveIdentifier> notPhones, PhoneBudget budget) {
        return find(field, text, 0, text.length(), notPhones, budget);
    }

    /**
     * As {@link #find(TextField, String, List, PhoneBudget)}, for a text whose digits all lie in
     * {@code [from, to)}: the scanner passes the range from the view's first digit to its last.
     * Only the pieces holding a digit are cut out (a piece without one holds no digit cluster, so
     * the library would never read it), each found from its digit, backwards and forwards to the
     * cut characters around it. Allocates nothing when nothing is found.
     */
    List<ContactDetail> find(TextField field, String text, int from, int to, List<SensitiveIdentifier> notPhones,
                             PhoneBudget budget) {
        List<ContactDetail> found = List.of();
        int floor = 0;
        for (int digit = nextDigit(text, from, to); digit >= 0; ) {
            int start = digit;
            while (start > floor && !isCut(text.charAt(start - 1))) {
                start--;
            }
            int end = digit + 1;
            while (end < text.length() && !isCut(text.charAt(end))) {
                end++;
            }
            found = findInPiece(field, text, start, end, found, budget);
            floor = end + 1;
            digit = nextDigit(text, floor, to);
        }
        return withoutOverlaps(found, notPhones);
    }

    /**
     * The fewest digits a text must hold for the library to read any of it (a digit cluster, see
     * {@link #holdsDigitCluster}): the scanner does not call the detector on a text with fewer.
     */
    int fewestDigits() {
        return Math.min(MIN_DIGITS, minDigitsWithoutPlus);
    }

    /** The first index in {@code [from, to)} holding a decimal digit of any script (as the library reads them), or -1. */
    private static int nextDigit(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < 0x80 ? Ascii.isDigit(c) : Character.isDigit(text.codePointAt(i))) {
                return i;
            }
        }
        return -1;
    }

    /** {@code found} with the numbers of the piece {@code [start, end)} added (a new list when it was empty). */
    private List<ContactDetail> findInPiece(TextField field, String text, int start, int end, List<ContactDetail> found,
                                            PhoneBudget budget) {
        // The cut characters around the piece are the library's context.
        int from = Math.max(0, start - 1);
        int to = Math.min(text.length(), end + 1);
        if (end - start <= PIECE_LIMIT) {
            return findInWindow(field, text, from, to, start, end, found, budget);
        }
        for (int own = start; own < end; own += PIECE_LIMIT) {
            int ownEnd = Math.min(end, own + PIECE_LIMIT);
            found = findInWindow(field, text, Math.max(from, own - OVERLAP), Math.min(to, ownEnd + OVERLAP), own, ownEnd, found, budget);
        }
        return found;
    }

    /**
     * Runs the library over {@code [from, to)} and keeps the matches that start in
     * {@code [ownStart, ownEnd)} and do not overlap the last match kept; returns {@code found}
     * with them added (a new list when it was empty).
     */
    private List<ContactDetail> findInWindow(TextField field, String text, int from, int to, int ownStart, int ownEnd,
                                             List<ContactDetail> found, PhoneBudget budget) {
        if (!holdsDigitCluster(text, from, to, minDigitsWithoutPlus)
                || (shapes != null && !shapes.mayHoldNumber(text, from, to))) {
            return found;
        }
        if (!budget.spend(to - from)) {
            budget.skip(field, ownStart, ownEnd);
            return found;
        }
        if (found.isEmpty()) {
            found = new ArrayList<>();
        }
        CharSequence window = text.substring(from, to);
        PhoneNumberUtil util = library();
        for (PhoneNumberMatch match : util.findNumbers(window, region, Leniency.STRICT_GROUPING, Long.MAX_VALUE)) {
            int start = from + match.start();
            int end = from + match.end();
            boolean afterLast = found.isEmpty() || found.get(found.size() - 1).span().end() <= start;
            if (start >= ownStart && start < ownEnd && afterLast) {
                String e164 = util.format(match.number(), PhoneNumberFormat.E164);
                found.add(new ContactDetail(ContactKind.PHONE, e164, new Span(field, start, end)));
            }
        }
        return found;
    }

    /** True when {@code [from, to)} holds {@link #MIN_DIGITS} digits, each within {@link #MAX_GAP} of the last. */
    static boolean holdsDigitCluster(String text, int from, int to) {
        return holdsDigitCluster(text, from, to, MIN_DIGITS);
    }

    /**
     * True when {@code [from, to)} holds a cluster of digits, each within {@link #MAX_GAP} of the
     * last, of {@link #MIN_DIGITS} digits after a plus sign or {@code withoutPlus} digits otherwise.
     */
    static boolean holdsDigitCluster(String text, int from, int to, int withoutPlus) {
        int count = 0;
        int lastDigitEnd = from;
        int lastPlus = -1;
        boolean afterPlus = false;
        int i = from;
        while (i < to) {
            int codePoint = text.codePointAt(i);
            int next = i + Character.charCount(codePoint);
            if (codePoint == '+' || codePoint == '\uff0b') {
                lastPlus = i;
            } else if (Character.isDigit(codePoint)) {   // any decimal digit, not only ASCII: the library reads them all
                if (count == 0 || i - lastDigitEnd > MAX_GAP) {
                    count = 0;
                    afterPlus = lastPlus >= 0 && i - lastPlus - 1 <= MAX_GAP;
                }
                count++;
                lastDigitEnd = next;
                if (count >= (afterPlus ? MIN_DIGITS : withoutPlus)) {
                    return true;
                }
            }
            i = next;
        }
        return false;
    }

    /** True for a character no phone number can contain (see {@link #PATTERN_ASCII}). */
    static boolean isCut(char c) {
        return c < 128 && CUT[c];
    }

    /** Both lists are in order and neither overlaps itself, so one sweep finds every overlap. */
    private static List<ContactDetail> withoutOverlaps(List<ContactDetail> phones, List<SensitiveIdentifier> notPhones) {
        if (notPhones.isEmpty() || phones.isEmpty()) {
            return phones;
        }
        List<ContactDetail> kept = new ArrayList<>(phones.size());
        int next = 0;
        for (ContactDetail phone : phones) {
            Span span = phone.span();
            while (next < notPhones.size() && notPhones.get(next).span().end() <= span.start()) {
                next++;
            }
            if (next == notPhones.size() || !notPhones.get(next).span().overlaps(span)) {
                kept.add(phone);
            }
        }
        return kept;
    }
}
