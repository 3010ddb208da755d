package org.peerpath.application.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.peerpath.application.screening.ScreeningFiles.file;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.peerpath.application.audit.InMemoryAuditTrail;
import org.peerpath.application.audit.port.out.AuditAction;
import org.peerpath.application.audit.port.out.AuditEvent;
import org.peerpath.application.county.InMemoryCountyProfiles;
import org.peerpath.application.screening.port.in.ConfirmMatchCommand;
import org.peerpath.application.screening.port.in.DismissMatchCommand;
import org.peerpath.application.screening.port.in.ImportProgress;
import org.peerpath.application.screening.port.in.ImportScreeningListCommand;
import org.peerpath.application.screening.port.in.MatchSummary;
import org.peerpath.application.screening.port.in.ReinstateCommand;
import org.peerpath.application.screening.port.in.RunSummary;
import org.peerpath.application.screening.port.in.ScreeningDecision;
import org.peerpath.application.screening.port.in.ScreeningFileException;
import org.peerpath.application.screening.port.in.ScreeningInputException;
import org.peerpath.application.screening.port.in.ScreeningOverview;
import org.peerpath.application.shared.Actor;
import org.peerpath.application.shared.ConcurrentChangeException;
import org.peerpath.county.CountyPolicyProfile;
import org.peerpath.screening.MatchBasis;
import org.peerpath.screening.MatchedOn;
import org.peerpath.screening.ScreenedPerson;
import org.peerpath.screening.ScreeningCadence;
import org.peerpath.screening.ScreeningHistory;
import org.peerpath.screening.ScreeningList;
import org.peerpath.shared.County;
import org.peerpath.shared.Role;
import org.peerpath.shared.StaffId;

class ScreeningUseCasesTest {

    static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
    static final LocalDate BORN = LocalDate.of(1979, 8, 30);
    static final LocalDate LISTED = LocalDate.of(2026, 1, 15);

    private final Clock clock = Clock.fixed(Instant.parse("2026-03-02T18:00:00Z"), ZoneOffset.UTC);
    private final Actor admin = new Actor(StaffId.newId(), "admin.gale", Set.of(Role.ADMIN));
    private final ScreenedPerson hollis =
            new ScreenedPerson(StaffId.newId(), "Hollis Grant", "1234567893", Set.of(), BORN);
    private final ScreenedPerson ellis =
            new ScreenedPerson(StaffId.newId(), "Ellis Moreno", null, Set.of("LCSW 12345"), BORN);
    private final ScreenedPerson ava = new ScreenedPerson(StaffId.newId(), "Ava Ruiz", null, Set.of(), BORN);

    private final InMemoryScreeningStore store = new InMemoryScreeningStore();
    private final InMemoryAuditTrail audit = new InMemoryAuditTrail();
    private final InMemoryCountyProfiles county = new InMemoryCountyProfiles();
    private final ImportScreeningListService importer =
            new ImportScreeningListService(() -> List.of(hollis, ellis, ava), store, audit, clock);
    private final DecideMatchService decide = new DecideMatchService(store, audit, clock);
    private final ScreeningQueryService queries = new ScreeningQueryService(store, county, clock);

    private RunSummary upload(byte[] content) {
        return importer.importList(new ImportScreeningListCommand(
                admin, "leie.csv", new ByteArrayInputStream(content), ImportProgress.NONE));
    }

    private byte[] leieWithHollisByNpiAndAvaByName() {
        return file(
                ScreeningFiles.LEIE_HEADER,
                ScreeningFiles.leieRow("SOMEONE", "ELSE", "1234567893", BORN, LISTED),
                ScreeningFiles.leieRow("RUIZ", "AVA", "", BORN, LISTED),
                ScreeningFiles.leieRow("MORENO", "ELLIS", "", BORN.plusYears(1), LISTED),
                ScreeningFiles.leieRow("NOBODY", "KNOWN", "", BORN, LISTED));
    }

