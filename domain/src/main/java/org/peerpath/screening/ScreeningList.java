package org.peerpath.screening;

/** The exclusion lists every peer, supervisor and BHP is screened against (SCR-1). */
public enum ScreeningList {
    OIG_LEIE,
    SAM,
    MEDI_CAL_SUSPENDED_AND_INELIGIBLE;
}
