package org.peerpath.ui.screening;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.notification.Notification;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peerpath.application.screening.port.in.RunSummary;
import org.peerpath.application.screening.port.in.ScreeningOverview;
import org.peerpath.application.screening.port.in.ScreeningQueries;
import org.peerpath.application.shared.Clocks;
import org.peerpath.screening.ScreeningList;
import org.peerpath.ui.security.CurrentUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * The exclusion screening screen (SCR-1..3) on the demo program, as admin.gale. The demo screened everyone on every list
 * three days ago with no hits; each test removes only the runs it made, so that the demo keeps its clean screening for
 * the other tests of this context.
 */
@SpringBootTest
@WithUserDetails("admin.gale")
class ScreeningViewIT extends SpringBrowserlessTest {

    static final String HEADER = "LASTNAME,FIRSTNAME,MIDNAME,BUSNAME,GENERAL,SPECIALTY,UPIN,NPI,DOB,ADDRESS,CITY,"
            + "STATE,ZIP,EXCLTYPE,EXCLDATE,REINDATE,WAIVERDATE,WVRSTATE";
    /** Hollis Brightwater by NPI; Ava Sunbrook by name and date of birth; Cruz Lindqvist by name only. */
    static final String HOLLIS = "SOMEONE,ELSE,,,,,,1689345605,19600101,\"1 MAIN ST, APT 2\",DAVIS,CA,95616,1128b4,"
            + "20260105,00000000,00000000,";

    static final String AVA = "SUNBROOK,AVA,,,,,,0000000000,19910412,2 OAK ST,DAVIS,CA,95616,1128b4,20251201,,,";
    static final String CRUZ = "LINDQVIST,CRUZ,,,,,,,,3 ELM ST,DAVIS,CA,95616,1128a1,20251115,,,";
    static final String OTHER = "NOBODY,KNOWN,,,,,,1111111111,19700101,4 PINE ST,DAVIS,CA,95616,1128a1,20240101,,,";

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ScreeningQueries queries;

    @Autowired
    CurrentUser currentUser;

    @Autowired
    Clock clock;

    /** The runs stored before the test (the demo's): they stay. */
    private List<UUID> runsBefore = List.of();

    @BeforeEach
    void remember_the_runs_before_this_test() {
        runsBefore = jdbc.sql("select id from screening_run").query(UUID.class).list();
    }

    @AfterEach
    void remove_the_runs_of_this_test() {
        List<UUID> made = jdbc.sql("select id from screening_run").query(UUID.class).list().stream()
                .filter(id -> !runsBefore.contains(id))
                .toList();
        for (UUID run : made) {
            jdbc.sql("delete from screening_result where run_id = ?").param(run).update();
            jdbc.sql("delete from screening_run where id = ?").param(run).update();
        }
    }

    private static byte[] file(String... lines) {
        return (String.join("\r\n", lines) + "\r\n").getBytes(StandardCharsets.UTF_8);
    }

    private String text(com.vaadin.flow.component.Component c) {
        return c.getElement().getTextRecursively();
    }

    /** The runs this test made. */
    private long runs() {
        return jdbc.sql("select count(*) from screening_run").query(Long.class).single() - runsBefore.size();
    }

    private long audited(String action) {
        return jdbc.sql("select count(*) from audit_event where action = ?")
                .param(action)
                .query(Long.class)
                .single();
    }

    @Test
    void scr1_scr3_the_demo_program_was_screened_on_every_list_with_no_hits_and_is_due_again_in_a_month() {
        ScreeningView view = navigate(ScreeningView.class);
        LocalDate today = Clocks.today(clock);

        ScreeningOverview overview = queries.overview(currentUser.actor());
        assertThat(overview.runs())
                .extracting(RunSummary::list)
                .contains(ScreeningList.OIG_LEIE, ScreeningList.SAM, ScreeningList.MEDI_CAL_SUSPENDED_AND_INELIGIBLE);
        assertThat(overview.runs()).allSatisfy(run -> assertThat(run.matches()).isZero());
        assertThat(overview.runs().getFirst().ranOn()).isEqualTo(today.minusDays(3));
        assertThat(overview.nextDueOn()).isEqualTo(today.minusDays(3).plusMonths(1));
        assertThat(text(view.runs)).contains("UPDATED.csv", "admin.gale");
        assertThat(text(view.confirmed)).isEqualTo("No one is excluded.");
        assertThat(text(view.reviewTasks)).isEqualTo("No matches to review.");
        assertThat(text(view.lastRun)).isEmpty();
    }

    @Test
    void scr1_scr3_an_uploaded_list_screens_everyone_and_shows_the_counts_and_the_run() {
        ScreeningView view = navigate(ScreeningView.class);
        assertThat(text(view.due)).startsWith("Next screening due: ").endsWith("This county screens every month.");
        long auditedRuns = audited("SCREENING_RUN_IMPORTED");

        test(view.upload).upload("leie-test.csv", "text/csv", file(HEADER, HOLLIS, AVA, CRUZ, OTHER));

        assertThat(text(view.uploadError)).isEmpty();
        assertThat(text(view.lastRun))
                .startsWith("OIG exclusion list (LEIE) from leie-test.csv: 4 rows read, ")
                .endsWith("3 matches (1 confirmed, 2 to review).");
        assertThat(text(view.confirmed))
                .contains("Hollis Brightwater: OIG exclusion list (LEIE), matched on NPI (line 2), excluded from Jan 5,"
                        + " 2026.");
        assertThat(view.taskCards).hasSize(2);
        assertThat(text(view.reviewTasks))
                .contains("Ava Sunbrook: OIG exclusion list (LEIE) names \u201cAVA SUNBROOK\u201d on line 3, matched on"
                        + " name and date of birth.")
                .contains("matched on name only");
        assertThat(text(view.runs)).contains("leie-test.csv", "admin.gale");
        assertThat(view.progress.isVisible()).isFalse();
        assertThat(audited("SCREENING_RUN_IMPORTED")).isEqualTo(auditedRuns + 1);
    }

