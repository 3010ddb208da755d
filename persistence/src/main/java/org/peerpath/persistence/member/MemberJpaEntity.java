package org.peerpath.persistence.member;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
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

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "delivery_systems", nullable = false, columnDefinition = "varchar(8)[]")
    private String[] deliverySystems;

    @Column(name = "preferred_language", nullable = false, length = 40)
    private String preferredLanguage;

    @Column(name = "primary_peer_id")
    private @Nullable UUID primaryPeerId;

    @Version
    private long version;

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

    public String[] getDeliverySystems() {
        return deliverySystems;
    }

    public void setDeliverySystems(String[] deliverySystems) {
        this.deliverySystems = deliverySystems;
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
