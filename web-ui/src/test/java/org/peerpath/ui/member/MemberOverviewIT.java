package org.peerpath.ui.member;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.Div;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.peerpath.application.member.port.in.EnrollMemberCommand;
import org.peerpath.application.member.port.in.EnrollMemberUseCase;
import org.peerpath.application.member.port.in.MemberQueries;
import org.peerpath.application.member.port.in.MemberSummary;
import org.peerpath.application.shared.PageSpec;
import org.peerpath.member.MemberId;
import org.peerpath.shared.County;
import org.peerpath.shared.DeliverySystem;
import org.peerpath.ui.security.CurrentUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * The Overview tab (MEM-2, MEM-3, SVC-7, LOC-1, DIR-3): what a peer wants to know first, with alerts by rule. The
 * LOC-2 and DIR-3 alerts are proven by MemberOverviewServiceTest and WorkspaceJourneyIT.
 */
@SpringBootTest
@WithUserDetails("peer.ava")
class MemberOverviewIT extends SpringBrowserlessTest {

    @Autowired
    MemberQueries members;

    @Autowired
    CurrentUser currentUser;

    @Autowired
    EnrollMemberUseCase enroll;

    private String overviewOf(String search) {
        MemberSummary member = members.myCaseload(currentUser.actor(), search, PageSpec.first(5))
                .items()
                .getFirst();
        navigate(MemberView.class, Map.of("memberId", member.id().toString()));
        return find(Div.class).withId("member-overview").single().getElement().getTextRecursively();
    }

    @Test
    void mem3_loc1_the_overview_names_the_care_team_and_the_level_of_care_today() {
        String overview = overviewOf("Castellano");

        assertThat(overview)
                .contains("Delivery systems in force today")
                .contains("Ava") // the primary peer
                .contains("Ellis") // directing BHP and recommending professional
                .contains("ASAM 2.1 Intensive outpatient");
    }

    @Test
    @WithUserDetails("desk.frankie")
    void mem3_an_alert_names_its_rule_and_says_what_is_missing() {
        // A member of its own, so that changes other tests make to the demo members cannot change the alerts.
        MemberId fresh = enroll.enroll(new EnrollMemberCommand(
                currentUser.actor(),
                "Alma",
                "Alertson",
                LocalDate.of(1991, 6, 7),
                "%08dA".formatted(ThreadLocalRandom.current().nextInt(10_000_000, 99_999_999)),
                County.YOLO,
                EnumSet.of(DeliverySystem.SMHS),
                "English"));

        navigate(MemberView.class, Map.of("memberId", fresh.value().toString()));

        assertThat(find(Div.class)
                        .withId("overview-alerts")
                        .single()
                        .getElement()
                        .getTextRecursively())
                .contains("MEM-3")
                .contains("No primary peer yet");
    }

    @Test
    @WithUserDetails("desk.frankie")
    void conf2_front_desk_sees_the_team_but_no_level_of_care_and_no_clinical_alert() {
        MemberSummary member = members.allMembers(currentUser.actor(), "Castellano", PageSpec.first(5))
                .items()
                .getFirst();
        navigate(MemberView.class, Map.of("memberId", member.id().toString()));
        String overview =
                find(Div.class).withId("member-overview").single().getElement().getTextRecursively();

        assertThat(overview)
                .contains("Primary peer")
                .doesNotContain("ASAM")
                .doesNotContain("LOC-2")
                .doesNotContain("DIR-3");
    }
}
