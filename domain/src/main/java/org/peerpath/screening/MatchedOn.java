package org.peerpath.screening;

/**
 * Which key of a list entry found a person, strongest first (SCR-2): NPI, then license number, then name with date of
 * birth, then name alone (when the list or the staff record has no date of birth).
 */
public enum MatchedOn {
    NPI(MatchBasis.NPI),
    LICENSE_NUMBER(MatchBasis.LICENSE_NUMBER),
    NAME_AND_DATE_OF_BIRTH(MatchBasis.NAME_ONLY),
    NAME_ONLY(MatchBasis.NAME_ONLY);

    private final MatchBasis basis;

    MatchedOn(MatchBasis basis) {
        this.basis = basis;
    }

    /** SCR-2: NPI and license matches are confirmed; name matches, even with a date of birth, are review tasks. */
    public MatchBasis basis() {
        return basis;
    }

    public boolean isStrongerThan(MatchedOn other) {
        return ordinal() < other.ordinal();
    }
}
