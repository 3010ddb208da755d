package org.peerpath.collateral;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.peerpath.member.Language;
import org.peerpath.member.MemberId;
import org.peerpath.member.PersonName;
import org.peerpath.shared.Field;
import org.peerpath.shared.InvalidValueException;
import org.peerpath.shared.Message;
import org.peerpath.shared.StaffId;

/** A family member or other person supporting a member (COL-1). */
public final class Collateral {

    private final CollateralId id;
    private final MemberId member;
    private final PersonName name;
    private final Relationship relationship;
    private final ContactDetails contactDetails;
    private final Language language;
    private final long version;

    private Collateral(
            CollateralId id,
            MemberId member,
            PersonName name,
            Relationship relationship,
            ContactDetails contactDetails,
            Language language,
            long version) {
        this.id = Objects.requireNonNull(id, "id");
        this.member = Objects.requireNonNull(member, "member");
        this.name = Objects.requireNonNull(name, "name");
        this.relationship = Objects.requireNonNull(relationship, "relationship");
        this.contactDetails = Objects.requireNonNull(contactDetails, "contactDetails");
        this.language = Objects.requireNonNull(language, "language");
        this.version = version;
    }

    /** COL-1: records a support person for a member. */
    public static Collateral register(
            MemberId member,
            PersonName name,
            @Nullable Relationship relationship,
            ContactDetails contactDetails,
            Language language) {
        if (relationship == null) {
            throw new InvalidValueException(Field.RELATIONSHIP, Message.RELATIONSHIP_CHOOSE_HOW_PERSON_RELATED);
        }
        return new Collateral(CollateralId.newId(), member, name, relationship, contactDetails, language, 0);
    }

    /** Rebuilds a collateral from storage; for persistence adapters only. */
    public static Collateral restore(
            CollateralId id,
            MemberId member,
            PersonName name,
            Relationship relationship,
            ContactDetails contactDetails,
            Language language,
            long version) {
        return new Collateral(id, member, name, relationship, contactDetails, language, version);
    }

    /**
     * COL-1: the same person with what was entered corrected (name, relationship, how to reach them, language); the
     * relationship stays required.
     */
    public Collateral correct(
            PersonName newName,
            @Nullable Relationship newRelationship,
            ContactDetails newDetails,
            Language newLanguage) {
        if (newRelationship == null) {
            throw new InvalidValueException(Field.RELATIONSHIP, Message.RELATIONSHIP_CHOOSE_HOW_PERSON_RELATED);
        }
        return new Collateral(id, member, newName, newRelationship, newDetails, newLanguage, version);
    }

    /** The contact details as entered, for the member's care team; others go through {@link #contactDetailsFor}. */
    public ContactDetails contactDetails() {
        return contactDetails;
    }

    public Collateral changeContactDetails(ContactDetails newDetails) {
        return new Collateral(id, member, name, relationship, newDetails, language, version);
    }

    /**
     * COL-3, COL-4: the contact details for {@code viewer} on {@code today}, shown only while the member's
     * authorization to share with this person is active and, for a member in SUD services, a Part 2 consent names
     * this person. Checked on every request, so a revocation counts from the next one.
     */
    public ContactAccess contactDetailsFor(
            StaffId viewer,
            Instant at,
            LocalDate today,
            boolean memberInSudServices,
            List<AuthorizationToShare> authorizations,
            List<Part2Consent> consents) {
        boolean authorized = authorizations.stream()
                .anyMatch(a -> a.member().equals(member) && a.collateral().equals(id) && a.isActiveOn(today));
        if (!authorized) {
            return refused(viewer, at, Message.COL3_NO_AUTHORIZATION);
        }
        boolean part2Allows = !memberInSudServices
                || consents.stream().anyMatch(c -> c.member().equals(member) && c.permitsDisclosureTo(id, today));
        if (!part2Allows) {
            return refused(viewer, at, Message.COL3_NO_PART2_CONSENT);
        }
        return new ContactAccess(
                contactDetails,
                Message.COL3_SHOWN.key(),
                Message.COL3_SHOWN.checked(),
                new ContactAccess.AuditEntry(viewer, id, at, true));
    }

    public CollateralId id() {
        return id;
    }

    public MemberId member() {
        return member;
    }

    public PersonName name() {
        return name;
    }

    public Relationship relationship() {
        return relationship;
    }

    public Language language() {
        return language;
    }

    public long version() {
        return version;
    }

    private ContactAccess refused(StaffId viewer, Instant at, Message why) {
        return new ContactAccess(
                null, why.key(), why.checked(name.fullName()), new ContactAccess.AuditEntry(viewer, id, at, false));
    }
}
