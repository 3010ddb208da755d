package org.peerpath.persistence.collateral;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
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
import org.peerpath.collateral.Relationship;

/** A collateral with its authorizations and consents; a change to any of them raises the row's version. */
@Entity
@Table(name = "collateral")
public class CollateralJpaEntity {

    @Id
    private UUID id;

    @Column(name = "member_id", nullable = false)
    private UUID memberId;

    @Column(name = "given_name", nullable = false, length = 80)
    private String givenName;

    @Column(name = "family_name", nullable = false, length = 80)
    private String familyName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private Relationship relationship;

    @Column(length = 20)
    private @Nullable String phone;

    @Column(length = 254)
    private @Nullable String email;

    @Column(length = 300)
    private @Nullable String address;

    @Column(nullable = false, length = 40)
    private String language;

    @Column(name = "ended_on")
    private @Nullable LocalDate endedOn;

    @ElementCollection
    @CollectionTable(name = "collateral_authorization", joinColumns = @JoinColumn(name = "collateral_id"))
    @OrderBy("grantedOn")
    private List<AuthorizationRow> authorizations = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "collateral_part2_consent", joinColumns = @JoinColumn(name = "collateral_id"))
    @OrderBy("signedOn")
    private List<ConsentRow> consents = new ArrayList<>();

    @Version
    private long version;

    public UUID getId() {
        return id;
    }

    public void setId(UUID id) {
        this.id = id;
    }

    public UUID getMemberId() {
        return memberId;
    }

    public void setMemberId(UUID memberId) {
        this.memberId = memberId;
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

    public Relationship getRelationship() {
        return relationship;
    }

    public void setRelationship(Relationship relationship) {
        this.relationship = relationship;
    }

    public @Nullable String getPhone() {
        return phone;
    }

    public void setPhone(@Nullable String phone) {
        this.phone = phone;
    }

    public @Nullable String getEmail() {
        return email;
    }

    public void setEmail(@Nullable String email) {
        this.email = email;
    }

    public @Nullable String getAddress() {
        return address;
    }

    public void setAddress(@Nullable String address) {
        this.address = address;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public @Nullable LocalDate getEndedOn() {
        return endedOn;
    }

    public void setEndedOn(@Nullable LocalDate endedOn) {
        this.endedOn = endedOn;
    }

    public List<AuthorizationRow> getAuthorizations() {
        return authorizations;
    }

    public void setAuthorizations(List<AuthorizationRow> authorizations) {
        this.authorizations = authorizations;
    }

    public List<ConsentRow> getConsents() {
        return consents;
    }

    public void setConsents(List<ConsentRow> consents) {
        this.consents = consents;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
