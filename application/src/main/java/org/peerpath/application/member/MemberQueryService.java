package org.peerpath.application.member;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.peerpath.application.audit.port.out.AuditAction;
import org.peerpath.application.audit.port.out.AuditEvent;
import org.peerpath.application.audit.port.out.AuditTrail;
import org.peerpath.application.member.port.in.MemberDetails;
import org.peerpath.application.member.port.in.MemberFilter;
import org.peerpath.application.member.port.in.MemberQueries;
import org.peerpath.application.member.port.in.MemberSummary;
import org.peerpath.application.member.port.out.MemberReadModel;
import org.peerpath.application.member.port.out.MemberRecord;
import org.peerpath.application.shared.Actor;
import org.peerpath.application.shared.Clocks;
import org.peerpath.application.shared.PageSpec;
import org.peerpath.application.shared.Slice;
import org.peerpath.application.staff.port.in.StaffSummary;
import org.peerpath.member.Member;
import org.peerpath.member.MemberId;
import org.peerpath.shared.Role;
import org.peerpath.shared.StaffId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
class MemberQueryService implements MemberQueries {

    private final MemberReadModel readModel;
    private final CareTeamRule careTeam;
    private final PrimaryPeerChoices choices;
    private final AuditTrail audit;
    private final Clock clock;

    MemberQueryService(
            MemberReadModel readModel,
            CareTeamRule careTeam,
            PrimaryPeerChoices choices,
            AuditTrail audit,
            Clock clock) {
        this.readModel = readModel;
        this.careTeam = careTeam;
        this.choices = choices;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @RolesAllowed(Role.PEER_ROLE)
    public Slice<MemberSummary> myCaseload(Actor actor, String nameSearch, PageSpec page) {
        return list(actor, new MemberFilter(actor.id(), nameSearch), page);
    }

    @Override
    @RolesAllowed({Role.STAFF_ROLE, Role.ADMIN_ROLE})
    public Slice<MemberSummary> allMembers(Actor actor, String nameSearch, PageSpec page) {
        return list(actor, new MemberFilter(null, nameSearch), page);
    }

    @Override
    @RolesAllowed({Role.SUPERVISOR_ROLE, Role.BHP_ROLE})
    public Slice<MemberSummary> teamMembers(Actor actor, StaffId peer, String nameSearch, PageSpec page) {
        if (!careTeam.overseesPeer(actor, peer, Clocks.today(clock))) {
            record(actor, AuditAction.MEMBER_ACCESS_DENIED, null, "members of peer " + peer + ": not on the team");
            return new Slice<>(List.of(), null);
        }
        return list(actor, new MemberFilter(peer, nameSearch), page);
    }

    @Override
    @RolesAllowed(Role.PEER_ROLE)
    public long countMyCaseload(Actor actor, String search) {
        return readModel.count(new MemberFilter(actor.id(), search));
    }

    @Override
    @RolesAllowed({Role.STAFF_ROLE, Role.ADMIN_ROLE})
    public long countAllMembers(Actor actor, String search) {
        return readModel.count(new MemberFilter(null, search));
    }

    @Override
    @RolesAllowed({Role.PEER_ROLE, Role.SUPERVISOR_ROLE, Role.BHP_ROLE, Role.STAFF_ROLE, Role.ADMIN_ROLE})
    public Optional<MemberDetails> member(Actor actor, MemberId id) {
        Optional<MemberRecord> found = readModel.find(id);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        MemberRecord member = found.get();
        LocalDate today = Clocks.today(clock);
        if (!careTeam.accessTo(actor, id, member.primaryPeer(), today).seesDemographics()) {
            record(actor, AuditAction.MEMBER_ACCESS_DENIED, id, "not on the care team");
            return Optional.empty();
        }
        record(actor, AuditAction.MEMBER_VIEWED, id, "member page");
        return Optional.of(details(member, today));
    }

    @Override
    @RolesAllowed({Role.STAFF_ROLE, Role.ADMIN_ROLE, Role.SUPERVISOR_ROLE})
    public List<StaffSummary> primaryPeerChoices(Actor actor, MemberId id) {
        LocalDate today = Clocks.today(clock);
        return readModel
                .find(id)
                .filter(member -> careTeam.accessTo(actor, id, member.primaryPeer(), today)
                        .seesDemographics())
                .map(member -> choices.forActor(actor, today))
                .orElse(List.of());
    }

    private Slice<MemberSummary> list(Actor actor, MemberFilter filter, PageSpec page) {
        LocalDate today = Clocks.today(clock);
        Slice<MemberRecord> rows = readModel.page(filter, page);
        // CONF-4: a list shows member data too, so each listed member is audited, in one write per page.
        audit.recordAll(rows.items().stream()
                .map(row -> new AuditEvent(
                        clock.instant(), actor.id(), actor.username(), AuditAction.MEMBER_LISTED, row.id(), "list"))
                .toList());
        return new Slice<>(rows.items().stream().map(row -> summary(row, today)).toList(), rows.nextKey());
    }

    private void record(Actor actor, AuditAction action, @Nullable MemberId member, String detail) {
        audit.record(new AuditEvent(clock.instant(), actor.id(), actor.username(), action, member, detail));
    }

    private static MemberSummary summary(MemberRecord row, LocalDate today) {
        int age = age(row, today);
        return new MemberSummary(
                row.id(),
                row.name().fullName(),
                age,
                Member.isEpsdt(age),
                row.cin().value(),
                row.deliverySystems(),
                row.primaryPeerName());
    }

    private static MemberDetails details(MemberRecord row, LocalDate today) {
        int age = age(row, today);
        return new MemberDetails(
                row.id(),
                row.name().given(),
                row.name().family(),
                row.dateOfBirth(),
                age,
                Member.isEpsdt(age),
                row.cin().value(),
                row.county(),
                row.deliverySystems(),
                row.preferredLanguage().name(),
                row.primaryPeer(),
                row.primaryPeerName(),
                row.contact().phone(),
                row.contact().address(),
                row.discharge() == null ? null : row.discharge().on(),
                row.discharge() == null ? null : row.discharge().reason(),
                row.version());
    }

    private static int age(MemberRecord row, LocalDate today) {
        return Member.ageOn(row.dateOfBirth(), today);
    }
}
