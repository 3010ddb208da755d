package org.peerpath.application.service;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.peerpath.application.audit.port.out.AuditAction;
import org.peerpath.application.audit.port.out.AuditEvent;
import org.peerpath.application.audit.port.out.AuditTrail;
import org.peerpath.application.claim.ClaimFactsSource;
import org.peerpath.application.collateral.port.out.CollateralRepository;
import org.peerpath.application.county.port.out.CountyProfileRepository;
import org.peerpath.application.levelofcare.port.out.EpisodeRepository;
import org.peerpath.application.member.CareTeamRule;
import org.peerpath.application.member.port.out.MemberRepository;
import org.peerpath.application.plan.port.out.PlanRecords;
import org.peerpath.application.service.port.in.SavedService;
import org.peerpath.application.service.port.in.ServiceFormOptions;
import org.peerpath.application.service.port.in.ServiceFormQueries;
import org.peerpath.application.service.port.out.GroupSessionRepository;
import org.peerpath.application.service.port.out.PeerServiceRepository;
import org.peerpath.application.shared.Actor;
import org.peerpath.application.shared.Clocks;
import org.peerpath.application.staff.port.in.StaffAccount;
import org.peerpath.application.staff.port.out.StaffDirectory;
import org.peerpath.claim.ClaimCheck;
import org.peerpath.claim.ClaimFacts;
import org.peerpath.claim.ClaimReadiness;
import org.peerpath.collateral.CollateralId;
import org.peerpath.goal.Goal;
import org.peerpath.goal.GoalId;
import org.peerpath.levelofcare.Episode;
import org.peerpath.levelofcare.LevelOfCare;
import org.peerpath.levelofcare.Transition;
import org.peerpath.member.Member;
import org.peerpath.member.MemberId;
import org.peerpath.plan.PlanOfCare;
import org.peerpath.service.PeerService;
import org.peerpath.service.ServiceDraft;
import org.peerpath.shared.Role;
import org.peerpath.shared.ServiceId;
import org.peerpath.shared.StaffId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional // writes the audit trail
class ServiceFormQueryService implements ServiceFormQueries {

    private final MemberRepository members;
    private final CareTeamRule careTeam;
    private final PeerServiceRepository services;
    private final CollateralRepository collaterals;
    private final PlanRecords plans;
    private final EpisodeRepository episodes;
    private final CountyProfileRepository counties;
    private final ClaimFactsSource facts;
    private final GroupSessionRepository groups;
    private final AuditTrail audit;
    private final StaffDirectory staff;
    private final Clock clock;

    ServiceFormQueryService(
            MemberRepository members,
            CareTeamRule careTeam,
            PeerServiceRepository services,
            CollateralRepository collaterals,
            PlanRecords plans,
            EpisodeRepository episodes,
            CountyProfileRepository counties,
            ClaimFactsSource facts,
            GroupSessionRepository groups,
            AuditTrail audit,
            StaffDirectory staff,
            Clock clock) {
        this.members = members;
        this.careTeam = careTeam;
        this.services = services;
        this.collaterals = collaterals;
        this.plans = plans;
        this.episodes = episodes;
        this.counties = counties;
        this.facts = facts;
        this.groups = groups;
        this.audit = audit;
        this.staff = staff;
        this.clock = clock;
    }

    @Override
    @RolesAllowed({Role.PEER_ROLE, Role.SUPERVISOR_ROLE, Role.BHP_ROLE, Role.ADMIN_ROLE})
    public Optional<ServiceFormOptions> options(Actor actor, MemberId id, LocalDate date) {
        Optional<Member> member = visible(actor, id);
        if (member.isEmpty()) {
            return Optional.empty();
        }
        // COL-2: the member's own collaterals, current on the date
        List<ServiceFormOptions.Participant> people = collaterals.findByMember(id).stream()
                .filter(f -> f.endedOn() == null || !f.endedOn().isBefore(date))
                .map(f -> new ServiceFormOptions.Participant(
                        f.collateral().id(),
                        f.collateral().name().fullName(),
                        f.collateral().relationship().name()))
                .toList();
        // GOAL-3: the goals of the plan in force on the date
        List<ServiceFormOptions.GoalChoice> goals = planInForce(id, date).stream()
                .flatMap(p -> p.goals().stream())
                .map(g -> new ServiceFormOptions.GoalChoice(g.id(), g.inMemberWords()))
                .toList();
        return Optional.of(new ServiceFormOptions(people, goals, transitions(id, date)));
    }

