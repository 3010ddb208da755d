package org.peerpath.ui.member.collateral;

import org.jspecify.annotations.Nullable;
import org.peerpath.application.collateral.port.in.CollateralDetails;
import org.peerpath.application.collateral.port.in.CollateralEntry;
import org.peerpath.collateral.Relationship;

/** What the collateral form holds while a person types; the domain checks it on save (COL-1). */
final class CollateralFormData {

    private String givenName = "";
    private String familyName = "";
    private @Nullable Relationship relationship;
    private String phone = "";
    private String email = "";
    private String address = "";
    private String language = "";

    static CollateralFormData of(CollateralDetails shown) {
        CollateralFormData data = new CollateralFormData();
        data.givenName = shown.givenName();
        data.familyName = shown.familyName();
        data.relationship = shown.relationship();
        data.phone = shown.phone() == null ? "" : shown.phone();
        data.email = shown.email() == null ? "" : shown.email();
        data.address = shown.address() == null ? "" : shown.address();
        data.language = shown.language();
        return data;
    }

    CollateralEntry toEntry() {
        return new CollateralEntry(givenName, familyName, relationship, phone, email, address, language);
    }

    String getGivenName() {
        return givenName;
    }

    void setGivenName(String givenName) {
        this.givenName = givenName;
    }

    String getFamilyName() {
        return familyName;
    }

    void setFamilyName(String familyName) {
        this.familyName = familyName;
    }

    @Nullable
    Relationship getRelationship() {
        return relationship;
    }

    void setRelationship(@Nullable Relationship relationship) {
        this.relationship = relationship;
    }

    String getPhone() {
        return phone;
    }

    void setPhone(String phone) {
        this.phone = phone;
    }

    String getEmail() {
        return email;
    }

    void setEmail(String email) {
        this.email = email;
    }

    String getAddress() {
        return address;
    }

    void setAddress(String address) {
        this.address = address;
    }

    String getLanguage() {
        return language;
    }

    void setLanguage(String language) {
        this.language = language;
    }
}
