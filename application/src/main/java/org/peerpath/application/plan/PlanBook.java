package org.peerpath.application.plan;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.peerpath.application.audit.port.out.AuditAction;
import org.peerpath.application.audit.port.out.AuditEvent;
import org.peerpath.application.audit.port.out.AuditTrail;
import org.peerpath.application.county.port.out.CountyProfileRepository;
import org.peerpath.application.member.CareTeamRule;
import org.peerpath.application.member.port.out.MemberRepository;
import org.peerpath.application.plan.port.in.PlanRefusedException;
import org.peerpath.application.plan.port.out.PlanRepository;
import org.peerpath.application.plan.port.out.PlanServiceLinks;
import org.peerpath.application.plan.port.out.PlanStep;
import org.peerpath.application.plan.port.out.PlanTemplateRepository;
import org.peerpath.application.shared.Actor;
import org.peerpath.application.shared.Clocks;
import org.peerpath.application.shared.ConcurrentChangeException;
import org.peerpath.application.staff.port.in.StaffAccount;
import org.peerpath.application.staff.port.out.StaffDirectory;
import org.peerpath.application.supervision.port.out.PeerSupervisionRepository;
import org.peerpath.application.workforce.port.out.WorkforceRecords;
import org.peerpath.county.CountyPolicyProfile;
import org.peerpath.county.CountySettings;
import org.peerpath.member.Member;
import org.peerpath.member.MemberId;
import org.peerpath.plan.PlanOfCare;
import org.peerpath.plan.PlanOfCareId;
import org.peerpath.plan.SignOffAuthority;
import org.peerpath.shared.StaffId;
import org.springframework.stereotype.Component;

/**
 * What every Plan of Care use case shares: plans are clinical records (CONF-2), so only the member's care team and
 * admins get past {@link #visible}, by the one care-team rule (MEM-3). Sign-offs are judged by the domain's
 * {@link SignOffAuthority} from the stored supervisor qualification and screening of that supervisor and the peer's
 * supervision history (POC-2). Every look, change and refusal is audited (CONF-4).
 */
@Component
class PlanBook {

    private final MemberRepository members;
    private final PlanRepository plans;
    private final CareTeamRule careTeam;
    private final PeerSupervisionRepository supervision;
    private final WorkforceRecords workforce;
    private final CountyProfileRepository county;
    private final StaffDirectory staff;
    private final AuditTrail audit;
    private final Clock clock;
    private final PlanTemplateRepository template;
    private final PlanServiceLinks serviceLinks;

    PlanBook(
            MemberRepository members,
            PlanRepository plans,
            CareTeamRule careTeam,
            PeerSupervisionRepository supervision,
            WorkforceRecords workforce,
            CountyProfileRepository county,
            StaffDirectory staff,
            AuditTrail audit,
            Clock clock,
            PlanTemplateRepository template,
            PlanServiceLinks serviceLinks) {
        this.members = members;
        this.plans = plans;
        this.careTeam = careTeam;
        this.supervision = supervision;
        this.workforce = workforce;
        this.county = county;
        this.staff = staff;
        this.audit = audit;
        this.clock = clock;
        this.template = template;
        this.serviceLinks = serviceLinks;
    }

    /** POC-6: the narrative a new plan starts with: the county's stored template, else the Santa Cruz one. */
    String template() {
        return template.find().map(PlanTemplateRepository.StoredTemplate::text).orElse(PlanOfCare.SANTA_CRUZ_TEMPLATE);
    }

    PlanTemplateRepository templates() {
        return template;
    }

    /** POC-1, GOAL-2: the service is one of the member's; refused in words otherwise. */
    void requireServiceOf(MemberId member, org.peerpath.shared.ServiceId service) {
        if (!serviceLinks.isServiceOf(member, service)) {
            throw PlanRefusedException.unknownService();
        }
    }

    /** The member when {@code actor} may see their clinical records today; the refusal is audited. */
    Optional<Member> visibleMember(Actor actor, MemberId id) {
        Optional<Member> member = members.findById(id);
        if (member.isEmpty()) {
            return Optional.empty();
        }
        if (!careTeam.accessTo(actor, id, member.get().primaryPeer().orElse(null), today())
                .seesClinicalRecords()) {
            record(actor, AuditAction.MEMBER_ACCESS_DENIED, id, "plan of care: not on the care team");
            return Optional.empty();
        }
        return member;
    }

    /** The plan version, when its member's clinical records are the actor's to see. */
    PlanOfCare visiblePlan(Actor actor, PlanOfCareId id) {
        PlanOfCare plan = plans.findById(id).orElseThrow(PlanRefusedException::notFound);
        visibleMember(actor, plan.member()).orElseThrow(PlanRefusedException::notFound);
        return plan;
    }

    /** The plan version as it was read by the person changing it; a later save in between refuses the change. */
    PlanOfCare seen(PlanOfCare plan, long seenVersion) {
        if (plan.version() != seenVersion) {
            throw new ConcurrentChangeException("plan of care");
        }
        return plan;
    }

    Optional<Member> member(MemberId id) {
        return members.findById(id);
    }

    PlanRepository plans() {
        return plans;
    }

    CareTeamRule careTeam() {
        return careTeam;
    }

    /** POC-2, SUP-2, SUP-3, SCR-2: who may sign off {@code peer}'s plan, from the stored facts of {@code supervisor}. */
    SignOffAuthority authorityOf(StaffId supervisor, StaffId peer) {
        CountySettings settings = settings();
        return new SignOffAuthority(
                supervision.findByPeer(peer).value(),
                workforce.supervisorRecordOf(supervisor).stream().toList(),
                workforce.screeningOf(supervisor),
                settings.supervisorTrainingGraceDays(),
                settings.supervisorTrainingAlertDay(),
                settings.coSignByOwnSupervisor());
    }

    CountySettings settings() {
        return county.find().map(CountyPolicyProfile::settings).orElseGet(CountySettings::defaults);
    }

    String nameOf(StaffId id) {
        return staff.findById(id).map(StaffAccount::displayName).orElse("—");
    }

    PlanStep step(PlanOfCare plan, PlanStep.Kind kind, Actor actor) {
        return new PlanStep(plan.id(), kind, actor.id(), clock.instant(), null);
    }

    List<PlanOfCare> lineageOf(PlanOfCare plan) {
        return plans.plansOf(plan.member()).stream()
                .filter(p -> p.lineage().equals(plan.lineage()))
                .toList();
    }

    LocalDate today() {
        return Clocks.today(clock);
    }

    Clock clock() {
        return clock;
    }

    void record(Actor actor, AuditAction action, @org.jspecify.annotations.Nullable MemberId member, String detail) {
        audit.record(new AuditEvent(clock.instant(), actor.id(), actor.username(), action, member, detail));
    }
}
