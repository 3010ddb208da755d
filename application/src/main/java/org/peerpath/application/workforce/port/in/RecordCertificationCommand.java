package org.peerpath.application.workforce.port.in;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.peerpath.application.shared.Actor;
import org.peerpath.credential.CertificationPath;
import org.peerpath.credential.LivedExperience;
import org.peerpath.shared.StaffId;

/**
 * CERT-2, CERT-3, CERT-5: a certification as the CalMHSA registry lists it, with what the candidate brought. The
 * expiry is the registry's; left empty, it is 2 years after issue. The date of birth comes from the staff record.
 */
public record RecordCertificationCommand(
        Actor actor,
        StaffId peer,
        @Nullable String number,
        @Nullable CertificationPath path,
        @Nullable LocalDate issuedOn,
        @Nullable LocalDate expiresOn,
        Candidate candidate) {

    /** CERT-2: the candidate's qualifications; training and exam matter on the initial path. */
    public record Candidate(
            boolean highSchoolDiploma,
            @Nullable LivedExperience livedExperience,
            boolean willingToShare,
            @Nullable LocalDate ethicsSignedOn,
            @Nullable String codeVersion,
            @Nullable String trainingEntity,
            @Nullable LocalDate trainingCompletedOn,
            int trainingHours,
            @Nullable LocalDate examPassedOn) {}
}
