package org.peerpath.ui.member.enrollment;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import java.time.LocalDate;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.peerpath.application.enrollment.port.in.EnrollmentSummary;
import org.peerpath.application.member.port.in.MemberQueries;
import org.peerpath.application.member.port.in.MemberSummary;
import org.peerpath.application.shared.Actor;
import org.peerpath.application.shared.PageSpec;
import org.peerpath.ui.language.Languages;
import org.peerpath.ui.security.CurrentUser;
import org.peerpath.ui.security.SignedInStaff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;

/** The Delivery systems tab (SVC-7, MEM-1): bad input gets words at its field; front desk edits, the care team reads. */
@SpringBootTest
class DeliverySystemsViewIT extends SpringBrowserlessTest {

    @Autowired
    MemberQueries members;

    @Autowired
    CurrentUser currentUser;

    private MemberSummary member(int index) {
        return members.allMembers(currentUser.actor(), "", PageSpec.first(40))
                .items()
                .get(index);
    }

    private DeliverySystemsView open(MemberSummary member) {
        return navigate(
                DeliverySystemsView.class, Map.of("memberId", member.id().toString()));
    }

    private static EnrollmentSummary openEnrollment(DeliverySystemsView view) {
        return view.grid
                .getListDataView()
                .getItems()
                .filter(EnrollmentSummary::isOpen)
                .findFirst()
                .orElseThrow();
    }

    @Test
    @WithUserDetails("desk.frankie")
    void svc7_an_end_before_the_start_is_named_at_the_end_date_and_nothing_changes() {
        DeliverySystemsView view = open(member(3));
        EnrollmentSummary enrollment = openEnrollment(view);

        test(view.endSystem).selectItem(view.endSystem.getItemLabelGenerator().apply(enrollment.deliverySystem()));
        view.endDate.setValue(enrollment.startsOn().minusDays(1));
        test(view.end).click();

        assertThat(view.endDate.isInvalid()).isTrue();
        assertThat(view.endDate.getErrorMessage()).isEqualTo("End date cannot be before the start date");
        assertThat(openEnrollment(open(member(3))).endsOn()).isNull();
    }

    @Test
    @WithUserDetails("desk.frankie")
    void svc7_an_overlapping_enrollment_in_the_same_system_is_named_at_the_system() {
        DeliverySystemsView view = open(member(4));
        EnrollmentSummary enrollment = openEnrollment(view);

        test(view.addSystem).selectItem(view.addSystem.getItemLabelGenerator().apply(enrollment.deliverySystem()));
        view.addStart.setValue(enrollment.startsOn().plusDays(3));
        test(view.add).click();

        assertThat(view.addSystem.isInvalid()).isTrue();
        assertThat(view.addSystem.getErrorMessage()).isEqualTo("The member is already enrolled in it on that day");
    }

    @Test
    @WithUserDetails("desk.frankie")
    void svc7_missing_input_gets_words_at_each_field() {
        DeliverySystemsView view = open(member(5));

        test(view.add).click();

        assertThat(view.addSystem.getErrorMessage()).isEqualTo("Choose a delivery system");
        assertThat(view.addStart.getErrorMessage()).isEqualTo("Enter the start date");
    }

    @Test
    @WithUserDetails("desk.frankie")
    void svc7_front_desk_ends_an_enrollment_and_the_timeline_shows_what_was_in_force_on_either_side() {
        MemberSummary member = member(6);
        DeliverySystemsView view = open(member);
        EnrollmentSummary enrollment = openEnrollment(view);
        LocalDate lastDay = enrollment.startsOn().plusDays(2);

        test(view.endSystem).selectItem(view.endSystem.getItemLabelGenerator().apply(enrollment.deliverySystem()));
        view.endDate.setValue(lastDay);
        test(view.end).click();

        DeliverySystemsView after = open(member);
        String system = after.endSystem.getItemLabelGenerator().apply(enrollment.deliverySystem());
        after.inForceOn.setValue(lastDay);
        assertThat(after.inForceText.getText()).contains(system);
        after.inForceOn.setValue(lastDay.plusDays(1));
        assertThat(after.inForceText.getText()).doesNotContain(system);
        assertThat(after.grid.getListDataView().getItems())
                .anyMatch(e -> e.deliverySystem() == enrollment.deliverySystem() && lastDay.equals(e.endsOn()));
    }

    @Test
    @WithUserDetails("desk.frankie")
    void svc7_the_words_at_the_field_are_spanish_for_a_spanish_reader() {
        UI.getCurrent().setLocale(Languages.SPANISH);
        DeliverySystemsView view = open(member(7));
        EnrollmentSummary enrollment = openEnrollment(view);

        test(view.endSystem).selectItem(view.endSystem.getItemLabelGenerator().apply(enrollment.deliverySystem()));
        view.endDate.setValue(enrollment.startsOn().minusDays(1));
        test(view.end).click();

        assertThat(view.endDate.getErrorMessage())
                .isEqualTo("La fecha de fin no puede ser anterior a la fecha de inicio");
    }

    @Test
    @WithUserDetails("peer.ava")
    void mem3_the_primary_peer_reads_the_enrollments_without_the_forms() {
        MemberSummary mine = members.myCaseload(currentUser.actor(), "", PageSpec.first(1))
                .items()
                .getFirst();

        DeliverySystemsView view = open(mine);

        assertThat(view.grid.getListDataView().getItems()).isNotEmpty();
        assertThat(find(Button.class).withId("add-enrollment").all()).isEmpty();
        assertThat(find(Button.class).withId("end-enrollment").all()).isEmpty();
    }

    @Test
    @WithUserDetails("peer.cruz")
    void mem3_a_peer_outside_the_care_team_reads_not_found_and_nothing_of_the_member() {
        MemberSummary avas = asFrontDesk(desk -> members.allMembers(desk, "", PageSpec.first(40)).items().stream()
                .filter(m -> "Ava Sunbrook".equals(m.primaryPeerName()))
                .findFirst()
                .orElseThrow());

        open(avas);

        String text =
                find(Div.class).withId("member-not-found").single().getElement().getTextRecursively();
        assertThat(text).contains("Member not found or not yours").doesNotContain(avas.cin(), avas.fullName());
        assertThat(find(Div.class).withId("member-header").all()).isEmpty();
    }

    @Autowired
    UserDetailsService accounts;

    /** Runs a query as front desk (who sees every member), then signs the tested user back in. */
    private <T> T asFrontDesk(Function<Actor, T> work) {
        var tested = SecurityContextHolder.getContext().getAuthentication();
        SignedInStaff desk = (SignedInStaff) accounts.loadUserByUsername("desk.frankie");
        SecurityContextHolder.getContext()
                .setAuthentication(new UsernamePasswordAuthenticationToken(desk, null, desk.getAuthorities()));
        try {
            return work.apply(desk.actor());
        } finally {
            SecurityContextHolder.getContext().setAuthentication(tested);
        }
    }
}