    /** LOC-3: recorded moves (an episode starting the day after another ended), then moves from the open level. */
    private List<Transition> transitions(MemberId id, LocalDate date) {
        List<Episode> all = episodes.findByMember(id).value();
        List<Transition> found = new ArrayList<>();
        all.stream().sorted(Comparator.comparing(Episode::startsOn).reversed()).forEach(next -> all.stream()
                .filter(prev -> prev.endsOn() != null
                        && prev.endsOn().plusDays(1).equals(next.startsOn())
                        && prev.level() != next.level())
                .forEach(prev -> add(found, new Transition(prev.level(), next.level()))));
        all.stream()
                .filter(e -> !e.startsOn().isAfter(date)
                        && (e.endsOn() == null || !e.endsOn().isBefore(date)))
                .forEach(open -> java.util.Arrays.stream(LevelOfCare.values())
                        .filter(l -> l != open.level() && l.belongsTo(open.deliverySystem()))
                        .forEach(l -> add(found, new Transition(open.level(), l))));
        return found;
    }

    private static void add(List<Transition> found, Transition t) {
        if (!found.contains(t)) {
            found.add(t);
        }
    }

    private Optional<PlanOfCare> planInForce(MemberId id, LocalDate date) {
        return PlanOfCare.versionInForceOn(plans.plansOf(id), date);
    }

    @Override
    @RolesAllowed({Role.PEER_ROLE, Role.SUPERVISOR_ROLE, Role.BHP_ROLE, Role.ADMIN_ROLE})
    public Optional<SavedService> open(Actor actor, ServiceId serviceId) {
        Optional<PeerService> found = services.findById(serviceId);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        PeerService service = found.get();
        ServiceDraft d = service.asDraft();
        Optional<Member> member = visible(actor, d.member());
        if (member.isEmpty()) {
            return Optional.empty();
        }
        LocalDate date = Objects.requireNonNull(d.dateOfService());
        // GRP-1, GRP-3: a group service is judged with the session it came from, as in the member's history
        ClaimFacts claimFacts = new ServiceJudge(facts, groups).factsOf(service);
        ClaimReadiness readiness = ClaimCheck.check(service, claimFacts);
        Map<CollateralId, String> names = collaterals.findByMember(d.member()).stream()
                .collect(Collectors.toMap(
                        f -> f.collateral().id(), f -> f.collateral().name().fullName(), (a, b) -> a));
        Map<GoalId, String> goalWords = plans.plansOf(d.member()).stream()
                .flatMap(p -> p.goals().stream())
                .collect(Collectors.toMap(Goal::id, Goal::inMemberWords, (a, b) -> b));
        boolean cosignAsked = cosignAsked(member.get());
        boolean signed = service.note().map(n -> n.isSigned()).orElse(false);
        StaffId cosigner = service.note().map(n -> n.cosignedBy()).orElse(null);
        boolean cosigned = cosigner != null;
        boolean mayCosign = cosignAsked
                && signed
                && !cosigned
                && !service.asDraft().peer().equals(actor.id())
                && actor.has(Role.SUPERVISOR)
                && careTeam.overseesPeer(actor, d.peer(), Clocks.today(clock))
                && service.status() != org.peerpath.service.ServiceStatus.VOIDED;
        record(actor, AuditAction.SERVICE_OPENED, d.member(), "service on " + date);
        record(
                actor,
                AuditAction.CLAIM_CHECKED,
                d.member(),
                "claim check: " + readiness.findings().size() + " findings");
        return Optional.of(new SavedService(
                service.id(),
                d,
                service.status(),
                ClaimFactsSource.resultOf(d, claimFacts, readiness),
                service.note().map(n -> n.text()).orElse(null),
                service.note().map(n -> n.signedAt()).orElse(null),
                cosigned,
                cosigner == null
                        ? null
                        : staff.findById(cosigner)
                                .map(StaffAccount::displayName)
                                .orElse("—"),
                service.note().map(n -> n.cosignedAt()).orElse(null),
                service.addenda(),
                service.voidReason().orElse(null),
                d.collateralParticipants().stream()
                        .map(c -> names.getOrDefault(c, "–"))
                        .toList(),
                d.goals().stream().map(g -> goalWords.getOrDefault(g, "–")).toList(),
                d.peer().equals(actor.id()),
                cosignAsked,
                mayCosign,
                service.version()));
    }

    /** SVC-10: the county's setting, off when the county has no profile yet. */
    boolean cosignAsked(Member member) {
        return counties.find()
                .filter(profile -> profile.county() == member.county())
                .map(profile -> profile.settings().supervisorCosignsNotes())
                .orElse(false);
    }

    private Optional<Member> visible(Actor actor, MemberId id) {
        Optional<Member> member = members.findById(id);
        if (member.isEmpty()) {
            return Optional.empty();
        }
        if (!careTeam.accessTo(actor, id, member.get().primaryPeer().orElse(null), Clocks.today(clock))
                .seesClinicalRecords()) {
            record(actor, AuditAction.MEMBER_ACCESS_DENIED, id, "service form: not on the care team");
            return Optional.empty();
        }
        return member;
    }

    private void record(Actor actor, AuditAction action, MemberId member, String detail) {
        audit.record(new AuditEvent(clock.instant(), actor.id(), actor.username(), action, member, detail));
    }
}
