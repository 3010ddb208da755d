package org.peerpath.ui.workforce;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import org.junit.jupiter.api.Test;
import org.peerpath.application.workforce.port.in.ComplianceRow;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;

/** My compliance and the compliance board (issue F) on the demo program. */
@SpringBootTest
class ComplianceViewsIT extends SpringBrowserlessTest {

    private String text(String id) {
        return find(Div.class).withId(id).single().getElement().getTextRecursively();
    }

    @Test
    @WithUserDetails("peer.ava")
    void cert6_ava_sees_her_status_days_to_expiry_ce_progress_and_the_cert5_assumption() {
        navigate(MyComplianceView.class);

        assertThat(text("my-status")).contains("Active");
        assertThat(find(Paragraph.class).withId("my-days-to-expiry").single().getText())
                .isEqualTo("330 days to expiry");
        assertThat(find(Paragraph.class).withId("my-ce-progress").single().getText())
                .isEqualTo("14 of 20 h · 3 of 6 h law & ethics");
        assertThat(find(Paragraph.class).withId("my-affirmation").single().getText())
                .isEqualTo("Code of Ethics: sign again this cycle");
        assertThat(find(Paragraph.class).withId("my-assumption").single().getText())
                .startsWith("Assumed (CERT-5)");
    }

    @Test
    @WithUserDetails("peer.ben")
    void cert10_ben_sees_his_reminders_with_the_rule_id() {
        navigate(MyComplianceView.class);

        assertThat(find(UnorderedList.class)
                        .withId("my-alerts")
                        .single()
                        .getElement()
                        .getTextRecursively())
                .contains("CERT-10")
                .contains("within 60 days");
    }

    @Test
    @WithUserDetails("super.hollis")
    void sup3_hollis_sees_the_training_clock_overdue() {
        navigate(MyComplianceView.class);

        assertThat(text("my-supervisor")).contains("Supervisory training overdue");
    }

    @Test
    @WithUserDetails("admin.gale")
    void cert4_sup3_the_board_shows_cruz_red_with_rule_ids_and_red_only_hides_ben() {
        ComplianceBoardView view = navigate(ComplianceBoardView.class);
        assertThat(view.board.getGenericDataView().getItems().map(ComplianceRow::displayName))
                .contains("Ava Sunbrook", "Ben Marlowe-Reyes", "Cruz Lindqvist");
        ComplianceRow cruz = view.board
                .getGenericDataView()
                .getItems()
                .filter(r -> r.displayName().equals("Cruz Lindqvist"))
                .findFirst()
                .orElseThrow();
        assertThat(cruz.rating()).isEqualTo(ComplianceRow.Rating.RED);
        assertThat(cruz.reasons()).extracting(ComplianceRow.Reason::ruleId).contains("CERT-4", "SUP-3");

        test(view.redOnly).click();

        assertThat(view.board.getGenericDataView().getItems().map(ComplianceRow::displayName))
                .contains("Cruz Lindqvist")
                .doesNotContain("Ben Marlowe-Reyes");
        assertThat(view.counts.getText()).contains("red");
    }

    @Test
    @WithUserDetails("admin.gale")
    void scr1_the_demo_program_screened_everyone_recently_so_no_active_peer_shows_scr1() {
        ComplianceBoardView view = navigate(ComplianceBoardView.class);

        for (String peer : java.util.List.of("Ava Sunbrook", "Ben Marlowe-Reyes", "Cruz Lindqvist")) {
            ComplianceRow row = view.board
                    .getGenericDataView()
                    .getItems()
                    .filter(r -> r.displayName().equals(peer))
                    .findFirst()
                    .orElseThrow();
            assertThat(row.reasons())
                    .as(peer)
                    .extracting(ComplianceRow.Reason::ruleId)
                    .doesNotContain("SCR-1", "SCR-2");
        }
    }

    @Test
    @WithUserDetails("super.dana")
    void sup1_dana_sees_only_her_own_peers() {
        ComplianceBoardView view = navigate(ComplianceBoardView.class);

        assertThat(view.board.getGenericDataView().getItems().map(ComplianceRow::displayName))
                .containsExactlyInAnyOrder("Ava Sunbrook", "Ben Marlowe-Reyes");
    }
}
