package org.peerpath.application.collateral;

import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.UUID;
import org.peerpath.application.audit.port.out.AuditAction;
import org.peerpath.application.collateral.port.in.AddCollateralCommand;
import org.peerpath.application.collateral.port.in.AddCollateralUseCase;
import org.peerpath.application.collateral.port.in.AuthorizeSharingCommand;
import org.peerpath.application.collateral.port.in.AuthorizeSharingUseCase;
import org.peerpath.application.collateral.port.in.CollateralEntry;
import org.peerpath.application.collateral.port.in.CollateralNotFoundException;
import org.peerpath.application.collateral.port.in.CollateralRefusedException;
import org.peerpath.application.collateral.port.in.EditCollateralCommand;
import org.peerpath.application.collateral.port.in.EditCollateralUseCase;
import org.peerpath.application.collateral.port.in.EndCollateralCommand;
import org.peerpath.application.collateral.port.in.EndCollateralUseCase;
import org.peerpath.application.collateral.port.in.RecordPart2ConsentCommand;
import org.peerpath.application.collateral.port.in.RecordPart2ConsentUseCase;
import org.peerpath.application.collateral.port.in.RevokeAuthorizationCommand;
import org.peerpath.application.collateral.port.in.RevokeAuthorizationUseCase;
import org.peerpath.application.collateral.port.in.RevokePart2ConsentCommand;
import org.peerpath.application.collateral.port.in.RevokePart2ConsentUseCase;
import org.peerpath.application.collateral.port.out.CollateralFile;
import org.peerpath.application.collateral.port.out.CollateralRepository;
import org.peerpath.application.shared.Actor;
import org.peerpath.application.shared.ConcurrentChangeException;
import org.peerpath.collateral.AuthorizationToShare;
import org.peerpath.collateral.Collateral;
import org.peerpath.collateral.CollateralId;
import org.peerpath.collateral.ContactDetails;
import org.peerpath.collateral.Part2Consent;
import org.peerpath.member.Language;
import org.peerpath.member.PersonName;
import org.peerpath.shared.Dates;
import org.peerpath.shared.Field;
import org.peerpath.shared.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The changes to a member's collaterals (COL-1, COL-3). One service for the seven intentions, since they share one
 * record and one gate; each intention keeps its own inbound port. CONF-1: front desk manages the people and how to
 * reach them, the care team and admins also what the member allows to share.
 */
