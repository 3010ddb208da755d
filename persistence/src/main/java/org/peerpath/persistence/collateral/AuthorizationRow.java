package org.peerpath.persistence.collateral;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One authorization to share (COL-3), a row of {@code collateral_authorization}. */
@Embeddable
public class AuthorizationRow {

    @Column(nullable = false)
    private UUID id;

    @Column(nullable = false, length = 200)
    private String scope;

    @Column(name = "granted_on", nullable = false)
    private LocalDate grantedOn;

    @Column(name = "expires_on")
    private @Nullable LocalDate expiresOn;

    @Column(name = "revoked_on")
    private @Nullable LocalDate revokedOn;

    public UUID getId() {
        return id;
    }

    public void setId(UUID id) {
        this.id = id;
    }

    public String getScope() {
        return scope;
    }

    public void setScope(String scope) {
        this.scope = scope;
    }

    public LocalDate getGrantedOn() {
        return grantedOn;
    }

    public void setGrantedOn(LocalDate grantedOn) {
        this.grantedOn = grantedOn;
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