    @Test
    void scr1_scr3_a_run_screens_everyone_and_keeps_its_counts() {
        RunSummary run = upload(leieWithHollisByNpiAndAvaByName());

        assertThat(run.list()).isEqualTo(ScreeningList.OIG_LEIE);
        assertThat(run.rowsRead()).isEqualTo(4);
        assertThat(run.screened()).isEqualTo(3);
        assertThat(run.matches()).isEqualTo(2);
        assertThat(run.reviewTasks()).isEqualTo(1);
        assertThat(run.confirmed()).isEqualTo(1);
        assertThat(store.resultsOf(ellis.id())).singleElement().satisfies(r -> assertThat(r.basis())
                .isEqualTo(MatchBasis.NONE));
        assertThat(audit.all()).extracting(AuditEvent::action).containsExactly(AuditAction.SCREENING_RUN_IMPORTED);
        assertThat(audit.all().getFirst().detail()).contains("4 rows read", "2 matches", "1 review tasks");
    }

    @Test
    void scr2_an_npi_match_excludes_from_the_listed_date_and_a_name_match_becomes_a_review_task() {
        upload(leieWithHollisByNpiAndAvaByName());

        ScreeningHistory hollisHistory = new ScreeningHistory(hollis.id(), store.resultsOf(hollis.id()));
        assertThat(hollisHistory.exclusionOn(LISTED)).isPresent();
        assertThat(hollisHistory.exclusionOn(LISTED.minusDays(1))).isEmpty();
        ScreeningOverview overview = queries.overview(admin);
        assertThat(overview.confirmed()).singleElement().satisfies(m -> {
            assertThat(m.person()).isEqualTo(hollis.id());
            assertThat(m.matchedOn()).isEqualTo(MatchedOn.NPI);
            assertThat(m.line()).isEqualTo(2);
        });
        assertThat(overview.reviewTasks()).singleElement().satisfies(m -> {
            assertThat(m.person()).isEqualTo(ava.id());
            assertThat(m.matchedOn()).isEqualTo(MatchedOn.NAME_AND_DATE_OF_BIRTH);
        });
        assertThat(new ScreeningHistory(ava.id(), store.resultsOf(ava.id())).openReviewTasksOn(TODAY))
                .hasSize(1);
    }

    @Test
    void scr2_confirming_a_review_task_excludes_the_person_from_the_date_the_admin_gives_and_is_audited() {
        upload(leieWithHollisByNpiAndAvaByName());
        MatchSummary task = queries.overview(admin).reviewTasks().getFirst();

        assertThatThrownBy(() -> decide.confirm(new ConfirmMatchCommand(admin, task.id(), task.version(), null)))
                .isInstanceOfSatisfying(ScreeningInputException.class, e -> assertThat(e.field())
                        .isEqualTo("effectiveOn"));
        decide.confirm(new ConfirmMatchCommand(admin, task.id(), task.version(), LISTED));

        ScreeningHistory history = new ScreeningHistory(ava.id(), store.resultsOf(ava.id()));
        assertThat(history.exclusionOn(LISTED)).isPresent();
        assertThat(history.openReviewTasksOn(TODAY)).isEmpty();
        assertThat(queries.overview(admin).reviewTasks()).isEmpty();
        assertThat(queries.overview(admin).confirmed()).hasSize(2);
        assertThat(audit.all().getLast().action()).isEqualTo(AuditAction.SCREENING_MATCH_CONFIRMED);
        assertThat(audit.all().getLast().detail()).contains("Ava Ruiz", "2026-01-15");
        assertThatThrownBy(() -> decide.confirm(new ConfirmMatchCommand(admin, task.id(), task.version(), LISTED)))
                .isInstanceOf(ConcurrentChangeException.class);
    }

    @Test
    void scr2_dismissing_a_review_task_needs_a_reason_and_leaves_the_person_clear() {
        upload(leieWithHollisByNpiAndAvaByName());
        MatchSummary task = queries.overview(admin).reviewTasks().getFirst();

        assertThatThrownBy(() -> decide.dismiss(new DismissMatchCommand(admin, task.id(), task.version(), "  ")))
                .isInstanceOfSatisfying(ScreeningInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("reason");
                    assertThat(e.code()).isEqualTo(ScreeningInputException.REASON_REQUIRED);
                });
        decide.dismiss(new DismissMatchCommand(admin, task.id(), task.version(), "Different middle name and SSN"));

