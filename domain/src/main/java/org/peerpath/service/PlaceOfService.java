package org.peerpath.service;

/** SVC-4: CMS place-of-service codes used for peer services. 02 and 10 are telehealth only. */
public enum PlaceOfService {
    TELEHEALTH_OTHER_THAN_HOME("02", true),
    SHELTER("04", false),
    CORRECTIONAL_FACILITY("09", false),
    TELEHEALTH_IN_HOME("10", true),
    OFFICE("11", false),
    HOME("12", false),
    INPATIENT_HOSPITAL("21", false),
    OUTREACH_STREET("27", false),
    PSYCHIATRIC_INPATIENT("51", false),
    COMMUNITY_MENTAL_HEALTH_CENTER("53", false),
    RESIDENTIAL_SUD_FACILITY("55", false),
    NON_RESIDENTIAL_SUD_FACILITY("57", false),
    OTHER("99", false);

    private final String code;
    private final boolean telehealth;

    PlaceOfService(String code, boolean telehealth) {
        this.code = code;
        this.telehealth = telehealth;
    }

    public String code() {
        return code;
    }

    public boolean isTelehealth() {
        return telehealth;
    }
}
