package io.github.hubpolicy.rules.detect;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonemetadata.PhoneMetadata;
import com.google.i18n.phonenumbers.metadata.DefaultMetadataDependenciesProvider;
import com.google.i18n.phonenumbers.metadata.source.MetadataSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * {@link NumberShapes} reads the metadata of other countries only when a text dials them (cold
 * start), and the tables it computes on first need are those of every region's metadata read up
 * front (exactness; the differential test checks the pre-filter as a whole against the library).
 */
class NumberShapesTest {
    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
    private static final MetadataSource METADATA =
            DefaultMetadataDependenciesProvider.getInstance().getPhoneNumberMetadataSource();

    @Test
    void buildingReadsOnlyTheRegionsSharingTheDefaultRegionsCode() {
        // given
        CountingSource source = new CountingSource();

        // when
        new NumberShapes(UTIL, "GB", source);

        // then: GB shares +44 with Guernsey, the Isle of Man and Jersey
        assertThat(source.read).containsExactlyInAnyOrder("GB", "GG", "IM", "JE");
    }

    @Test
    void aPlusNumberReadsTheMetadataOfItsCountryCodeOnly() {
        // given
        CountingSource source = new CountingSource();
        NumberShapes shapes = new NumberShapes(UTIL, "GB", source);
        source.read.clear();

        // when
        String text = " +49 30 123456 ";
        boolean may = shapes.mayHoldNumber(text, 0, text.length());

        // then: the codes tried are 4 (unknown), 49 (Germany, which matches)
        assertThat(may).isTrue();
        assertThat(source.read).containsExactly("DE");
    }

    @Test
    void aTextWithoutPlusOrCallPrefixReadsNoOtherCountry() {
        // given
        CountingSource source = new CountingSource();
        NumberShapes shapes = new NumberShapes(UTIL, "US", source);
        source.read.clear();

        // when
        String text = " 415 555 0199 ";
        boolean may = shapes.mayHoldNumber(text, 0, text.length());

        // then
        assertThat(may).isTrue();
        assertThat(source.read).isEmpty();
    }

    @Test
    void tablesComputedOnFirstNeedEqualTheTablesOfEveryRegionReadUpFront() {
        // given: the tables as the pre-filter first built them, every region's metadata read
        boolean[][] upFront = tablesFromEveryRegion();
        NumberShapes shapes = new NumberShapes(UTIL, "US");

        // then: the same table for every code the library knows, none for any other
        int known = 0;
        for (int code = 0; code < upFront.length; code++) {
            assertThat(shapes.afterCountryCode(code)).as("country code %d", code).isEqualTo(upFront[code]);
            known += upFront[code] == null ? 0 : 1;
        }
        assertThat(known).isEqualTo(UTIL.getSupportedCallingCodes().size());
    }

    @Test
    void threadsRacingForTheSameTablesAllSeeThemWhole() throws Exception {
        // given
        boolean[][] upFront = tablesFromEveryRegion();
        NumberShapes shapes = new NumberShapes(UTIL, "US");
        int threads = 4;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            // when: every thread asks for every code, in the same order, at the same time
            List<Future<boolean[][]>> seen = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                seen.add(pool.submit(() -> {
                    start.await();
                    boolean[][] tables = new boolean[upFront.length][];
                    for (int code = 0; code < tables.length; code++) {
                        tables[code] = shapes.afterCountryCode(code);
                    }
                    return tables;
                }));
            }
            start.countDown();

            // then
            for (Future<boolean[][]> tables : seen) {
                assertThat(tables.get()).isDeepEqualTo(upFront);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * The reference: every supported region's and every non-geographical entity's digit counts
     * after its country code, read up front as the pre-filter did before it computed them lazily.
     */
    private static boolean[][] tablesFromEveryRegion() {
        boolean[][] tables = new boolean[1000][];
        for (String region : UTIL.getSupportedRegions()) {
            add(tables, UTIL.getCountryCodeForRegion(region), METADATA.getMetadataForRegion(region));
        }
        for (int code : UTIL.getSupportedGlobalNetworkCallingCodes()) {
            add(tables, code, METADATA.getMetadataForNonGeographicalRegion(code));
        }
        return tables;
    }

    private static void add(boolean[][] tables, int code, PhoneMetadata metadata) {
        if (tables[code] == null) {
            tables[code] = new boolean[NumberShapes.MAX_DIGITS + 1];
        }
        List<Integer> lengths = metadata.getGeneralDesc().getPossibleLengthList();
        if (lengths.isEmpty()) {
            lengths = new ArrayList<>();
            for (int length = 2; length <= 17; length++) {
                lengths.add(length);
            }
        }
        List<Integer> prefixes = new ArrayList<>(List.of(0));
        String forParsing = metadata.getNationalPrefixForParsing();
        if (forParsing.isEmpty()) {
            if (!metadata.getNationalPrefix().isEmpty()) {
                prefixes.add(metadata.getNationalPrefix().length());
            }
        } else if (forParsing.matches("[0-9]+") && !metadata.hasNationalPrefixTransformRule()) {
            prefixes.add(forParsing.length());
        } else {
            for (int prefix = 1; prefix <= NumberShapes.MAX_PREFIX; prefix++) {
                prefixes.add(prefix);
            }
        }
        for (int length : lengths) {
            for (int prefix : prefixes) {
                if (prefix + length <= NumberShapes.MAX_DIGITS) {
                    tables[code][prefix + length] = true;
                }
            }
        }
    }

    /** The library's metadata, recording which regions (or non-geographical codes) are read. */
    private static final class CountingSource implements MetadataSource {
        final Set<String> read = new ConcurrentSkipListSet<>();

        @Override
        public PhoneMetadata getMetadataForRegion(String region) {
            read.add(region);
            return METADATA.getMetadataForRegion(region);
        }

        @Override
        public PhoneMetadata getMetadataForNonGeographicalRegion(int code) {
            read.add("+" + code);
            return METADATA.getMetadataForNonGeographicalRegion(code);
        }
    }
}
