package org.peerpath.service;

/**
 * SVC-2: the two peer support codes. The unit basis of each code is reference data: H0038 is per 15 minutes; H0025 per
 * 15 minutes is an assumption (OPEN) shown to admins.
 */
public enum ServiceCode {
    /** Individual peer services. */
    H0038(false, 15, false),
    /** Group peer services only. */
    H0025(true, 15, true);

    private final boolean group;
    private final int minutesPerUnit;
    private final boolean unitBasisAssumed;

    ServiceCode(boolean group, int minutesPerUnit, boolean unitBasisAssumed) {
        this.group = group;
        this.minutesPerUnit = minutesPerUnit;
        this.unitBasisAssumed = unitBasisAssumed;
    }

    public boolean isGroup() {
        return group;
    }

    /** SVC-2: the minutes one unit of this code stands for. */
    public int minutesPerUnit() {
        return minutesPerUnit;
    }

    /** SVC-2: true when no source we hold confirms the unit basis (OPEN). */
    public boolean isUnitBasisAssumed() {
        return unitBasisAssumed;
    }

    /** SVC-3: units for the counted minutes, by the 7/7 rounding of a 15-minute code. */
    public int units(int countedMinutes) {
        return Units.forMinutes(countedMinutes, minutesPerUnit);
    }
}
