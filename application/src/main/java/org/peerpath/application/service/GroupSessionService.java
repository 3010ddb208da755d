package org.peerpath.application.service;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.peerpath.application.audit.port.out.AuditAction;
import org.peerpath.application.audit.port.out.AuditEvent;
import org.peerpath.application.audit.port.out.AuditTrail;
import org.peerpath.application.claim.ClaimFactsSource;
import org.peerpath.application.county.port.out.CountyProfileRepository;
import org.peerpath.application.member.CareTeamRule;
import org.peerpath.application.member.port.in.MemberNotFoundException;
import org.peerpath.application.member.port.out.MemberRepository;
import org.peerpath.application.plan.port.out.PlanRecords;
import org.peerpath.application.service.port.in.AttendeeCheck;
import org.peerpath.application.service.port.in.GroupSessionInvalid;
import org.peerpath.application.service.port.in.GroupSessionQueries;
import org.peerpath.application.service.port.in.GroupSessionRecorded;
import org.peerpath.application.service.port.in.RecordGroupSessionCommand;
import org.peerpath.application.service.port.in.RecordGroupSessionUseCase;
import org.peerpath.application.service.port.in.ServiceFormOptions;
import org.peerpath.application.service.port.out.GroupSessionRepository;
import org.peerpath.application.service.port.out.PeerServiceRepository;
import org.peerpath.application.shared.Actor;
import org.peerpath.application.shared.Clocks;
import org.peerpath.application.staff.port.in.StaffSummary;
import org.peerpath.application.staff.port.out.StaffDirectory;
import org.peerpath.county.CountyPolicyProfile;
import org.peerpath.county.CountySettings;
import org.peerpath.goal.Goal;
import org.peerpath.goal.GoalId;
import org.peerpath.member.Member;
import org.peerpath.member.MemberId;
import org.peerpath.plan.PlanOfCare;
import org.peerpath.service.Delivery;
import org.peerpath.service.Facilitator;
import org.peerpath.service.GroupAttendee;
import org.peerpath.service.GroupSession;
import org.peerpath.service.Modality;
import org.peerpath.service.PeerService;
import org.peerpath.service.PlaceOfService;
import org.peerpath.service.ProgressNote;
import org.peerpath.service.ServiceDraft;
import org.peerpath.service.ServiceMinutes;
import org.peerpath.shared.Role;
import org.peerpath.shared.StaffId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * GRP-1..3: a group recorded once by its lead peer yields one H0025 service and note per attendee (and per
 * co-facilitator under EACH_PEER), minutes shared by the county's strategy (GRP-2); each is judged by the claim check
 * on the stored facts of its attendee and renderer (CHECK-1). Every attendee must be on the lead's care team (MEM-3);
 * a refusal names no member and is audited (CONF-4). Each attendee's service carries the goals of their plan in force
 * that the group addressed (GOAL-3).
 */
@Service
@Transactional(noRollbackFor = MemberNotFoundException.class)
class GroupSessionService implements RecordGroupSessionUseCase, GroupSessionQueries {

    /** SVC-8: the shared narrative and the attendee's words make one note; both have room within it. */
    static final int NARRATIVE_MAX = 6000;

    static final int INDIVIDUALIZATION_MAX = 1500;

    private final MemberRepository members;
    private final CareTeamRule careTeam;
    private final PeerServiceRepository services;
    private final GroupSessionRepository groups;
    private final PlanRecords plans;
    private final ClaimFactsSource facts;
    private final CountyProfileRepository counties;
    private final StaffDirectory staff;
    private final AuditTrail audit;
    private final Clock clock;

