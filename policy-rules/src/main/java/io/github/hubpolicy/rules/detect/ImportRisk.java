package io.github.hubpolicy.rules.detect;

/** How risky a pickle import is (section 4, pickle imports). */
public enum ImportRisk {
    /** On the list of imports that plain tensors and arrays need. */
    SAFE,
    /** Neither safe nor dangerous: worth a warning. */
    SUSPICIOUS,
    /** Can run commands, touch files or the network, or load more pickles. */
    DANGEROUS
}
