package org.peerpath.persistence.member;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "member")
public class MemberJpaEntity {

    @Id
    private UUID id;

    @Column(name = "given_name", nullable = false, length = 80)
    private String givenName;

    @Column(name = "family_name", nullable = false, length = 80)
    private String familyName;

    @Column(name = "date_of_birth", nullable = false)
    private LocalDate dateOfBirth;

    @Column(nullable = false, length = 9)
    private String cin;

    @Column(nullable = false, length = 20)
    private String county;

    /** SVC-7: every enrollment, ended ones included; a change to any of them raises the member's version. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "member_enrollment", joinColumns = @JoinColumn(name = "member_id"))
    @OrderBy("startsOn, deliverySystem")
    private List<EnrollmentRow> enrollments = new ArrayList<>();

    @Column(name = "preferred_language", nullable = false, length = 40)
    private String preferredLanguage;

    @Column(name = "primary_peer_id")
    private @Nullable UUID primaryPeerId;

    @Column(length = 20)
    private @Nullable String phone;

    @Column(length = 300)
    private @Nullable String address;

    @Column(name = "discharged_on")
    private @Nullable LocalDate dischargedOn;

    @Column(name = "discharge_reason", length = 300)
    private @Nullable String dischargeReason;

    @Version
    private long version;

    public @Nullable String getPhone() {
        return phone;
    }

    public void setPhone(@Nullable String phone) {
        this.phone = phone;
    }

    public @Nullable String getAddress() {
        return address;
    }

    public void setAddress(@Nullable String address) {
        this.address = address;
    }

    public @Nullable LocalDate getDischargedOn() {
        return dischargedOn;
    }

    public void setDischargedOn(@Nullable LocalDate dischargedOn) {
        this.dischargedOn = dischargedOn;
    }

    public @Nullable String getDischargeReason() {
        return dischargeReason;
    }

    public void setDischargeReason(@Nullable String dischargeReason) {
        this.dischargeReason = dischargeReason;
    }

    public UUID getId() {
        return id;
    }

    public void setId(UUID id) {
        this.id = id;
    }

    public String getGivenName() {
        return givenName;
    }

    public void setGivenName(String givenName) {
        this.givenName = givenName;
    }

    public String getFamilyName() {
        return familyName;
    }

    public void setFamilyName(String familyName) {
        this.familyName = familyName;
    }

    public LocalDate getDateOfBirth() {
        return dateOfBirth;
    }

    public void setDateOfBirth(LocalDate dateOfBirth) {
        this.dateOfBirth = dateOfBirth;
    }

    public String getCin() {
        return cin;
    }

    public void setCin(String cin) {
        this.cin = cin;
    }

    public String getCounty() {
        return county;
    }

    public void setCounty(String county) {
        this.county = county;
    }

    public List<EnrollmentRow> getEnrollments() {
        return enrollments;
    }

    public void setEnrollments(List<EnrollmentRow> enrollments) {
        this.enrollments = enrollments;
    }

    public String getPreferredLanguage() {
        return preferredLanguage;
    }

    public void setPreferredLanguage(String preferredLanguage) {
        this.preferredLanguage = preferredLanguage;
    }

    public @Nullable UUID getPrimaryPeerId() {
        return primaryPeerId;
    }

    public void setPrimaryPeerId(@Nullable UUID primaryPeerId) {
        this.primaryPeerId = primaryPeerId;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
