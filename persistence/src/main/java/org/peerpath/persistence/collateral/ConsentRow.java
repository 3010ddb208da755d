package org.peerpath.persistence.collateral;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One written Part 2 consent naming the collateral (COL-3), a row of {@code collateral_part2_consent}. */
@Embeddable
public class ConsentRow {

    @Column(nullable = false)
    private UUID id;

    @Column(name = "named_person", nullable = false, length = 160)
    private String namedPerson;

    @Column(name = "signed_on", nullable = false)
    private LocalDate signedOn;

    @Column(name = "expires_on")
    private @Nullable LocalDate expiresOn;

    @Column(name = "revoked_on")
    private @Nullable LocalDate revokedOn;

    /** COL-3: {@code namedPerson} is the class of persons the consent names, which includes this collateral. */
    @Column(name = "names_class", nullable = false)
    private boolean namesClass;

    public boolean isNamesClass() {
        return namesClass;
    }

    public void setNamesClass(boolean namesClass) {
        this.namesClass = namesClass;
    }

    public UUID getId() {
        return id;
    }

    public void setId(UUID id) {
        this.id = id;
    }

    public String getNamedPerson() {
        return namedPerson;
    }

    public void setNamedPerson(String namedPerson) {
        this.namedPerson = namedPerson;
    }

    public LocalDate getSignedOn() {
        return signedOn;
    }

    public void setSignedOn(LocalDate signedOn) {
        this.signedOn = signedOn;
    }

    public @Nullable LocalDate getExpiresOn() {
        return expiresOn;
    }

    public void setExpiresOn(@Nullable LocalDate expiresOn) {
        this.expiresOn = expiresOn;
    }

    public @Nullable LocalDate getRevokedOn() {
        return revokedOn;
    }

    public void setRevokedOn(@Nullable LocalDate revokedOn) {
        this.revokedOn = revokedOn;
    }
}
