package org.peerpath.supervision;

import java.util.Objects;

/**
 * DIR-3: a professional outside the program who recommended peer services (a physician at a clinic, say): their name and
 * license number as written on the recommendation. They hold no account, so they never join the care team (MEM-3).
 */
public record ExternalRecommender(String name, String licenseNumber) {

    public static final int NAME_MAX_LENGTH = 160;
    public static final int LICENSE_MAX_LENGTH = 40;

    public ExternalRecommender {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(licenseNumber, "licenseNumber");
    }

    /** How the recommendation reads it; the license number tells apart two people of one name. */
    public String key() {
        return name + " #" + licenseNumber;
    }
}
