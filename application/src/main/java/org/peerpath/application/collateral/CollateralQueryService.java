package org.peerpath.application.collateral;

import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.peerpath.application.audit.port.out.AuditAction;
import org.peerpath.application.collateral.port.in.AuthorizationSummary;
import org.peerpath.application.collateral.port.in.CollateralDetails;
import org.peerpath.application.collateral.port.in.CollateralNotFoundException;
import org.peerpath.application.collateral.port.in.CollateralQueries;
import org.peerpath.application.collateral.port.in.ConsentSummary;
import org.peerpath.application.collateral.port.in.MemberCollaterals;
import org.peerpath.application.collateral.port.in.SharingStatus;
import org.peerpath.application.collateral.port.out.CollateralFile;
import org.peerpath.application.collateral.port.out.CollateralRepository;
import org.peerpath.application.shared.Actor;
import org.peerpath.collateral.AuthorizationToShare;
import org.peerpath.collateral.Collateral;
import org.peerpath.collateral.ContactAccess;
import org.peerpath.collateral.ContactDetails;
import org.peerpath.member.MemberId;
import org.peerpath.shared.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * COL-3, COL-4: a member's collaterals. The care team and admins see every contact's details and what the member
 * allowed; front desk sees a contact's details only while an authorization covering that person is active today and,
 * for a Part 2 member, a consent names them, and otherwise the same "not authorized to share" whatever the reason.
 * Every display of contact details, and every withholding, is audited with the collateral's ID.
 */
@Service
@Transactional // writes the audit of each look (COL-4)
class CollateralQueryService implements CollateralQueries {

    private final CollateralRepository collaterals;
    private final CollateralGate gate;

    CollateralQueryService(CollateralRepository collaterals, CollateralGate gate) {
        this.collaterals = collaterals;
        this.gate = gate;
    }

    @Override
    @RolesAllowed({Role.PEER_ROLE, Role.SUPERVISOR_ROLE, Role.BHP_ROLE, Role.STAFF_ROLE, Role.ADMIN_ROLE})
    public Optional<MemberCollaterals> collaterals(Actor actor, MemberId member) {
        CollateralGate.Admitted admitted;
        try {
            admitted = gate.admit(actor, member, "collaterals");
        } catch (CollateralNotFoundException notTheirs) {
            return Optional.empty();
        }
        boolean careTeamView = admitted.access().seesClinicalRecords();
        boolean part2 = admitted.part2();
        LocalDate today = gate.today();
        Instant at = gate.clock().instant();
        List<CollateralDetails> rows = new ArrayList<>();
        for (CollateralFile file : collaterals.findByMember(member)) {
            rows.add(
                    careTeamView
                            ? forCareTeam(actor, file, part2, today)
                            : forFrontDesk(actor, file, part2, today, at));
        }
        rows.sort(Comparator.comparing(CollateralDetails::ended)
                .thenComparing(CollateralDetails::familyName, String.CASE_INSENSITIVE_ORDER)
                .thenComparing(CollateralDetails::givenName, String.CASE_INSENSITIVE_ORDER));
        return Optional.of(new MemberCollaterals(member, careTeamView, careTeamView && part2, rows));
    }

