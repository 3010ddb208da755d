package org.peerpath.application.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.peerpath.application.audit.InMemoryAuditTrail;
import org.peerpath.application.audit.port.out.AuditAction;
import org.peerpath.application.audit.port.out.AuditEvent;
import org.peerpath.application.county.InMemoryCountyProfiles;
import org.peerpath.application.member.CareTeamRule;
import org.peerpath.application.member.InMemoryMembers;
import org.peerpath.application.plan.port.in.GoalInput;
import org.peerpath.application.plan.port.in.GoalInputRefusedException;
import org.peerpath.application.plan.port.in.MemberPlan;
import org.peerpath.application.plan.port.in.PendingSignOff;
import org.peerpath.application.plan.port.in.PlanAction;
import org.peerpath.application.plan.port.in.PlanFollowUp;
import org.peerpath.application.plan.port.in.PlanStepCommand;
import org.peerpath.application.plan.port.in.PlanStepKind;
import org.peerpath.application.plan.port.in.PlanTemplate;
import org.peerpath.application.plan.port.in.RecordProgressCommand;
import org.peerpath.application.plan.port.in.SavePlanCommand;
import org.peerpath.application.plan.port.in.SavePlanTemplateCommand;
import org.peerpath.application.plan.port.in.StartPlanCommand;
import org.peerpath.application.plan.port.in.VersionPeriod;
import org.peerpath.application.plan.port.out.SupervisedMembers.SupervisedMember;
import org.peerpath.application.shared.Actor;
import org.peerpath.application.shared.ConcurrentChangeException;
import org.peerpath.application.shared.TestMembers;
import org.peerpath.application.shared.Versioned;
import org.peerpath.application.staff.InMemoryStaffDirectory;
import org.peerpath.application.supervision.InMemoryOversight;
import org.peerpath.county.CountyPolicyProfile;
import org.peerpath.goal.GoalStatus;
import org.peerpath.goal.ProgressEntry;
import org.peerpath.member.Member;
import org.peerpath.member.MemberId;
import org.peerpath.plan.PlanOfCare;
import org.peerpath.plan.PlanOfCareException;
import org.peerpath.plan.PlanOfCareId;
import org.peerpath.plan.PlanStatus;
import org.peerpath.shared.County;
import org.peerpath.shared.DomainException;
import org.peerpath.shared.Role;
import org.peerpath.shared.ServiceId;
import org.peerpath.shared.StaffId;
import org.peerpath.supervision.PeerDirection;
import org.peerpath.supervision.PeerSupervision;
import org.peerpath.supervision.QualificationPath;
import org.peerpath.supervision.Supervisor;

class PlanUseCasesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
    private static final LocalDate LONG_AGO = TODAY.minusYears(2);

    private final Clock clock = Clock.fixed(Instant.parse("2026-11-25T20:00:00Z"), ZoneOffset.UTC);
    private final InMemoryMembers members = new InMemoryMembers(id -> "Peer");
    private final InMemoryPlans plans = new InMemoryPlans();
    private final InMemoryAuditTrail audit = new InMemoryAuditTrail();
    private final InMemoryOversight oversight = new InMemoryOversight();
    private final InMemoryCountyProfiles county = new InMemoryCountyProfiles();
    private final InMemoryStaffDirectory staff = new InMemoryStaffDirectory();
    private final FakeWorkforce workforce = new FakeWorkforce();
    private final CareTeamRule careTeam = new CareTeamRule(oversight.supervisions(), oversight.directions());
    private final InMemoryPlanTemplates templates = new InMemoryPlanTemplates();
    private final Map<ServiceId, MemberId> services = new HashMap<>();
    private final List<SupervisedMember> supervised = new ArrayList<>();
    private final PlanBook book = new PlanBook(
            members,
            plans,
            careTeam,
            oversight.supervisions(),
            workforce,
            county,
            staff,
            audit,
            clock,
            templates,
            (member, service) -> member.equals(services.get(service)));
    private final PlanLifecycleService lifecycle = new PlanLifecycleService(book);
    private final PlanQueryService queries = new PlanQueryService(book, plans);
    private final GoalProgressService progress = new GoalProgressService(book, plans);
    private final PlanTemplateService template = new PlanTemplateService(book);
    private final SupervisorDeskService desk =
            new SupervisorDeskService(book, queries, (supervisor, on) -> List.copyOf(supervised), plans);

    private final Actor peer = actor("peer.ava", Role.PEER);
    private final Actor dana = actor("super.dana", Role.SUPERVISOR);
    private final Actor hollis = actor("super.hollis", Role.SUPERVISOR);
    private final Actor ellis = actor("bhp.ellis", Role.BHP);

    PlanUseCasesTest() {
        oversight.save(PeerSupervision.of(peer.id()).assign(dana.id(), LONG_AGO, null, null), Versioned.NEVER_STORED);
        oversight.directions().save(PeerDirection.of(peer.id()).assign(ellis.id(), LONG_AGO), Versioned.NEVER_STORED);
        workforce.qualified(trained(dana.id())).qualified(trained(hollis.id()));
    }

    private Actor actor(String username, Role role) {
        StaffId id = staff.add(username, role);
        return new Actor(id, username, Set.of(role));
    }

    private static Supervisor trained(StaffId id) {
        return Supervisor.qualify(id, QualificationPath.BEHAVIORAL_HEALTH_PROFESSIONAL, 36, LONG_AGO)
                .completeTraining(LONG_AGO.plusDays(20));
    }

    private MemberId member() {
        Member member = TestMembers.member("Pia", "Plansdottir").assignPrimaryPeer(peer.id());
        members.save(member);
        return member.id();
    }

    private PlanOfCare plan(PlanOfCareId id) {
        return plans.findById(id).orElseThrow();
    }

    private static GoalInput goal(String words) {
        return new GoalInput(null, words, "Applications sent", "3 applications", TODAY.plusMonths(3));
    }

    private void saveAs(Actor actor, PlanOfCareId id, List<GoalInput> goals) {
        lifecycle.save(new SavePlanCommand(
                actor,
                id,
                plan(id).version(),
                "Peer met with Pia",
                "Up to 4 units a week",
                "6 months",
                "Engagement",
                false,
                null,
                goals,
                null));
    }

    private PlanOfCareId signedByPeer() {
        PlanOfCareId id = lifecycle.start(new StartPlanCommand(peer, member()));
        saveAs(peer, id, List.of(goal("I want my own place"), goal("Sleep better")));
        lifecycle.sign(new PlanStepCommand(peer, id, plan(id).version()));
        return id;
    }

    private PlanStepCommand step(Actor actor, PlanOfCareId id) {
        return new PlanStepCommand(actor, id, plan(id).version());
    }

    @Test
    @DisplayName("POC-6 a new plan starts from the Santa Cruz template, written by the member's peer")
    void poc6_a_new_plan_starts_from_the_template() {
        MemberId member = member();

        PlanOfCareId id = lifecycle.start(new StartPlanCommand(peer, member));

        assertThat(plan(id).narrative()).isEqualTo(PlanOfCare.SANTA_CRUZ_TEMPLATE);
        assertThat(plan(id).isAuthoredByPeer()).isTrue();
        assertThat(audit.all()).extracting(AuditEvent::action).contains(AuditAction.PLAN_STARTED);
    }

    @Test
    @DisplayName("POC-2 a plan the peer wrote is complete once the peer's own supervisor, qualified today, co-signs")
    void poc2_the_peers_supervisor_cosigns_and_the_plan_is_complete_and_locked() {
        PlanOfCareId id = signedByPeer();

        List<PendingSignOff> queue = queries.coSignQueue(dana);
        lifecycle.cosign(step(dana, id));

        assertThat(queue).extracting(PendingSignOff::plan).containsExactly(id);
        assertThat(queue.getFirst().ageInDays()).isZero();
        assertThat(plan(id).status()).isEqualTo(PlanStatus.COMPLETE);
        assertThat(plan(id).completedOn()).contains(TODAY);
        assertThat(queries.coSignQueue(dana)).isEmpty();
        assertThatThrownBy(() -> saveAs(peer, id, List.of(goal("Another"))))
                .isInstanceOf(PlanOfCareException.Locked.class);
    }

    @Test
    @DisplayName("POC-2 SUP-3 co-sign is refused, in words, to a supervisor whose training was overdue that day")
    void poc2_a_supervisor_with_overdue_training_cannot_cosign() {
        workforce.qualified(
                Supervisor.qualify(dana.id(), QualificationPath.BEHAVIORAL_HEALTH_PROFESSIONAL, 36, LONG_AGO));
        PlanOfCareId id = signedByPeer();

        assertThatThrownBy(() -> lifecycle.cosign(step(dana, id)))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.code()).isEqualTo("plan.supervisor-training-overdue"));
        assertThat(plan(id).status()).isEqualTo(PlanStatus.SIGNED);
        assertThat(audit.all()).extracting(AuditEvent::action).contains(AuditAction.PLAN_STEP_REFUSED);
    }

    @Test
    @DisplayName("POC-2 SUP-2 co-sign is refused to a supervisor with no qualification on record")
    void poc2_a_supervisor_without_qualification_record_cannot_cosign() {
        Actor unknown = actor("super.new", Role.SUPERVISOR);
        oversight.save(
                PeerSupervision.of(peer.id())
                        .assign(dana.id(), LONG_AGO, null, null)
                        .assign(unknown.id(), TODAY.minusDays(1), null, null),
                oversight.findByPeer(peer.id()).version());
        PlanOfCareId id = signedByPeer();

        assertThatThrownBy(() -> lifecycle.cosign(step(unknown, id)))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.code()).isEqualTo("plan.supervisor-not-qualified"));
    }

    @Test
    @DisplayName("POC-2 when the county asks, only the peer's own supervisor co-signs; when it does not, another may")
    void poc2_own_supervisor_only_when_the_county_asks() {
        PlanOfCareId id = signedByPeer();

        assertThatThrownBy(() -> lifecycle.cosign(step(hollis, id)))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.code()).isEqualTo("plan.not-peers-supervisor"));

        county.save(CountyPolicyProfile.establish(County.YOLO));
        CountyPolicyProfile profile = county.find().orElseThrow();
        county.save(profile.changeSettings(profile.settings().withCoSignByOwnSupervisor(false)));
        lifecycle.cosign(step(hollis, id));
        assertThat(plan(id).status()).isEqualTo(PlanStatus.COMPLETE);
    }

    @Test
    @DisplayName("POC-4 a returned plan carries the comment; the peer fixes and signs; the history keeps who and when")
    void poc4_return_with_comment_fix_sign_cosign_and_history() {
        PlanOfCareId id = signedByPeer();

        lifecycle.returnToAuthor(new PlanStepCommand(dana, id, plan(id).version(), "Goal 2 needs a date"));
        MemberPlan returned = queries.plan(peer, plan(id).member(), null).orElseThrow();
        saveAs(peer, id, List.of(goal("I want my own place"), goal("Sleep through the night")));
        lifecycle.sign(step(peer, id));
        lifecycle.cosign(step(dana, id));

        assertThat(returned.plan().orElseThrow().status()).isEqualTo(PlanStatus.RETURNED);
        assertThat(returned.plan().orElseThrow().returnComment()).isEqualTo("Goal 2 needs a date");
        assertThat(returned.plan().orElseThrow().actions()).contains(PlanAction.EDIT, PlanAction.SIGN);
        MemberPlan complete = queries.plan(peer, plan(id).member(), null).orElseThrow();
        assertThat(complete.versions().getFirst().steps())
                .extracting(s -> s.kind(), s -> s.by(), s -> s.comment())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(PlanStepKind.STARTED, "Name of peer.ava", null),
                        org.assertj.core.groups.Tuple.tuple(PlanStepKind.SAVED, "Name of peer.ava", null),
                        org.assertj.core.groups.Tuple.tuple(PlanStepKind.SIGNED, "Name of peer.ava", null),
                        org.assertj.core.groups.Tuple.tuple(
                                PlanStepKind.RETURNED, "Name of super.dana", "Goal 2 needs a date"),
                        org.assertj.core.groups.Tuple.tuple(PlanStepKind.SAVED, "Name of peer.ava", null),
                        org.assertj.core.groups.Tuple.tuple(PlanStepKind.SIGNED, "Name of peer.ava", null),
                        org.assertj.core.groups.Tuple.tuple(PlanStepKind.CO_SIGNED, "Name of super.dana", null));
        assertThat(complete.plan().orElseThrow().actions()).contains(PlanAction.REVISE);
    }

    @Test
    @DisplayName("POC-4 revise makes a new draft version; once it is co-signed the earlier one is superseded")
    void poc4_revise_makes_a_new_version_and_supersedes_the_old_once_complete() {
        PlanOfCareId v1 = signedByPeer();
        lifecycle.cosign(step(dana, v1));

        PlanOfCareId v2 = lifecycle.revise(step(peer, v1));
        assertThatThrownBy(() -> lifecycle.revise(step(peer, v1))).isInstanceOf(DomainException.class);
        assertThat(plan(v2).versionNumber()).isEqualTo(2);
        assertThat(plan(v1).status()).isEqualTo(PlanStatus.COMPLETE);
        lifecycle.sign(step(peer, v2));
        lifecycle.cosign(step(dana, v2));

        assertThat(plan(v1).status()).isEqualTo(PlanStatus.SUPERSEDED);
        assertThat(plan(v2).status()).isEqualTo(PlanStatus.COMPLETE);
        assertThat(queries.plan(peer, plan(v1).member(), null).orElseThrow().versions())
                .extracting(v -> v.versionNumber())
                .containsExactly(2, 1);
    }

    @Test
    @DisplayName("POC-3 a plan a BHP wrote is complete only after both the peer's and the supervisor's reviews")
    void poc3_bhp_written_plan_needs_both_reviews() {
        MemberId member = member();
        PlanOfCareId id = lifecycle.start(new StartPlanCommand(ellis, member));
        saveAs(ellis, id, List.of(goal("Back to work")));
        lifecycle.sign(step(ellis, id));

        assertThatThrownBy(() -> lifecycle.cosign(step(dana, id)))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.code()).isEqualTo("plan.review-required"));
        lifecycle.review(step(dana, id));
        assertThat(plan(id).status()).isEqualTo(PlanStatus.SIGNED);
        assertThat(queries.coSignQueue(dana)).singleElement().satisfies(p -> assertThat(p.review())
                .isTrue());
        lifecycle.review(step(peer, id));

        assertThat(plan(id).status()).isEqualTo(PlanStatus.COMPLETE);
    }

    @Test
    @DisplayName("GOAL-1 a goal without a measure is named at that goal's field")
    void goal1_a_goal_without_measure_is_refused_at_its_field() {
        PlanOfCareId id = lifecycle.start(new StartPlanCommand(peer, member()));
        List<GoalInput> goals =
                List.of(goal("Own place"), new GoalInput(null, "Sleep better", "", "5 nights", TODAY.plusMonths(1)));

        assertThatThrownBy(() -> saveAs(peer, id, goals)).isInstanceOfSatisfying(GoalInputRefusedException.class, e -> {
            assertThat(e.index()).isEqualTo(1);
            assertThat(e.field()).isEqualTo("measure");
        });
    }

    @Test
    @DisplayName("GOAL-1 a target date in the past is named at that goal's date")
    void goal1_a_target_date_in_the_past_is_refused() {
        PlanOfCareId id = lifecycle.start(new StartPlanCommand(peer, member()));
        List<GoalInput> goals = List.of(new GoalInput(null, "Own place", "Applications", "3", TODAY.minusDays(1)));

        assertThatThrownBy(() -> saveAs(peer, id, goals)).isInstanceOfSatisfying(GoalInputRefusedException.class, e -> {
            assertThat(e.index()).isZero();
            assertThat(e.field()).isEqualTo("targetDate");
            assertThat(e.code()).isEqualTo("plans.refused.target-date-past");
        });
    }

    @Test
    @DisplayName("POC-4 the co-sign and the peer's edit of the same version: one wins, the other is told")
    void poc4_a_stale_edit_after_the_cosign_is_refused_and_nothing_is_lost() {
        PlanOfCareId id = lifecycle.start(new StartPlanCommand(peer, member()));
        saveAs(peer, id, List.of(goal("Own place")));
        long seenByEditor = plan(id).version();
        lifecycle.sign(step(peer, id));
        lifecycle.cosign(step(dana, id));

        assertThatThrownBy(() -> lifecycle.save(new SavePlanCommand(
                        peer, id, seenByEditor, "late words", "a", "b", "c", false, null, List.of(goal("x")), null)))
                .isInstanceOf(ConcurrentChangeException.class);
        assertThat(plan(id).status()).isEqualTo(PlanStatus.COMPLETE);
    }

    @Test
    @DisplayName("GOAL-2 progress entries chart a goal over time; a date ahead is refused")
    void goal2_progress_is_recorded_and_charted() {
        PlanOfCareId id = signedByPeer();
        lifecycle.cosign(step(dana, id));
        MemberId member = plan(id).member();
        var goal = plan(id).goals().getFirst().id();

        progress.record(new RecordProgressCommand(
                peer, member, goal, TODAY.minusDays(20), 2, GoalStatus.IN_PROGRESS, "Started", null));
        progress.record(new RecordProgressCommand(
                peer, member, goal, TODAY.minusDays(10), 5, GoalStatus.IN_PROGRESS, "", null));
        progress.record(new RecordProgressCommand(peer, member, goal, TODAY, 8, GoalStatus.ACHIEVED, "Keys!", null));

        assertThat(queries.plan(peer, member, null)
                        .orElseThrow()
                        .progress()
                        .getFirst()
                        .chart())
                .extracting(p -> p.rating())
                .containsExactly(2, 5, 8);
        assertThat(queries.plan(peer, member, null)
                        .orElseThrow()
                        .progress()
                        .getFirst()
                        .status())
                .isEqualTo(GoalStatus.ACHIEVED);
        assertThatThrownBy(() -> progress.record(new RecordProgressCommand(
                        peer, member, goal, TODAY.plusDays(1), 5, GoalStatus.IN_PROGRESS, "", null)))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.code()).isEqualTo("plans.refused.progress-future"));
    }

    @Test
    @DisplayName("CONF-2 someone off the care team sees no plan, and the look is audited")
    void conf2_off_the_care_team_sees_no_plan() {
        PlanOfCareId id = signedByPeer();
        Actor otherPeer = actor("peer.ben", Role.PEER);

        assertThat(queries.plan(otherPeer, plan(id).member(), null)).isEmpty();
        assertThat(audit.all()).extracting(AuditEvent::action).contains(AuditAction.MEMBER_ACCESS_DENIED);
    }

    private final Actor gale = actor("admin.gale", Role.ADMIN);

    @Test
    @DisplayName("POC-6 the Santa Cruz template is the default; the county's edited template prefills a new plan")
    void poc6_the_county_template_prefills_new_plans() {
        PlanTemplate before = template.current(gale);
        assertThat(before.countyDefault()).isTrue();
        assertThat(before.text()).isEqualTo(PlanOfCare.SANTA_CRUZ_TEMPLATE);

        template.save(new SavePlanTemplateCommand(gale, "  Peer met with the member to plan.  ", before.version()));
        PlanOfCareId id = lifecycle.start(new StartPlanCommand(peer, member()));

        assertThat(plan(id).narrative()).isEqualTo("Peer met with the member to plan.");
        PlanTemplate after = template.current(peer);
        assertThat(after.countyDefault()).isFalse();
        assertThat(after.changedBy()).isEqualTo("Name of admin.gale");
        assertThat(queries.plan(peer, plan(id).member(), null).orElseThrow().template())
                .isEqualTo("Peer met with the member to plan.");
        assertThat(audit.all()).extracting(AuditEvent::action).contains(AuditAction.PLAN_TEMPLATE_CHANGED);
    }

    @Test
    @DisplayName("POC-6 two admins edit the template: the later save over the same version is refused, not lost")
    void poc6_a_stale_template_save_is_refused() {
        long seen = template.current(gale).version();
        template.save(new SavePlanTemplateCommand(gale, "First admin's words", seen));

        assertThatThrownBy(() -> template.save(new SavePlanTemplateCommand(gale, "Second admin's words", seen)))
                .isInstanceOf(ConcurrentChangeException.class);
        assertThat(template.current(gale).text()).isEqualTo("First admin's words");

        template.restoreDefault(gale, template.current(gale).version());
        assertThat(template.current(gale).text()).isEqualTo(PlanOfCare.SANTA_CRUZ_TEMPLATE);
    }

    @Test
    @DisplayName("POC-6 an empty or too long template is refused with words at the field")
    void poc6_bad_template_text_is_refused() {
        assertThatThrownBy(() -> template.save(new SavePlanTemplateCommand(gale, "   ", -1)))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.code()).isEqualTo("plans.template.required"));
        assertThatThrownBy(() -> template.save(
                        new SavePlanTemplateCommand(gale, "x".repeat(PlanOfCare.MAX_NARRATIVE_LENGTH + 1), -1)))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.code()).isEqualTo("plans.template.too-long"));
    }

    @Test
    @DisplayName("GOAL-2 a progress entry may link to one of the member's services; another member's is refused")
    void goal2_progress_links_to_a_service_of_the_member() {
        PlanOfCareId id = signedByPeer();
        lifecycle.cosign(step(dana, id));
        MemberId member = plan(id).member();
        var goal = plan(id).goals().getFirst().id();
        ServiceId session = ServiceId.newId();
        ServiceId elsewhere = ServiceId.newId();
        services.put(session, member);
        services.put(elsewhere, MemberId.newId());

        progress.record(new RecordProgressCommand(
                peer, member, goal, TODAY, 6, GoalStatus.IN_PROGRESS, "At the session", session));
        progress.record(
                new RecordProgressCommand(peer, member, goal, TODAY, 7, GoalStatus.IN_PROGRESS, "No link", null));

        assertThat(plans.progressOf(member)).extracting(ProgressEntry::service).containsExactly(session, null);
        assertThatThrownBy(() -> progress.record(
                        new RecordProgressCommand(peer, member, goal, TODAY, 7, GoalStatus.IN_PROGRESS, "", elsewhere)))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.code()).isEqualTo("plans.refused.unknown-service"));
    }

    @Test
    @DisplayName("POC-1 POC-4 the plan names the service it was developed in; each complete version has its period")
    void poc1_poc4_development_session_and_periods_of_versions() {
        PlanOfCareId first = lifecycle.start(new StartPlanCommand(peer, member()));
        MemberId member = plan(first).member();
        ServiceId session = ServiceId.newId();
        services.put(session, member);
        lifecycle.save(new SavePlanCommand(
                peer,
                first,
                plan(first).version(),
                "Peer met with Pia",
                "Up to 4 units a week",
                "6 months",
                "Engagement",
                false,
                null,
                List.of(goal("Own place")),
                session));
        lifecycle.sign(step(peer, first));
        lifecycle.cosign(step(dana, first));

        MemberPlan shown = queries.plan(peer, member, null).orElseThrow();
        assertThat(shown.plan().orElseThrow().developmentSession()).isEqualTo(session);
        assertThat(shown.periods()).extracting(VersionPeriod::plan).containsExactly(first);
        assertThat(shown.periods().getFirst().developedIn()).isEqualTo(session);
        assertThat(shown.inForceOn(TODAY)).map(VersionPeriod::versionNumber).contains(1);
        assertThat(shown.inForceOn(TODAY.minusDays(1))).isEmpty();

        ServiceId notHers = ServiceId.newId();
        PlanOfCareId second = lifecycle.revise(step(peer, first));
        assertThatThrownBy(() -> lifecycle.save(new SavePlanCommand(
                        peer,
                        second,
                        plan(second).version(),
                        "n",
                        "a",
                        "b",
                        "c",
                        false,
                        null,
                        List.of(goal("x")),
                        notHers)))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.code()).isEqualTo("plans.refused.unknown-service"));
    }

    @Test
    @DisplayName("G.4 the supervisor's home lists only members of the peers they supervise, with plans running out")
    void g4_the_desk_reads_the_supervisors_members_and_plans_ending_soon() {
        PlanOfCareId id = lifecycle.start(new StartPlanCommand(peer, member()));
        MemberId member = plan(id).member();
        lifecycle.save(new SavePlanCommand(
                peer,
                id,
                plan(id).version(),
                "Peer met with Pia",
                "Up to 4 units a week",
                "6 months",
                "Engagement",
                false,
                null,
                List.of(new GoalInput(null, "Own place", "Applications", "3", TODAY.plusDays(10))),
                null));
        lifecycle.sign(step(peer, id));
        lifecycle.cosign(step(dana, id));
        Actor ben = actor("peer.ben", Role.PEER);
        Member bens = TestMembers.member("Bo", "Notdanas").assignPrimaryPeer(ben.id());
        members.save(bens);
        supervised.add(new SupervisedMember(member, "Pia Plansdottir", peer.id(), "Ava"));
        supervised.add(new SupervisedMember(bens.id(), "Bo Notdanas", ben.id(), "Ben"));

        var home = desk.desk(dana);

        assertThat(home.attention()).extracting(PlanFollowUp::member).containsOnly(member);
        assertThat(home.attention())
                .extracting(PlanFollowUp::reason)
                .contains(PlanFollowUp.Reason.GOAL_DUE_SOON, PlanFollowUp.Reason.PLAN_ENDS_SOON);
        assertThat(home.attention())
                .filteredOn(f -> f.reason() == PlanFollowUp.Reason.PLAN_ENDS_SOON)
                .extracting(PlanFollowUp::days)
                .containsExactly(10L);
    }
}
