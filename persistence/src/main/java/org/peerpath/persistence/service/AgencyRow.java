package org.peerpath.persistence.service;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.peerpath.service.AgencyContact;

/** SVC-6: one provider or agency contacted on the member's behalf, a row of {@code peer_service_agency}. */
@Embeddable
public class AgencyRow {

    @Column(nullable = false, length = 200)
    String organization;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    AgencyContact.Purpose purpose;
}
