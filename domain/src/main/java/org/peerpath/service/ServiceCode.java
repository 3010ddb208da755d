package org.peerpath.service;

/** SVC-2: the two peer support codes, both per 15 minutes. */
public enum ServiceCode {
    /** Individual peer services. */
    H0038(false),
    /** Group peer services only. */
    H0025(true);

    private final boolean group;

    ServiceCode(boolean group) {
        this.group = group;
    }

    public boolean isGroup() {
        return group;
    }
}
