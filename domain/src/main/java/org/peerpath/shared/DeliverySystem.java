package org.peerpath.shared;

/** The Medi-Cal behavioral health delivery systems under which peer services may be claimed (CTY-1, SVC-7). */
public enum DeliverySystem {
    /** Specialty Mental Health Services. */
    SMHS("Specialty Mental Health", false),
    /** Drug Medi-Cal (state plan). */
    DMC("Drug Medi-Cal", true),
    /** Drug Medi-Cal Organized Delivery System. */
    DMC_ODS("Drug Medi-Cal ODS", true);

    private final String label;
    private final boolean substanceUse;

    DeliverySystem(String label, boolean substanceUse) {
        this.label = label;
        this.substanceUse = substanceUse;
    }

    public String label() {
        return label;
    }

    /** SUD delivery systems fall under 42 CFR Part 2 (CONF-3, COL-3). */
    public boolean isSubstanceUse() {
        return substanceUse;
    }
}
