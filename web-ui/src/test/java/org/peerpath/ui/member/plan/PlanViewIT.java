package org.peerpath.ui.member.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.notification.Notification;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.peerpath.application.member.port.in.MemberQueries;
import org.peerpath.application.member.port.in.MemberSummary;
import org.peerpath.application.plan.port.in.PlanDetails;
import org.peerpath.application.plan.port.in.PlanQueries;
import org.peerpath.application.shared.PageSpec;
import org.peerpath.plan.PlanOfCare;
import org.peerpath.ui.security.CurrentUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;

/** The Plan tab (POC-5, POC-6, GOAL-1): the template, the note type and words at the field for bad goals. */
@SpringBootTest
class PlanViewIT extends SpringBrowserlessTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("America/Los_Angeles"));

    @Autowired
    MemberQueries members;

    @Autowired
    PlanQueries plans;

    @Autowired
    CurrentUser currentUser;

    private MemberSummary avas(String givenName) {
        return members.myCaseload(currentUser.actor(), givenName, PageSpec.first(20))
                .items()
                .getFirst();
    }

    private PlanView open(MemberSummary member) {
        return navigate(PlanView.class, Map.of("memberId", member.id().toString()));
    }

    /** The member's plan, started from the Plan tab when there is none yet. */
    private PlanView started(MemberSummary member) {
        PlanView view = open(member);
        if (view.start.isAttached()) {
            test(view.start).click();
            view = open(member);
        }
        return view;
    }

    private PlanDetails stored(MemberSummary member) {
        return plans.plan(currentUser.actor(), member.id(), null)
                .orElseThrow()
                .plan()
                .orElseThrow();
    }

    @Test
    @WithUserDetails("peer.ava")
    void poc6_a_new_plan_starts_from_the_santa_cruz_template_and_is_filed_under_its_note_type() {
        PlanView view = started(avas("Juniper"));

        assertThat(view.narrative.getValue()).isEqualTo(PlanOfCare.SANTA_CRUZ_TEMPLATE);
        assertThat(view.getElement().getTextRecursively()).contains("Peer Specialist – Plan of Care");
    }

    @Test
    @WithUserDetails("peer.ava")
    void goal1_a_goal_without_measure_gets_words_at_its_measure_and_nothing_is_saved() {
        MemberSummary member = avas("Wren");
        PlanView view = started(member);
        PlanView.GoalEditor goal = view.goals.getFirst();
        goal.words.setValue("I want to get my license back");
        goal.target.setValue("Pass the written test");
        goal.targetDate.setValue(TODAY.plusMonths(2));

        test(view.save).click();

        assertThat(goal.measure.isInvalid()).isTrue();
        assertThat(goal.measure.getErrorMessage()).isEqualTo("Say how progress on this goal is measured");
        assertThat(stored(member).goals()).isEmpty();
    }

    @Test
    @WithUserDetails("peer.ava")
    void goal1_a_target_date_in_the_past_gets_words_at_the_date() {
        MemberSummary member = avas("Florian");
        PlanView view = started(member);
        PlanView.GoalEditor goal = view.goals.getFirst();
        goal.words.setValue("Sleep through the night");
        goal.measure.setValue("Nights slept through");
        goal.target.setValue("5 a week");
        goal.targetDate.setValue(TODAY.minusDays(3));

        test(view.save).click();

        assertThat(goal.targetDate.isInvalid()).isTrue();
        assertThat(goal.targetDate.getErrorMessage())
                .isEqualTo("The target date has passed: choose a date from today on");
    }

    @Test
    @WithUserDetails("peer.ava")
    void poc6_signing_without_amount_duration_and_scope_says_what_is_missing() {
        MemberSummary member = avas("Zinnia");
        PlanView view = started(member);
        PlanView.GoalEditor goal = view.goals.getFirst();
        goal.words.setValue("Find a job I like");
        goal.measure.setValue("Applications sent");
        goal.target.setValue("4 a month");
        goal.targetDate.setValue(TODAY.plusMonths(3));

        test(view.sign).click();

        assertThat(view.refusal.getText()).isEqualTo("State the amount, duration and scope of peer services");
        assertThat(stored(member).goals()).hasSize(1);
        assertThat(test(find(Notification.class).last()).getText())
                .isEqualTo("State the amount, duration and scope of peer services");
    }

    @Test
    @WithUserDetails("desk.frankie")
    void conf2_front_desk_calling_the_plan_query_is_refused_even_if_a_view_forgot_to_hide_it() {
        MemberSummary any = members.allMembers(currentUser.actor(), "", PageSpec.first(1))
                .items()
                .getFirst();

        assertThatThrownBy(() -> plans.plan(currentUser.actor(), any.id(), null))
                .isInstanceOf(AccessDeniedException.class);
    }
}