@Service
// A refusal is audited, and the audit must survive the refusal (CONF-4).
@Transactional(noRollbackFor = {CollateralNotFoundException.class, CollateralRefusedException.class})
class ManageCollateralsService
        implements AddCollateralUseCase,
                EditCollateralUseCase,
                EndCollateralUseCase,
                AuthorizeSharingUseCase,
                RevokeAuthorizationUseCase,
                RecordPart2ConsentUseCase,
                RevokePart2ConsentUseCase {

    private static final String RECORD = "collateral";

    private final CollateralRepository collaterals;
    private final CollateralGate gate;

    ManageCollateralsService(CollateralRepository collaterals, CollateralGate gate) {
        this.collaterals = collaterals;
        this.gate = gate;
    }

    @Override
    @RolesAllowed({Role.PEER_ROLE, Role.SUPERVISOR_ROLE, Role.BHP_ROLE, Role.STAFF_ROLE, Role.ADMIN_ROLE})
    public CollateralId add(AddCollateralCommand command) {
        gate.admit(command.actor(), command.member(), "add collateral");
        CollateralEntry entry = command.entry();
        Collateral collateral = Collateral.register(
                command.member(), name(entry), entry.relationship(), details(entry), new Language(entry.language()));
        collaterals.save(CollateralFile.of(collateral));
        gate.record(command.actor(), AuditAction.COLLATERAL_ADDED, command.member(), "collateral " + id(collateral));
        return collateral.id();
    }

    @Override
    @RolesAllowed({Role.PEER_ROLE, Role.SUPERVISOR_ROLE, Role.BHP_ROLE, Role.STAFF_ROLE, Role.ADMIN_ROLE})
    public void edit(EditCollateralCommand command) {
        CollateralFile file = load(command.collateral());
        CollateralGate.Admitted admitted =
                gate.admit(command.actor(), file.collateral().member(), "edit collateral");
        if (!admitted.access().seesClinicalRecords() && !frontDeskSeesContact(command.actor(), admitted, file)) {
            // COL-3: front desk may not overwrite details it may not see.
            throw new CollateralRefusedException(CollateralRefusedException.NOT_AUTHORIZED_TO_SHARE, "phone");
        }
        checkVersion(file, command.seenVersion());
        CollateralEntry entry = command.entry();
        Collateral corrected = file.collateral()
                .correct(name(entry), entry.relationship(), details(entry), new Language(entry.language()));
        collaterals.save(file.with(corrected));
        gate.record(
                command.actor(),
                AuditAction.COLLATERAL_CHANGED,
                file.collateral().member(),
                "collateral " + id(file.collateral()));
    }

    @Override
    @RolesAllowed({Role.PEER_ROLE, Role.SUPERVISOR_ROLE, Role.BHP_ROLE, Role.STAFF_ROLE, Role.ADMIN_ROLE})
    public void end(EndCollateralCommand command) {
        CollateralFile file = load(command.collateral());
        gate.admit(command.actor(), file.collateral().member(), "end collateral");
        LocalDate endedOn = Dates.required(Field.ENDS_ON, command.endedOn());
        if (file.endedOn() != null) {
            throw new CollateralRefusedException(CollateralRefusedException.ALREADY_ENDED, Field.ENDS_ON.key());
        }
        checkVersion(file, command.seenVersion());
        collaterals.save(file.endedOn(endedOn));
        gate.record(
                command.actor(),
                AuditAction.COLLATERAL_ENDED,
                file.collateral().member(),
                "collateral " + id(file.collateral()) + " ended on " + endedOn);
    }

    @Override
    @RolesAllowed({Role.PEER_ROLE, Role.SUPERVISOR_ROLE, Role.BHP_ROLE, Role.ADMIN_ROLE})
    public UUID authorize(AuthorizeSharingCommand command) {
        CollateralFile file = load(command.collateral());
        gate.admitCareTeam(command.actor(), file.collateral().member(), "authorize sharing", Field.SCOPE.key());
        AuthorizationToShare terms = new AuthorizationToShare(
                file.collateral().member(), file.collateral().id(), command.grantedOn(), command.expiresOn(), null);
        CollateralFile.Authorization authorization =
                new CollateralFile.Authorization(UUID.randomUUID(), command.scope(), terms);
        checkVersion(file, command.seenVersion());
        collaterals.save(file.adding(authorization));
        gate.record(
                command.actor(),
                AuditAction.SHARING_AUTHORIZED,
                file.collateral().member(),
                "collateral " + id(file.collateral()) + " authorization " + authorization.id());
        return authorization.id();
    }

    @Override
    @RolesAllowed({Role.PEER_ROLE, Role.SUPERVISOR_ROLE, Role.BHP_ROLE, Role.ADMIN_ROLE})
    public void revoke(RevokeAuthorizationCommand command) {
        CollateralFile file = load(command.collateral());
        gate.admitCareTeam(command.actor(), file.collateral().member(), "revoke authorization", Field.REVOKED_ON.key());
        CollateralFile.Authorization authorization = file.authorizations().stream()
                .filter(a -> a.id().equals(command.authorization()))
                .findFirst()
                .orElseThrow(() -> new CollateralRefusedException(
                        CollateralRefusedException.NO_SUCH_AUTHORIZATION, Field.REVOKED_ON.key()));
        LocalDate revokedOn = Dates.required(Field.REVOKED_ON, command.revokedOn());
        if (authorization.terms().revokedOn() != null) {
            throw new CollateralRefusedException(CollateralRefusedException.ALREADY_REVOKED, Field.REVOKED_ON.key());
        }
        CollateralFile.Authorization revoked = new CollateralFile.Authorization(
                authorization.id(), authorization.scope(), authorization.terms().revoke(revokedOn));
        checkVersion(file, command.seenVersion());
        collaterals.save(file.replacing(revoked));
        gate.record(
                command.actor(),
                AuditAction.SHARING_REVOKED,
                file.collateral().member(),
                "collateral " + id(file.collateral()) + " authorization " + authorization.id() + " revoked on "
                        + revokedOn);
    }

    @Override
    @RolesAllowed({Role.PEER_ROLE, Role.SUPERVISOR_ROLE, Role.BHP_ROLE, Role.ADMIN_ROLE})
    public void record(RecordPart2ConsentCommand command) {
        CollateralFile file = load(command.collateral());
        CollateralGate.Admitted admitted = gate.admitCareTeam(
                command.actor(), file.collateral().member(), "record Part 2 consent", Field.NAMED_PERSON.key());
        if (!admitted.part2()) {
            throw new CollateralRefusedException(
                    CollateralRefusedException.NOT_A_PART2_MEMBER, Field.NAMED_PERSON.key());
        }
        checkVersion(file, command.seenVersion());
        recordConsent(command, file);
        if (!command.namesClass()) {
            return;
        }
        // COL-3: a class consent covers exactly the collaterals marked as in the class, each of this member's.
        for (CollateralId other : command.alsoCovers()) {
            if (other.equals(file.collateral().id())) {
                continue;
            }
            CollateralFile covered = load(other);
            if (!covered.collateral().member().equals(file.collateral().member())) {
                throw new CollateralNotFoundException();
            }
            recordConsent(command, covered);
        }
    }

    @Override
    @RolesAllowed({Role.PEER_ROLE, Role.SUPERVISOR_ROLE, Role.BHP_ROLE, Role.ADMIN_ROLE})
    public void revoke(RevokePart2ConsentCommand command) {
        CollateralFile file = load(command.collateral());
        gate.admitCareTeam(
                command.actor(), file.collateral().member(), "revoke Part 2 consent", Field.REVOKED_ON.key());
        CollateralFile.Consent consent = file.consents().stream()
                .filter(c -> c.id().equals(command.consent()))
                .findFirst()
                .orElseThrow(() -> new CollateralRefusedException(
                        CollateralRefusedException.NO_SUCH_CONSENT, Field.REVOKED_ON.key()));
        if (consent.terms().revokedOn() != null) {
            throw new CollateralRefusedException(
                    CollateralRefusedException.CONSENT_ALREADY_REVOKED, Field.REVOKED_ON.key());
        }
        // COL-3: from the revocation date on the consent permits nothing; a date before the signing is refused.
        CollateralFile.Consent revoked =
                new CollateralFile.Consent(consent.id(), consent.terms().revoke(command.revokedOn()));
        checkVersion(file, command.seenVersion());
        collaterals.save(file.replacing(revoked));
        gate.record(
                command.actor(),
                AuditAction.PART2_CONSENT_REVOKED,
                file.collateral().member(),
                "collateral " + id(file.collateral()) + " consent " + consent.id() + " revoked on "
                        + revoked.terms().revokedOn());
    }

    private void recordConsent(RecordPart2ConsentCommand command, CollateralFile file) {
        Part2Consent terms = new Part2Consent(
                file.collateral().member(),
                file.collateral().id(),
                command.namedPerson(),
                command.signedOn(),
                command.expiresOn(),
                null,
                command.namesClass());
        CollateralFile.Consent consent = new CollateralFile.Consent(UUID.randomUUID(), terms);
        collaterals.save(file.adding(consent));
        gate.record(
                command.actor(),
                AuditAction.PART2_CONSENT_RECORDED,
                file.collateral().member(),
                "collateral " + id(file.collateral()) + " consent " + consent.id()
                        + (command.namesClass() ? " naming a class of persons" : ""));
    }

    private CollateralFile load(CollateralId id) {
        return collaterals.findById(id).orElseThrow(CollateralNotFoundException::new);
    }

    private static void checkVersion(CollateralFile file, long seenVersion) {
        if (file.version() != seenVersion) {
            throw new ConcurrentChangeException(RECORD);
        }
    }

    private boolean frontDeskSeesContact(Actor actor, CollateralGate.Admitted admitted, CollateralFile file) {
        return file.collateral()
                .contactDetailsFor(
                        actor.id(),
                        gate.clock().instant(),
                        gate.today(),
                        admitted.part2(),
                        file.authorizationTerms(),
                        file.consentTerms())
                .granted()
                .isPresent();
    }

    private static PersonName name(CollateralEntry entry) {
        return new PersonName(entry.givenName(), entry.familyName());
    }

    private static ContactDetails details(CollateralEntry entry) {
        return new ContactDetails(entry.phone(), entry.email(), entry.address());
    }

    private static String id(Collateral collateral) {
        return collateral.id().value().toString();
    }
}