    private CollateralDetails forCareTeam(Actor actor, CollateralFile file, boolean part2, LocalDate today) {
        Collateral collateral = file.collateral();
        audit(actor, collateral, true, "care team");
        List<AuthorizationSummary> authorizations = file.authorizations().stream()
                .sorted(Comparator.comparing(
                                (CollateralFile.Authorization a) -> a.terms().grantedOn())
                        .reversed())
                .map(a -> new AuthorizationSummary(
                        a.id(),
                        a.scope(),
                        a.terms().grantedOn(),
                        a.terms().expiresOn(),
                        a.terms().revokedOn(),
                        statusOf(a.terms(), today)))
                .toList();
        List<ConsentSummary> consents = part2
                ? file.consents().stream()
                        .map(c -> new ConsentSummary(
                                c.id(),
                                c.terms().namedPerson(),
                                c.terms().signedOn(),
                                c.terms().expiresOn(),
                                c.terms().permitsDisclosureTo(collateral.id(), today),
                                c.terms().namesClass(),
                                c.terms().revokedOn()))
                        .toList()
                : List.of();
        // COL-3: the badge follows the same rule as Family contacts: for a Part 2 member an authorization in force
        // without a Part 2 consent in force today does not allow sharing (the consents listed below say why).
        SharingStatus status = sharing(file, today);
        if (status == SharingStatus.ACTIVE
                && collateral
                        .contactDetailsFor(
                                actor.id(),
                                gate.clock().instant(),
                                today,
                                part2,
                                file.authorizationTerms(),
                                file.consentTerms())
                        .granted()
                        .isEmpty()) {
            status = SharingStatus.NONE;
        }
        return details(file, collateral.contactDetails(), status, authorizations, consents);
    }

    private CollateralDetails forFrontDesk(
            Actor actor, CollateralFile file, boolean part2, LocalDate today, Instant at) {
        Collateral collateral = file.collateral();
        // An ended contact is no longer someone to call: nothing of theirs is shown.
        @Nullable
        ContactAccess access = file.endedOn() != null
                ? null
                : collateral.contactDetailsFor(
                        actor.id(), at, today, part2, file.authorizationTerms(), file.consentTerms());
        @Nullable
        ContactDetails shown = access == null ? null : access.granted().orElse(null);
        audit(actor, collateral, shown != null, "family contacts");
        SharingStatus status = sharing(file, today);
        // COL-3: an active authorization withheld for want of a Part 2 consent reads like no authorization at all.
        SharingStatus told =
                shown != null ? SharingStatus.ACTIVE : status == SharingStatus.ACTIVE ? SharingStatus.NONE : status;
        return details(file, shown, told, List.of(), List.of());
    }

    private static CollateralDetails details(
            CollateralFile file,
            @Nullable ContactDetails shown,
            SharingStatus sharing,
            List<AuthorizationSummary> authorizations,
            List<ConsentSummary> consents) {
        Collateral collateral = file.collateral();
        return new CollateralDetails(
                collateral.id(),
                collateral.name().given(),
                collateral.name().family(),
                collateral.relationship(),
                collateral.language().name(),
                shown != null,
                shown == null ? null : shown.phone(),
                shown == null ? null : shown.email(),
                shown == null ? null : shown.address(),
                sharing,
                file.endedOn(),
                authorizations,
                consents,
                file.version());
    }

    /** Active when one authorization is active today; otherwise how the newest one stands. */
    static SharingStatus sharing(CollateralFile file, LocalDate today) {
        if (file.authorizationTerms().stream().anyMatch(a -> a.isActiveOn(today))) {
            return SharingStatus.ACTIVE;
        }
        return file.authorizationTerms().stream()
                .max(Comparator.comparing(AuthorizationToShare::grantedOn))
                .map(newest -> statusOf(newest, today))
                .orElse(SharingStatus.NONE);
    }

    static SharingStatus statusOf(AuthorizationToShare terms, LocalDate today) {
        if (terms.isActiveOn(today)) {
            return SharingStatus.ACTIVE;
        }
        if (terms.revokedOn() != null && !today.isBefore(terms.revokedOn())) {
            return SharingStatus.REVOKED;
        }
        if (terms.expiresOn() != null && !today.isBefore(terms.expiresOn())) {
            return SharingStatus.EXPIRED;
        }
        return SharingStatus.NONE;
    }

    /** COL-4: who looked, when, which member, which collateral, and whether the details were shown. */
    private void audit(Actor actor, Collateral collateral, boolean shown, String where) {
        gate.record(
                actor,
                shown ? AuditAction.COLLATERAL_CONTACT_SHOWN : AuditAction.COLLATERAL_CONTACT_WITHHELD,
                collateral.member(),
                "collateral " + collateral.id().value() + " (" + where + ")");
    }
}
