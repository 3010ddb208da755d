package org.peerpath.application.member;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.peerpath.application.audit.port.out.AuditAction;
import org.peerpath.application.audit.port.out.AuditEvent;
import org.peerpath.application.audit.port.out.AuditTrail;
import org.peerpath.application.member.port.in.MemberNotFoundException;
import org.peerpath.application.member.port.out.MemberRepository;
import org.peerpath.application.shared.Actor;
import org.peerpath.application.shared.Clocks;
import org.peerpath.application.shared.ConcurrentChangeException;
import org.peerpath.member.Member;
import org.peerpath.member.MemberId;
import org.springframework.stereotype.Component;

/**
 * What the Details tab's use cases share: the member as the person saw it (front desk and admins only, by the
 * care-team rule, MEM-3), a stale version refused, and every change audited (CONF-4).
 */
@Component
class MemberDetailsChanges {

    private final MemberRepository members;
    private final CareTeamRule careTeam;
    private final AuditTrail audit;
    private final Clock clock;

    MemberDetailsChanges(MemberRepository members, CareTeamRule careTeam, AuditTrail audit, Clock clock) {
        this.members = members;
        this.careTeam = careTeam;
        this.audit = audit;
        this.clock = clock;
    }

    /** The member over {@code seenVersion}; not found when the actor may not see them (audited), stale when moved on. */
    Member seen(Actor actor, MemberId id, long seenVersion) {
        Member member = members.findById(id).orElseThrow(() -> new MemberNotFoundException(id));
        if (!careTeam.accessTo(actor, id, member.primaryPeer().orElse(null), today())
                .seesDemographics()) {
            record(actor, AuditAction.MEMBER_ACCESS_DENIED, id, "details: not on the care team");
            throw new MemberNotFoundException(id);
        }
        if (member.version() != seenVersion) {
            throw new ConcurrentChangeException("member");
        }
        return member;
    }

    void save(Member member) {
        members.save(member);
    }

    MemberRepository members() {
        return members;
    }

    /** CONF-4: one audit record per changed field, old → new. */
    <T> void recordChange(Actor actor, Member before, Member after, String field, Function<Member, @Nullable T> value) {
        Object old = value.apply(before);
        Object changed = value.apply(after);
        if (!Objects.equals(old, changed)) {
            record(actor, AuditAction.MEMBER_DETAILS_CHANGED, after.id(), field + ": " + old + " → " + changed);
        }
    }

    LocalDate today() {
        return Clocks.today(clock);
    }

    void record(Actor actor, AuditAction action, MemberId member, String detail) {
        audit.record(new AuditEvent(clock.instant(), actor.id(), actor.username(), action, member, detail));
    }
}