    GroupSessionService(
            MemberRepository members,
            CareTeamRule careTeam,
            PeerServiceRepository services,
            GroupSessionRepository groups,
            PlanRecords plans,
            ClaimFactsSource facts,
            CountyProfileRepository counties,
            StaffDirectory staff,
            AuditTrail audit,
            Clock clock) {
        this.members = members;
        this.careTeam = careTeam;
        this.services = services;
        this.groups = groups;
        this.plans = plans;
        this.facts = facts;
        this.counties = counties;
        this.staff = staff;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @RolesAllowed(Role.PEER_ROLE)
    public GroupSessionRecorded record(RecordGroupSessionCommand command) {
        Actor actor = command.actor();
        Planned planned = plan(command);
        groups.add(planned.session(), actor.id());
        List<AttendeeCheck> saved = new ArrayList<>();
        for (int i = 0; i < planned.drafts().size(); i++) {
            ServiceDraft draft = planned.drafts().get(i);
            AttendeeCheck checked = planned.checks().get(i);
            PeerService service = PeerService.record(draft, plans.plansOf(draft.member()))
                    .writeNote(noteOf(command, draft.member()), actor.id());
            services.save(service);
            saved.add(new AttendeeCheck(
                    checked.member(),
                    checked.memberName(),
                    checked.renderer(),
                    service.id(),
                    checked.contactMinutes(),
                    checked.check()));
        }
        planned.session()
                .attendees()
                .forEach(a -> record(
                        actor,
                        AuditAction.GROUP_SESSION_RECORDED,
                        a.member(),
                        "group on " + planned.session().date() + ": "
                                + planned.session().size() + " attendees"));
        return new GroupSessionRecorded(planned.session().id(), saved);
    }

    @Override
    @RolesAllowed(Role.PEER_ROLE)
    @Transactional(noRollbackFor = {MemberNotFoundException.class, GroupSessionInvalid.class})
    public List<AttendeeCheck> check(RecordGroupSessionCommand command) {
        Planned planned = plan(command);
        planned.session()
                .attendees()
                .forEach(a -> record(
                        command.actor(), AuditAction.CLAIM_CHECKED, a.member(), "live claim check of a group service"));
        return planned.checks();
    }

    @Override
    @RolesAllowed(Role.PEER_ROLE)
    public List<ServiceFormOptions.GoalChoice> goalsInForce(Actor actor, MemberId id, LocalDate date) {
        Member member = members.findById(id).orElseThrow(() -> new MemberNotFoundException(id));
        // MEM-3: only the goals of a member on the lead's care team
        if (!careTeam.accessTo(actor, id, member.primaryPeer().orElse(null), Clocks.today(clock))
                .seesClinicalRecords()) {
            record(actor, AuditAction.MEMBER_ACCESS_DENIED, id, "group goals: not on the care team");
            throw new MemberNotFoundException(id);
        }
        List<ServiceFormOptions.GoalChoice> goals = inForce(id, date).stream()
                .flatMap(p -> p.goals().stream())
                .map(g -> new ServiceFormOptions.GoalChoice(g.id(), g.inMemberWords()))
                .toList();
        record(actor, AuditAction.PLAN_VIEWED, id, "goals in force on " + date + " for a group: " + goals.size());
        return goals;
    }

    @Override
    @RolesAllowed(Role.PEER_ROLE)
    @Transactional(readOnly = true)
    public List<StaffSummary> coFacilitatorChoices(Actor actor) {
        return staff.withRole(Role.PEER).stream()
                .filter(s -> !s.id().equals(actor.id()))
                .toList();
    }

    @Override
    @RolesAllowed(Role.PEER_ROLE)
    @Transactional(readOnly = true)
    public GroupSizeLimits sizeLimits(Actor actor) {
        CountySettings settings = settings();
        return new GroupSizeLimits(settings.groupSizeMin(), settings.groupSizeMax());
    }

    private record Planned(GroupSession session, List<ServiceDraft> drafts, List<AttendeeCheck> checks) {}

    /** Validates the input at its fields, checks the care team of every attendee and judges each yielded service. */
    private Planned plan(RecordGroupSessionCommand command) {
        Actor actor = command.actor();
        LocalDate today = Clocks.today(clock);
        CountySettings settings = settings();
        requireValid(command, settings, today);
        Map<MemberId, Member> attending = new HashMap<>();
        for (RecordGroupSessionCommand.Attendee attendee : command.attendees()) {
            MemberId id = attendee.member();
            Member member = members.findById(id).orElseThrow(() -> new MemberNotFoundException(id));
            // MEM-3: the lead records only for members of their own care team
            if (!careTeam.accessTo(actor, id, member.primaryPeer().orElse(null), today)
                    .seesClinicalRecords()) {
                record(actor, AuditAction.MEMBER_ACCESS_DENIED, id, "record group: not on the care team");
                throw new MemberNotFoundException(id);
            }
            attending.put(id, member);
            requireGoalsInForce(attendee, Objects.requireNonNull(command.date()));
        }
        List<Facilitator> facilitators = new ArrayList<>();
        facilitators.add(
                new Facilitator(actor.id(), ServiceMinutes.contactOnly(Objects.requireNonNull(command.leadMinutes()))));
        command.coFacilitators()
                .forEach(c -> facilitators.add(
                        new Facilitator(c.staff(), ServiceMinutes.contactOnly(Objects.requireNonNull(c.minutes())))));
        GroupSession session = GroupSession.record(
                command.date(),
                facilitators,
                command.topic(),
                new Delivery(command.modality(), placeOf(command.modality(), command.placeOfService())),
                command.attendees().stream()
                        .map(a -> new GroupAttendee(
                                a.member(),
                                Objects.requireNonNull(a.deliverySystem()),
                                a.goals().stream().distinct().toList()))
                        .toList());
        List<ServiceDraft> drafts =
                session.yieldServices(settings.groupApportionment(), settings.coFacilitatorClaiming());
        List<AttendeeCheck> checks = new ArrayList<>();
        for (ServiceDraft draft : drafts) {
            checks.add(new AttendeeCheck(
                    draft.member(),
                    attending.get(draft.member()).name().fullName(),
                    draft.peer(),
                    null,
                    Objects.requireNonNull(draft.minutes()).contact(),
                    facts.check(draft, session)));
        }
        return new Planned(session, drafts, checks);
    }

    /**
     * GOAL-3: an attendee's goals addressed are goals of their own Plan of Care version in force on the group's date,
     * never another member's or an older version's.
     */
    private void requireGoalsInForce(RecordGroupSessionCommand.Attendee attendee, LocalDate date) {
        if (attendee.goals().isEmpty()) {
            return;
        }
        Set<GoalId> inForce = inForce(attendee.member(), date).stream()
                .flatMap(p -> p.goals().stream())
                .map(Goal::id)
                .collect(Collectors.toSet());
        if (!inForce.containsAll(attendee.goals())) {
            throw new GroupSessionInvalid("groups.invalid.goal-not-in-plan", "goals");
        }
    }

    private Optional<PlanOfCare> inForce(MemberId member, LocalDate date) {
        return PlanOfCare.versionInForceOn(
                plans.plansOf(member).stream()
                        .filter(p -> p.member().equals(member))
                        .toList(),
                date);
    }

    /** Words at the field for what cannot be saved; claim findings (e.g. an uncertified peer) do not stop the save. */
    private static void requireValid(RecordGroupSessionCommand command, CountySettings settings, LocalDate today) {
        if (command.date() == null) {
            throw new GroupSessionInvalid("groups.invalid.date-required", "date");
        }
        if (command.date().isAfter(today)) {
            throw new GroupSessionInvalid("groups.invalid.future-date", "date");
        }
        if (command.topic() == null || command.topic().isBlank()) {
            throw new GroupSessionInvalid("groups.invalid.topic-required", "topic");
        }
        if (command.topic().strip().length() > 200) {
            throw new GroupSessionInvalid("groups.invalid.too-long", "topic", Map.of("max", 200));
        }
        requireMinutes(command.leadMinutes(), "leadMinutes");
        List<StaffId> seen = new ArrayList<>();
        for (RecordGroupSessionCommand.CoFacilitator co : command.coFacilitators()) {
            if (co.staff().equals(command.actor().id()) || seen.contains(co.staff())) {
                throw new GroupSessionInvalid("groups.invalid.facilitator-twice", "coFacilitators");
            }
            seen.add(co.staff());
            requireMinutes(co.minutes(), "coFacilitators");
        }
        if (command.modality() == null) {
            throw new GroupSessionInvalid("groups.invalid.modality-required", "modality");
        }
        if (command.modality() == Modality.IN_PERSON
                && (command.placeOfService() == null || command.placeOfService().isTelehealth())) {
            throw new GroupSessionInvalid("groups.invalid.place-required", "placeOfService");
        }
        int size = command.attendees().size();
        // GRP-3: the county's group size limits
        if (size < settings.groupSizeMin() || size > settings.groupSizeMax()) {
            throw new GroupSessionInvalid(
                    "groups.invalid.size",
                    "attendees",
                    Map.of("count", size, "min", settings.groupSizeMin(), "max", settings.groupSizeMax()));
        }
        if (command.attendees().stream()
                        .map(RecordGroupSessionCommand.Attendee::member)
                        .distinct()
                        .count()
                != size) {
            throw new GroupSessionInvalid("groups.invalid.attendee-twice", "attendees");
        }
        if (command.attendees().stream().anyMatch(a -> a.deliverySystem() == null)) {
            throw new GroupSessionInvalid("groups.invalid.delivery-system-required", "deliverySystem");
        }
        if (command.narrative() == null || command.narrative().isBlank()) {
            throw new GroupSessionInvalid("groups.invalid.narrative-required", "narrative");
        }
        if (command.narrative().strip().length() > NARRATIVE_MAX) {
            throw new GroupSessionInvalid("groups.invalid.too-long", "narrative", Map.of("max", NARRATIVE_MAX));
        }
        for (RecordGroupSessionCommand.Attendee attendee : command.attendees()) {
            String words = attendee.individualization();
            if (words == null || words.isBlank()) {
                throw new GroupSessionInvalid("groups.invalid.individualization-required", "individualization");
            }
            if (words.strip().length() > INDIVIDUALIZATION_MAX) {
                throw new GroupSessionInvalid(
                        "groups.invalid.too-long", "individualization", Map.of("max", INDIVIDUALIZATION_MAX));
            }
        }
    }

    private static void requireMinutes(@Nullable Integer minutes, String field) {
        if (minutes == null || minutes <= 0) {
            throw new GroupSessionInvalid("groups.invalid.minutes-positive", field);
        }
        if (minutes > ServiceMinutes.MAX_MINUTES) {
            throw new GroupSessionInvalid("groups.invalid.minutes-range", field);
        }
    }

    /** SVC-4: a telehealth group is at 02 (the attendees join from different places). */
    private static @Nullable PlaceOfService placeOf(@Nullable Modality modality, @Nullable PlaceOfService place) {
        return modality != null && modality.isTelehealth() ? PlaceOfService.TELEHEALTH_OTHER_THAN_HOME : place;
    }

    /** SVC-8: one note per attendee: the shared narrative, then what was particular to them. */
    private static String noteOf(RecordGroupSessionCommand command, MemberId member) {
        String words = command.attendees().stream()
                .filter(a -> a.member().equals(member))
                .findFirst()
                .map(RecordGroupSessionCommand.Attendee::individualization)
                .orElse("");
        String note = Objects.requireNonNull(command.narrative()).strip() + "\n\n"
                + Objects.requireNonNull(words).strip();
        return note.length() > ProgressNote.MAX_LENGTH ? note.substring(0, ProgressNote.MAX_LENGTH) : note;
    }

    private CountySettings settings() {
        return counties.find().map(CountyPolicyProfile::settings).orElseGet(CountySettings::defaults);
    }

    private void record(Actor actor, AuditAction action, MemberId member, String detail) {
        audit.record(new AuditEvent(clock.instant(), actor.id(), actor.username(), action, member, detail));
    }
}
