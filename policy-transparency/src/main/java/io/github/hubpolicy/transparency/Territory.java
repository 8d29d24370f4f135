package io.github.hubpolicy.transparency;

import java.util.EnumSet;
import java.util.Set;

/**
 * The schema's {@code territorial_scope} values: the EU and EEA countries, by ISO 3166-1 code, in
 * the schema's (alphabetical) order. The constant's name is the key.
 */
public enum Territory {
    /** Austria. */
    AT,
    /** Belgium. */
    BE,
    /** Bulgaria. */
    BG,
    /** Cyprus. */
    CY,
    /** Czechia. */
    CZ,
    /** Germany. */
    DE,
    /** Denmark. */
    DK,
    /** Estonia. */
    EE,
    /** Spain. */
    ES,
    /** Finland. */
    FI,
    /** France. */
    FR,
    /** Greece. */
    GR,
    /** Croatia. */
    HR,
    /** Hungary. */
    HU,
    /** Ireland. */
    IE,
    /** Iceland (EEA). */
    IS,
    /** Italy. */
    IT,
    /** Liechtenstein (EEA). */
    LI,
    /** Lithuania. */
    LT,
    /** Luxembourg. */
    LU,
    /** Latvia. */
    LV,
    /** Malta. */
    MT,
    /** Netherlands. */
    NL,
    /** Norway (EEA). */
    NO,
    /** Poland. */
    PL,
    /** Portugal. */
    PT,
    /** Romania. */
    RO,
    /** Sweden. */
    SE,
    /** Slovenia. */
    SI,
    /** Slovakia. */
    SK;

    /** Every EEA country: the scope of a decision that applies everywhere (the default). */
    public static Set<Territory> eea() {
        return EnumSet.allOf(Territory.class);
    }

    /** The 27 EU member states. */
    public static Set<Territory> eu() {
        return EnumSet.complementOf(EnumSet.of(IS, LI, NO));
    }
}