    @Test
    void scr3_a_malformed_file_names_its_first_bad_line_at_the_upload_and_imports_nothing() {
        ScreeningView view = navigate(ScreeningView.class);

        test(view.upload).upload("leie-bad.csv", "text/csv", file(HEADER, HOLLIS, "SUNBROOK,AVA,broken", OTHER));

        assertThat(text(view.uploadError))
                .isEqualTo("Line 3 has 3 columns; the first line names 18. Nothing was imported. Fix line 3 and upload"
                        + " the file again.");
        assertThat(runs()).isZero();
        assertThat(text(view.lastRun)).isEmpty();
        assertThat(text(view.confirmed)).isEqualTo("No one is excluded.");

        test(view.upload)
                .upload("leie-bad-date.csv", "text/csv", file(HEADER, HOLLIS, AVA.replace("19910412", "1991-04-12")));
        assertThat(text(view.uploadError)).startsWith("Line 3: DOB holds \u201c1991-04-12\u201d");
        assertThat(runs()).isZero();
    }

    @Test
    void scr3_an_unknown_format_gets_a_clear_message_and_imports_nothing() {
        ScreeningView view = navigate(ScreeningView.class);

        test(view.upload).upload("members.csv", "text/csv", file("name,birthday", "Ava,1991-04-12"));

        assertThat(text(view.uploadError))
                .startsWith("This file is not a list we know.")
                .endsWith("Nothing was imported.");
        assertThat(runs()).isZero();
    }

    @Test
    void scr2_an_admin_confirms_one_name_match_from_a_date_and_dismisses_another_only_with_a_reason() {
        ScreeningView view = navigate(ScreeningView.class);
        test(view.upload).upload("leie-test.csv", "text/csv", file(HEADER, AVA, CRUZ));
        long confirmedBefore = audited("SCREENING_MATCH_CONFIRMED");
        long dismissedBefore = audited("SCREENING_MATCH_DISMISSED");

        ScreeningView.TaskCard ava = view.taskCards.stream()
                .filter(c -> c.task.personName().equals("Ava Sunbrook"))
                .findFirst()
                .orElseThrow();
        assertThat(ava.effectiveOn.getValue()).isEqualTo(LocalDate.of(2025, 12, 1));
        test(ava.confirm).click();

        assertThat(test(find(Notification.class).last()).getText())
                .isEqualTo("Ava Sunbrook is excluded from Dec 1, 2025.");
        assertThat(text(view.confirmed))
                .contains("Ava Sunbrook: OIG exclusion list (LEIE), matched on name and date of"
                        + " birth (line 2), excluded from Dec 1, 2025.");
        assertThat(view.taskCards).hasSize(1);

        ScreeningView.TaskCard cruz = view.taskCards.getFirst();
        test(cruz.dismiss).click();
        assertThat(cruz.reason.isInvalid()).isTrue();
        assertThat(cruz.reason.getErrorMessage()).isEqualTo("Say why this match is not the same person.");
        assertThat(view.taskCards).hasSize(1);

        test(cruz.reason).setValue("Listed person is a dentist in Fresno; our Cruz was never licensed");
        test(cruz.dismiss).click();

        assertThat(test(find(Notification.class).last()).getText())
                .isEqualTo("The match for Cruz Lindqvist is dismissed.");
        assertThat(text(view.reviewTasks)).isEqualTo("No matches to review.");
        assertThat(text(view.confirmed)).doesNotContain("Cruz");
        assertThat(audited("SCREENING_MATCH_CONFIRMED")).isEqualTo(confirmedBefore + 1);
        assertThat(audited("SCREENING_MATCH_DISMISSED")).isEqualTo(dismissedBefore + 1);
    }

    @Test
    void scr2_a_reinstated_hit_shows_the_date_and_the_stored_reason() {
        ScreeningView view = navigate(ScreeningView.class);
        test(view.upload).upload("leie-test.csv", "text/csv", file(HEADER, HOLLIS));
        ScreeningView.HitCard hollis = view.hitCards.getFirst();
        LocalDate from = LocalDate.of(2026, 2, 1);

        test(hollis.reinstatedOn).setValue(from);
        test(hollis.reinstateReason).setValue("OIG reinstatement notice of Jan 30, 2026");
        test(hollis.reinstate).click();

        assertThat(text(view.confirmed))
                .contains("Reinstated from Feb 1, 2026: OIG reinstatement notice of Jan 30, 2026")
                .doesNotContain("eligible again from that date");
        assertThat(audited("SCREENING_REINSTATED")).isPositive();
    }
}
