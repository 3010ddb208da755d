package org.peerpath.screening;

/**
 * What a list entry matched on (SCR-2): a name alone needs review; an NPI or license number is confirmed; a name match
 * an admin confirmed on review is confirmed from the effective date they gave.
 */
public enum MatchBasis {
    NONE,
    NAME_ONLY,
    NPI,
    LICENSE_NUMBER,
    NAME_CONFIRMED_ON_REVIEW;

    public Outcome outcome() {
        return switch (this) {
            case NONE -> Outcome.CLEAR;
            case NAME_ONLY -> Outcome.REVIEW_TASK;
            case NPI, LICENSE_NUMBER, NAME_CONFIRMED_ON_REVIEW -> Outcome.CONFIRMED_EXCLUSION;
        };
    }

    public enum Outcome {
        CLEAR,
        REVIEW_TASK,
        CONFIRMED_EXCLUSION
    }
}
