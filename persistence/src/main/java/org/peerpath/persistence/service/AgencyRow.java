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
    private String organization;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private AgencyContact.Purpose purpose;

    public String getOrganization() {
        return organization;
    }

    public void setOrganization(String organization) {
        this.organization = organization;
    }

    public AgencyContact.Purpose getPurpose() {
        return purpose;
    }

    public void setPurpose(AgencyContact.Purpose purpose) {
        this.purpose = purpose;
    }
}
