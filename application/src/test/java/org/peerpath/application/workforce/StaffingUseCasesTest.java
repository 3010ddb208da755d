package org.peerpath.application.workforce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.peerpath.application.audit.InMemoryAuditTrail;
import org.peerpath.application.audit.port.out.AuditAction;
import org.peerpath.application.audit.port.out.AuditEvent;
import org.peerpath.application.demo.DemoWorkforceFixture;
import org.peerpath.application.screening.InMemoryScreeningStore;
import org.peerpath.application.screening.port.in.ScreeningDecision;
import org.peerpath.application.screening.port.out.StoredResult;
import org.peerpath.application.screening.port.out.StoredRun;
import org.peerpath.application.shared.Actor;
import org.peerpath.application.supervision.port.in.AssignmentSummary;
import org.peerpath.application.workforce.port.in.ComplianceRow;
import org.peerpath.application.workforce.port.in.ComplianceRow.Rating;
import org.peerpath.application.workforce.port.in.DesignatePeerCommand;
import org.peerpath.application.workforce.port.in.RecordSkillsReviewCommand;
import org.peerpath.application.workforce.port.in.StaffAssignment;
import org.peerpath.application.workforce.port.in.StaffingDetails;
import org.peerpath.application.workforce.port.in.WorkforceInputException;
import org.peerpath.county.CountyPolicyProfile;
import org.peerpath.county.StaffingRules;
import org.peerpath.screening.MatchedOn;
import org.peerpath.screening.ScreeningList;
import org.peerpath.shared.FieldProblem;
import org.peerpath.shared.InvalidValueException;
import org.peerpath.shared.StaffId;

/**
 * Issue F, the rest of the staff record and the board: assignments with their history and program site (SUP-1, DIR-2,
 * CTY-5), county designation (CTY-3) and skills reviews (CTY-4) where the county turns them on, and the board's
 * screening (SCR-1, SCR-2) and review (CTY-4) reasons with the earliest next due date.
 */
class StaffingUseCasesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
    private static final LocalDate SCREENED = TODAY.minusDays(10);
    private final Clock clock = Clock.fixed(Instant.parse("2026-11-25T18:00:00Z"), ZoneOffset.UTC);
    private final DemoWorkforceFixture demo = new DemoWorkforceFixture(clock);
    private final InMemoryAuditTrail audit = new InMemoryAuditTrail();
    private final InMemoryScreeningStore screening = WorkforceUseCasesTest.screenedClear(demo, SCREENED);
    private final InMemoryStaffing records = new InMemoryStaffing();
    private final WorkforceQueryService queries = new WorkforceQueryService(
            demo.staff,
            demo.workforce,
            demo.workforce,
            demo.workforce,
            demo.workforce,
            demo.oversight.supervisions(),
            demo.oversight.directions(),
            screening,
            records,
            demo.countyProfiles,
            audit,
            clock);
    private final StaffingService staffing = new StaffingService(
            demo.staff,
            demo.workforce,
            records,
            demo.oversight.supervisions(),
            demo.oversight.directions(),
            demo.countyProfiles,
            audit,
            clock);

    private Actor actor(String username) {
        var account = demo.staff.findByUsername(username).orElseThrow();
        return new Actor(account.id(), username, account.roles());
    }

    private StaffId id(String username) {
        return actor(username).id();
    }

    private ComplianceRow row(String username) {
        return queries.complianceBoard(actor("admin.gale")).stream()
                .filter(r -> r.peer().equals(id(username)))
                .findFirst()
                .orElseThrow();
    }

    private void turnOnSanDiegoStaffingRules() {
        CountyPolicyProfile profile = demo.countyProfiles.find().orElseThrow();
        demo.countyProfiles.save(profile.changeSettings(profile.settings().withStaffing(StaffingRules.SAN_DIEGO)));
    }

    /** SCR-2: a run that names {@code username} by NPI, excluded from {@code effective}. */
    private void confirmedHit(String username, LocalDate effective) {
        UUID run = UUID.randomUUID();
        StoredResult hit = new StoredResult(
                UUID.randomUUID(),
                run,
                id(username),
                username,
                ScreeningList.OIG_LEIE,
                TODAY.minusDays(1),
                new StoredResult.Match(MatchedOn.NPI, 2, username, effective),
                ScreeningDecision.CONFIRMED_BY_LIST,
                effective,
                null,
                null,
                null,
                0);
        screening.saveRun(
                new StoredRun(
                        run,
                        ScreeningList.OIG_LEIE,
                        "leie.csv",
                        id("admin.gale"),
                        "Gale Prentiss",
                        TODAY.minusDays(1),
                        clock.instant(),
                        1,
                        1,
                        1,
                        0,
                        1),
                List.of(hit));
    }

    @Test
    void sup1_dir2_cty5_a_supervisors_record_lists_the_peers_they_supervise_with_dates_and_sites() {
        StaffingDetails dana =
                staffing.staffingOf(actor("admin.gale"), id("super.dana")).orElseThrow();

        assertThat(dana.programSite()).isEqualTo("Westside Wellness Center");
        assertThat(dana.assignments())
                .filteredOn(a -> a.kind() == StaffAssignment.Kind.SUPERVISES)
                .extracting(StaffAssignment::otherName)
                .contains("Ava Sunbrook", "Ben Marlowe-Reyes");
        assertThat(dana.assignments()).allSatisfy(a -> assertThat(a.startsOn()).isNotNull());
        assertThat(audit.all()).extracting(AuditEvent::action).contains(AuditAction.STAFF_RECORD_VIEWED);

        StaffingDetails ava =
                staffing.staffingOf(actor("admin.gale"), id("peer.ava")).orElseThrow();
        assertThat(ava.assignments())
                .filteredOn(a -> a.kind() == StaffAssignment.Kind.SUPERVISED_BY)
                .singleElement()
                .satisfies(a -> {
                    assertThat(a.otherName()).isEqualTo("Dana Whitfield");
                    assertThat(a.standing()).isEqualTo(AssignmentSummary.Standing.CURRENT);
                    assertThat(a.endsOn()).isNull();
                });
        assertThat(staffing.staffingOf(actor("admin.gale"), StaffId.newId())).isEmpty();
    }

    @Test
    void cty3_a_designation_needs_75_hours_hs_and_a_year_of_recovery_and_is_kept_and_audited() {
        Actor admin = actor("admin.gale");
        StaffId ava = id("peer.ava");

        assertThatThrownBy(() -> staffing.designate(new DesignatePeerCommand(admin, ava, null, true, 24, TODAY)))
                .isInstanceOfSatisfying(WorkforceInputException.class, e -> assertThat(e.field())
                        .isEqualTo("trainingHours"));
        assertThatThrownBy(() -> staffing.designate(new DesignatePeerCommand(admin, ava, 74, true, 24, TODAY)))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(((FieldProblem) e).field())
                        .isEqualTo("trainingHours"));
        assertThatThrownBy(() -> staffing.designate(new DesignatePeerCommand(admin, ava, 80, true, 11, TODAY)))
                .isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() ->
                        staffing.designate(new DesignatePeerCommand(admin, id("super.dana"), 80, true, 24, TODAY)))
                .isInstanceOfSatisfying(WorkforceInputException.class, e -> assertThat(e.field())
                        .isEqualTo("peer"));
        assertThat(records.designationsOf(ava)).isEmpty();

        staffing.designate(new DesignatePeerCommand(admin, ava, 80, true, 24, TODAY.minusDays(3)));

        assertThat(records.designationsOf(ava)).singleElement().satisfies(d -> assertThat(d.designatedOn())
                .isEqualTo(TODAY.minusDays(3)));
        assertThat(audit.all().getLast().action()).isEqualTo(AuditAction.PEER_DESIGNATION_RECORDED);
    }

    @Test
    void cty4_skills_reviews_are_due_at_hire_then_yearly_and_the_board_shows_review_due() {
        turnOnSanDiegoStaffingRules();
        Actor admin = actor("admin.gale");
        StaffId ava = id("peer.ava");
        LocalDate hired = TODAY.minusDays(420);

        ComplianceRow before = row("peer.ava");
        assertThat(before.reasons())
                .filteredOn(r -> r.ruleId().equals("CTY-4"))
                .singleElement()
                .satisfies(r -> {
                    assertThat(r.rating()).isEqualTo(Rating.AMBER);
                    assertThat(r.args()).containsExactly(hired);
                });
        assertThat(before.nextDue()).isEqualTo(hired);

        assertThatThrownBy(() -> staffing.recordSkillsReview(new RecordSkillsReviewCommand(admin, ava, null)))
                .isInstanceOfSatisfying(WorkforceInputException.class, e -> assertThat(e.field())
                        .isEqualTo("reviewedOn"));
        assertThatThrownBy(
                        () -> staffing.recordSkillsReview(new RecordSkillsReviewCommand(admin, ava, TODAY.plusDays(1))))
                .isInstanceOfSatisfying(WorkforceInputException.class, e -> assertThat(e.code())
                        .isEqualTo(StaffingService.REVIEW_IN_FUTURE));
        staffing.recordSkillsReview(new RecordSkillsReviewCommand(admin, ava, hired));
        staffing.recordSkillsReview(new RecordSkillsReviewCommand(admin, ava, TODAY.minusDays(30)));
        assertThatThrownBy(() ->
                        staffing.recordSkillsReview(new RecordSkillsReviewCommand(admin, ava, TODAY.minusDays(30))))
                .isInstanceOfSatisfying(WorkforceInputException.class, e -> assertThat(e.code())
                        .isEqualTo(StaffingService.REVIEW_TWICE));

        StaffingDetails details = staffing.staffingOf(admin, ava).orElseThrow();
        assertThat(details.rules().skillsReviews()).isTrue();
        assertThat(details.hiredOn()).isEqualTo(hired);
        assertThat(details.skillsReviews()).containsExactly(TODAY.minusDays(30), hired);
        assertThat(details.nextReviewDue()).isEqualTo(TODAY.minusDays(30).plusYears(1));
        assertThat(details.reviewOverdue()).isFalse();
        ComplianceRow after = row("peer.ava");
        assertThat(after.reasons()).extracting(ComplianceRow.Reason::ruleId).doesNotContain("CTY-4");
        assertThat(audit.all()).extracting(AuditEvent::action).contains(AuditAction.SKILLS_REVIEW_RECORDED);
    }

    @Test
    void cty4_the_board_asks_nothing_of_reviews_where_the_county_does_not() {
        assertThat(row("peer.ava").reasons())
                .extracting(ComplianceRow.Reason::ruleId)
                .doesNotContain("CTY-4");
    }

    @Test
    void scr1_the_board_shows_screening_due_as_next_due_and_not_screened_as_amber() {
        ComplianceRow ava = row("peer.ava");
        assertThat(ava.rating()).isEqualTo(Rating.GREEN);
        assertThat(ava.nextDue()).isEqualTo(SCREENED.plusMonths(1));

        InMemoryScreeningStore none = new InMemoryScreeningStore();
        WorkforceQueryService unscreened = new WorkforceQueryService(
                demo.staff,
                demo.workforce,
                demo.workforce,
                demo.workforce,
                demo.workforce,
                demo.oversight.supervisions(),
                demo.oversight.directions(),
                none,
                records,
                demo.countyProfiles,
                audit,
                clock);
        ComplianceRow never = unscreened.complianceBoard(actor("admin.gale")).stream()
                .filter(r -> r.peer().equals(id("peer.ava")))
                .findFirst()
                .orElseThrow();
        assertThat(never.rating()).isEqualTo(Rating.AMBER);
        assertThat(never.reasons())
                .extracting(ComplianceRow.Reason::messageKey)
                .contains("workforce.reason.scr-1.not-screened");
        assertThat(never.nextDue()).isEqualTo(TODAY);
    }

    @Test
    void scr2_a_confirmed_hit_on_the_supervisor_turns_their_peers_red_from_its_date_with_the_reason() {
        confirmedHit("super.dana", TODAY.minusDays(5));

        for (String peer : List.of("peer.ava", "peer.ben")) {
            ComplianceRow row = row(peer);
            assertThat(row.rating()).isEqualTo(Rating.RED);
            assertThat(row.reasons())
                    .filteredOn(r -> r.ruleId().equals("SCR-2"))
                    .singleElement()
                    .satisfies(r -> {
                        assertThat(r.messageKey()).isEqualTo("workforce.reason.scr-2.excluded-supervisor");
                        assertThat(r.args())
                                .containsExactly("Dana Whitfield", TODAY.minusDays(5), ScreeningList.OIG_LEIE);
                    });
        }
        assertThat(row("peer.cruz").reasons())
                .extracting(ComplianceRow.Reason::ruleId)
                .doesNotContain("SCR-2");
    }

    @Test
    void scr2_a_hit_effective_later_or_on_the_peer_themself_is_read_for_today() {
        confirmedHit("super.dana", TODAY.plusDays(3));
        assertThat(row("peer.ava").reasons())
                .extracting(ComplianceRow.Reason::ruleId)
                .doesNotContain("SCR-2");

        confirmedHit("peer.ava", TODAY.minusDays(1));
        ComplianceRow ava = row("peer.ava");
        assertThat(ava.rating()).isEqualTo(Rating.RED);
        assertThat(ava.reasons())
                .filteredOn(r -> r.ruleId().equals("SCR-2"))
                .extracting(ComplianceRow.Reason::messageKey)
                .containsExactly("workforce.reason.scr-2.excluded");
    }
}
