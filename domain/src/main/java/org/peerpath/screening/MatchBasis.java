package org.peerpath.screening;

/** What a list entry matched on (SCR-2): a name alone needs review; an NPI or license number is confirmed. */
public enum MatchBasis {
    NONE,
    NAME_ONLY,
    NPI,
    LICENSE_NUMBER;

    public Outcome outcome() {
        return switch (this) {
            case NONE -> Outcome.CLEAR;
            case NAME_ONLY -> Outcome.REVIEW_TASK;
            case NPI, LICENSE_NUMBER -> Outcome.CONFIRMED_EXCLUSION;
        };
    }

    public enum Outcome {
        CLEAR,
        REVIEW_TASK,
        CONFIRMED_EXCLUSION
    }
}
