package org.peerpath.application.claimrecord;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.peerpath.application.audit.port.out.AuditAction;
import org.peerpath.application.audit.port.out.AuditEvent;
import org.peerpath.application.audit.port.out.AuditTrail;
import org.peerpath.application.claimrecord.port.out.ClaimRecordRepository;
import org.peerpath.application.claimrecord.port.out.MemberClaimFile;
import org.peerpath.application.member.CareTeamRule;
import org.peerpath.application.member.MemberAccess;
import org.peerpath.application.member.port.out.MemberRepository;
import org.peerpath.application.shared.Actor;
import org.peerpath.application.shared.Clocks;
import org.peerpath.application.shared.ConcurrentChangeException;
import org.peerpath.application.shared.Versioned;
import org.peerpath.application.staff.port.in.StaffAccount;
import org.peerpath.application.staff.port.out.StaffDirectory;
import org.peerpath.member.Member;
import org.peerpath.member.MemberId;
import org.peerpath.shared.Role;
import org.peerpath.shared.StaffId;
import org.springframework.stereotype.Component;

/**
 * What every claim-record use case shares: a member's diagnoses and consents are clinical records (CONF-2), so only
 * the care team and admins get past {@link #visible}, by the one care-team rule (MEM-3). Every look, change and
 * refusal is audited (CONF-4).
 */
@Component
class ClaimRecordGate {

    static final String RECORD = "claim records";

    private final MemberRepository members;
    private final ClaimRecordRepository records;
    private final CareTeamRule careTeam;
    private final StaffDirectory staff;
    private final AuditTrail audit;
    private final Clock clock;

    ClaimRecordGate(
            MemberRepository members,
            ClaimRecordRepository records,
            CareTeamRule careTeam,
            StaffDirectory staff,
            AuditTrail audit,
            Clock clock) {
        this.members = members;
        this.records = records;
        this.careTeam = careTeam;
        this.staff = staff;
        this.audit = audit;
        this.clock = clock;
    }

    /** What the actor may see of the member today, when they are on the care team or an admin; refusals audited. */
    Optional<MemberAccess> access(Actor actor, MemberId id, String what) {
        Optional<Member> member = members.findById(id);
        if (member.isEmpty()) {
            return Optional.empty();
        }
        MemberAccess access =
                careTeam.accessTo(actor, id, member.get().primaryPeer().orElse(null), today());
        if (!access.seesClinicalRecords()) {
            record(actor, AuditAction.MEMBER_ACCESS_DENIED, id, what + ": not on the care team");
            return Optional.empty();
        }
        return Optional.of(access);
    }

    /**
     * RPT-2 (decision, the catalogue leaves it open): a diagnosis is a licensed professional's call, so a BHP on the
     * member's care team (the directing BHP or the recommending professional) or an admin records it; peers and
     * supervisors see it.
     */
    static boolean mayRecordDiagnosis(Actor actor, MemberAccess access) {
        return actor.has(Role.ADMIN) || (actor.has(Role.BHP) && access.seesClinicalRecords());
    }

    Versioned<MemberClaimFile> file(MemberId id) {
        return records.findByMember(id);
    }

    /** Saves the changed file over the version the person saw, then audits the change. */
    void save(Actor actor, MemberId id, MemberClaimFile changed, long seenVersion, AuditAction action, String detail) {
        if (records.findByMember(id).version() != seenVersion) {
            throw new ConcurrentChangeException(RECORD);
        }
        records.save(id, changed, seenVersion);
        record(actor, action, id, detail);
    }

    String nameOf(StaffId id) {
        return staff.findById(id).map(StaffAccount::displayName).orElse("—");
    }

    LocalDate today() {
        return Clocks.today(clock);
    }

    /** Now, to the microsecond PostgreSQL keeps, so that a stored record reads back equal. */
    Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    void record(Actor actor, AuditAction action, @Nullable MemberId member, String detail) {
        audit.record(new AuditEvent(clock.instant(), actor.id(), actor.username(), action, member, detail));
    }
}
