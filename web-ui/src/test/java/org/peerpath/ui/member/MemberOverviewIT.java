package org.peerpath.ui.member;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.Div;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.peerpath.application.member.port.in.MemberQueries;
import org.peerpath.application.member.port.in.MemberSummary;
import org.peerpath.application.shared.PageSpec;
import org.peerpath.ui.security.CurrentUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;

/** The Overview tab (MEM-2, MEM-3, SVC-7, LOC-1, DIR-3): what a peer wants to know first, with alerts by rule. */
@SpringBootTest
@WithUserDetails("peer.ava")
class MemberOverviewIT extends SpringBrowserlessTest {

    @Autowired
    MemberQueries members;

    @Autowired
    CurrentUser currentUser;

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
    void dir3_loc2_an_alert_names_its_rule_and_says_what_is_missing() {
        String overview = overviewOf("Esterhaven");

        // Lucian's SMHS outpatient episode closed a month ago: his services are standalone now.
        assertThat(overview).contains("LOC-2").contains("No level-of-care episode open under Specialty Mental Health");
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