        ScreeningHistory history = new ScreeningHistory(ava.id(), store.resultsOf(ava.id()));
        assertThat(history.exclusionOn(TODAY)).isEmpty();
        assertThat(history.openReviewTasksOn(TODAY)).isEmpty();
        assertThat(store.findResult(task.id()).orElseThrow().decision()).isEqualTo(ScreeningDecision.DISMISSED);
        assertThat(audit.all().getLast().action()).isEqualTo(AuditAction.SCREENING_MATCH_DISMISSED);
        assertThat(audit.all().getLast().detail()).contains("Different middle name and SSN");
    }

    @Test
    void scr3_a_malformed_file_imports_nothing_and_names_the_first_bad_line() {
        byte[] bad = file(
                ScreeningFiles.LEIE_HEADER,
                ScreeningFiles.leieRow("SOMEONE", "ELSE", "1234567893", BORN, LISTED),
                "RUIZ,AVA,broken");

        assertThatThrownBy(() -> upload(bad))
                .isInstanceOfSatisfying(
                        ScreeningFileException.class, e -> assertThat(e.line()).isEqualTo(3));
        assertThat(store.latestRuns(10)).isEmpty();
        assertThat(store.resultsOf(hollis.id())).isEmpty();
        assertThat(audit.all()).isEmpty();
    }

    @Test
    void scr2_license_matches_on_the_medi_cal_list_are_confirmed() {
        RunSummary run =
                upload(file(ScreeningFiles.MEDI_CAL_HEADER, ScreeningFiles.mediCalRow("X", "Y", "lcsw12345", LISTED)));

        assertThat(run.list()).isEqualTo(ScreeningList.MEDI_CAL_SUSPENDED_AND_INELIGIBLE);
        assertThat(run.confirmed()).isEqualTo(1);
        assertThat(store.resultsOf(ellis.id())).singleElement().satisfies(r -> assertThat(r.basis())
                .isEqualTo(MatchBasis.LICENSE_NUMBER));
    }

    @Test
    void scr1_the_next_due_date_follows_the_county_cadence_and_a_list_never_run_is_due_now() {
        assertThat(queries.overview(admin).nextDueOn()).isEqualTo(TODAY);

        county.save(CountyPolicyProfile.establish(County.ALAMEDA));
        county.save(county.find()
                .orElseThrow()
                .changeSettings(
                        county.find().orElseThrow().settings().withScreeningCadence(ScreeningCadence.QUARTERLY)));
        upload(leieWithHollisByNpiAndAvaByName());
        upload(file(ScreeningFiles.SAM_HEADER, ScreeningFiles.samRow("Z", "Z", "", LISTED)));
        upload(file(ScreeningFiles.MEDI_CAL_HEADER, ScreeningFiles.mediCalRow("Z", "Z", "", LISTED)));

        ScreeningOverview overview = queries.overview(admin);
        assertThat(overview.cadence()).isEqualTo(ScreeningCadence.QUARTERLY);
        assertThat(overview.nextDueOn()).isEqualTo(TODAY.plusMonths(3));
        assertThat(overview.runs()).hasSize(3);
        assertThat(new ScreeningHistory(ava.id(), store.resultsOf(ava.id())).isScreenedOnEveryListBy(TODAY))
                .isTrue();
    }

    // ---- SCR-2: reinstatement after an exclusion

    private MatchSummary hollisHit() {
        return queries.overview(admin).confirmed().stream()
                .filter(m -> m.person().equals(hollis.id()))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void scr2_a_confirmed_hit_reinstated_from_a_date_leaves_the_person_eligible_from_that_date_on() {
        upload(leieWithHollisByNpiAndAvaByName());
        upload(leieWithHollisByNpiAndAvaByName()); // the next run finds the same exclusion again
        MatchSummary hit = hollisHit();
        assertThat(hit.isReinstatable()).isTrue();
        LocalDate reinstated = LISTED.plusDays(20);

        decide.reinstate(new ReinstateCommand(
                admin, hit.id(), hit.version(), reinstated, "  OIG reinstatement notice of Feb 4  "));

        ScreeningHistory history = new ScreeningHistory(hollis.id(), store.resultsOf(hollis.id()));
        assertThat(history.exclusionOn(LISTED)).isPresent();
        assertThat(history.exclusionOn(reinstated.minusDays(1))).isPresent();
        assertThat(history.exclusionOn(reinstated)).isEmpty();
        assertThat(history.exclusionOn(TODAY)).isEmpty();
        assertThat(queries.overview(admin).confirmed())
                .filteredOn(m -> m.person().equals(hollis.id()))
                .hasSize(2)
                .allSatisfy(m -> {
                    assertThat(m.reinstatedOn()).isEqualTo(reinstated);
                    assertThat(m.isReinstatable()).isFalse();
                });
        assertThat(store.reinstatements).containsValue("OIG reinstatement notice of Feb 4");
        assertThat(audit.all().getLast().action()).isEqualTo(AuditAction.SCREENING_REINSTATED);
        assertThat(audit.all().getLast().detail()).contains("Hollis Grant", "2026-01-15", "2026-02-04");
    }

    @Test
    void scr2_a_reinstatement_needs_a_date_after_the_exclusion_not_in_the_future_and_a_reason() {
        upload(leieWithHollisByNpiAndAvaByName());
        MatchSummary hit = hollisHit();

        assertThatThrownBy(() -> decide.reinstate(new ReinstateCommand(admin, hit.id(), hit.version(), null, "notice")))
                .isInstanceOfSatisfying(ScreeningInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("reinstatedOn");
                    assertThat(e.code()).isEqualTo(ScreeningInputException.REINSTATED_ON_REQUIRED);
                });
        assertThatThrownBy(() -> decide.reinstate(new ReinstateCommand(admin, hit.id(), hit.version(), LISTED, "n")))
                .isInstanceOfSatisfying(ScreeningInputException.class, e -> assertThat(e.code())
                        .isEqualTo(ScreeningInputException.REINSTATED_ON_NOT_AFTER_EXCLUSION));
        assertThatThrownBy(() -> decide.reinstate(
                        new ReinstateCommand(admin, hit.id(), hit.version(), TODAY.plusDays(1), "notice")))
                .isInstanceOfSatisfying(ScreeningInputException.class, e -> assertThat(e.code())
                        .isEqualTo(ScreeningInputException.REINSTATED_ON_IN_FUTURE));
        assertThatThrownBy(() -> decide.reinstate(new ReinstateCommand(admin, hit.id(), hit.version(), TODAY, " ")))
                .isInstanceOfSatisfying(ScreeningInputException.class, e -> assertThat(e.field())
                        .isEqualTo("reinstateReason"));
        assertThat(new ScreeningHistory(hollis.id(), store.resultsOf(hollis.id())).exclusionOn(TODAY))
                .isPresent();

        decide.reinstate(new ReinstateCommand(admin, hit.id(), hit.version(), TODAY, "notice"));
        MatchSummary lifted = hollisHit();
        assertThatThrownBy(() ->
                        decide.reinstate(new ReinstateCommand(admin, lifted.id(), lifted.version(), TODAY, "again")))
                .isInstanceOfSatisfying(ScreeningInputException.class, e -> assertThat(e.code())
                        .isEqualTo(ScreeningInputException.ALREADY_REINSTATED));
        assertThatThrownBy(() -> decide.reinstate(new ReinstateCommand(admin, hit.id(), hit.version(), TODAY, "x")))
                .isInstanceOf(ConcurrentChangeException.class);
    }

    @Test
    void scr2_only_a_confirmed_exclusion_can_be_lifted() {
        upload(leieWithHollisByNpiAndAvaByName());
        MatchSummary task = queries.overview(admin).reviewTasks().getFirst();

        assertThatThrownBy(() -> decide.reinstate(new ReinstateCommand(admin, task.id(), task.version(), TODAY, "n")))
                .isInstanceOfSatisfying(ScreeningInputException.class, e -> assertThat(e.code())
                        .isEqualTo(ScreeningInputException.NOT_CONFIRMED));
    }
}
