package org.peerpath.application.collateral.port.out;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.peerpath.collateral.AuthorizationToShare;
import org.peerpath.collateral.Collateral;
import org.peerpath.collateral.Part2Consent;
import org.peerpath.shared.Field;
import org.peerpath.shared.Text;

/**
 * One collateral as stored: the person (COL-1), the day they stopped being a contact (null while they are one), the
 * member's authorizations to share with them and the Part 2 consents naming them (COL-3). Saved and versioned as one
 * record: a change to any part raises {@link Collateral#version()}.
 */
public record CollateralFile(
        Collateral collateral,
        @Nullable LocalDate endedOn,
        List<Authorization> authorizations,
        List<Consent> consents) {

    public CollateralFile {
        Objects.requireNonNull(collateral, "collateral");
        authorizations = List.copyOf(authorizations);
        consents = List.copyOf(consents);
    }

    public static CollateralFile of(Collateral collateral) {
        return new CollateralFile(collateral, null, List.of(), List.of());
    }

    public long version() {
        return collateral.version();
    }

    public CollateralFile with(Collateral changed) {
        return new CollateralFile(changed, endedOn, authorizations, consents);
    }

    public CollateralFile endedOn(LocalDate date) {
        return new CollateralFile(collateral, date, authorizations, consents);
    }

    public CollateralFile adding(Authorization authorization) {
        return new CollateralFile(
                collateral,
                endedOn,
                Stream.concat(authorizations.stream(), Stream.of(authorization)).toList(),
                consents);
    }

    public CollateralFile replacing(Authorization authorization) {
        return new CollateralFile(
                collateral,
                endedOn,
                authorizations.stream()
                        .map(a -> a.id().equals(authorization.id()) ? authorization : a)
                        .toList(),
                consents);
    }

    public CollateralFile adding(Consent consent) {
        return new CollateralFile(
                collateral,
                endedOn,
                authorizations,
                Stream.concat(consents.stream(), Stream.of(consent)).toList());
    }

    public CollateralFile replacing(Consent consent) {
        return new CollateralFile(
                collateral,
                endedOn,
                authorizations,
                consents.stream()
                        .map(c -> c.id().equals(consent.id()) ? consent : c)
                        .toList());
    }

    public List<AuthorizationToShare> authorizationTerms() {
        return authorizations.stream().map(Authorization::terms).toList();
    }

    public List<Part2Consent> consentTerms() {
        return consents.stream().map(Consent::terms).toList();
    }

    /** COL-3: one authorization to share, with what may be shared (its scope) in the member's words. */
    public record Authorization(UUID id, String scope, AuthorizationToShare terms) {

        public static final int SCOPE_MAX_LENGTH = 200;

        public Authorization(UUID id, @Nullable String scope, AuthorizationToShare terms) {
            this.id = Objects.requireNonNull(id, "id");
            this.scope = Text.required(Field.SCOPE, scope, SCOPE_MAX_LENGTH);
            this.terms = Objects.requireNonNull(terms, "terms");
        }
    }

    /** COL-3, CONF-3: one written Part 2 consent naming this person. */
    public record Consent(UUID id, Part2Consent terms) {

        public Consent {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(terms, "terms");
        }
    }
}
