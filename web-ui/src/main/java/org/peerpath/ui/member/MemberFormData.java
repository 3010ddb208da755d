package org.peerpath.ui.member;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.peerpath.application.member.port.in.EnrollMemberCommand;
import org.peerpath.application.shared.Actor;
import org.peerpath.shared.County;
import org.peerpath.shared.DeliverySystem;

/** What the enrollment form holds while it is being filled in; the domain checks it on {@link #toCommand}. */
final class MemberFormData {

    private @Nullable String givenName;
    private @Nullable String familyName;
    private @Nullable LocalDate dateOfBirth;
    private @Nullable String cin;
    private @Nullable County county;
    private Set<DeliverySystem> deliverySystems = EnumSet.noneOf(DeliverySystem.class);
    private @Nullable String preferredLanguage = "English";

    EnrollMemberCommand toCommand(Actor actor) {
        return new EnrollMemberCommand(
                actor, givenName, familyName, dateOfBirth, cin, county, deliverySystems, preferredLanguage);
    }

    @Nullable
    String getGivenName() {
        return givenName;
    }

    void setGivenName(@Nullable String givenName) {
        this.givenName = givenName;
    }

    @Nullable
    String getFamilyName() {
        return familyName;
    }

    void setFamilyName(@Nullable String familyName) {
        this.familyName = familyName;
    }

    @Nullable
    LocalDate getDateOfBirth() {
        return dateOfBirth;
    }

    void setDateOfBirth(@Nullable LocalDate dateOfBirth) {
        this.dateOfBirth = dateOfBirth;
    }

    @Nullable
    String getCin() {
        return cin;
    }

    void setCin(@Nullable String cin) {
        this.cin = cin;
    }

    @Nullable
    County getCounty() {
        return county;
    }

    void setCounty(@Nullable County county) {
        this.county = county;
    }

    Set<DeliverySystem> getDeliverySystems() {
        return deliverySystems;
    }

    void setDeliverySystems(Set<DeliverySystem> deliverySystems) {
        this.deliverySystems =
                deliverySystems.isEmpty() ? EnumSet.noneOf(DeliverySystem.class) : EnumSet.copyOf(deliverySystems);
    }

    @Nullable
    String getPreferredLanguage() {
        return preferredLanguage;
    }

    void setPreferredLanguage(@Nullable String preferredLanguage) {
        this.preferredLanguage = preferredLanguage;
    }
}
