package org.peerpath.screening;

/** The exclusion lists every peer, supervisor and BHP is screened against (SCR-1). */
public enum ScreeningList {
    OIG_LEIE("OIG exclusion list"),
    SAM("SAM"),
    MEDI_CAL_SUSPENDED_AND_INELIGIBLE("Medi-Cal Suspended & Ineligible list");

    private final String label;

    ScreeningList(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
