package org.peerpath.credential;

import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.peerpath.shared.Dates;
import org.peerpath.shared.Field;

/**
 * What a candidate brings to the initial certification (CERT-2). Whether it is enough is decided by {@link
 * Certification#issue}, so that a form can record an incomplete candidate and show what is missing.
 */
public record CandidateQualifications(
        LocalDate dateOfBirth,
        boolean highSchoolDiplomaOrEquivalent,
        @Nullable LivedExperience livedExperience,
        boolean willingToShareExperience,
        EthicsAffirmation ethicsAffirmation,
        @Nullable InitialTraining training,
        @Nullable LocalDate examPassedOn) {

    public static final int MINIMUM_AGE = 18;
    public static final int TRAINING_HOURS = 80;

    public CandidateQualifications {
        Dates.required(Field.DATE_OF_BIRTH, dateOfBirth);
        Objects.requireNonNull(ethicsAffirmation, "ethicsAffirmation");
    }
}
