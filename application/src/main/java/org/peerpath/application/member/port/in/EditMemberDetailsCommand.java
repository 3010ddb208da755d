package org.peerpath.application.member.port.in;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.peerpath.application.shared.Actor;
import org.peerpath.member.MemberId;
import org.peerpath.shared.County;

/**
 * What front desk or an admin changes on the Details tab (MEM-1): the facts of enrollment and the contact details,
 * over the {@code version} of the member they saw.
 */
public record EditMemberDetailsCommand(
        Actor actor,
        MemberId member,
        @Nullable String givenName,
        @Nullable String familyName,
        @Nullable LocalDate dateOfBirth,
        @Nullable String cin,
        @Nullable County county,
        @Nullable String preferredLanguage,
        @Nullable String phone,
        @Nullable String address,
        long version) {}
