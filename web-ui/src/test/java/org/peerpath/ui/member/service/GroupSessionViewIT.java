package org.peerpath.ui.member.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.dom.Element;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.peerpath.application.member.port.in.MemberSummary;
import org.peerpath.application.service.port.in.PeerServiceQueries;
import org.peerpath.application.service.port.in.SavedService;
import org.peerpath.application.service.port.in.ServiceFormOptions;
import org.peerpath.application.service.port.in.ServiceFormQueries;
import org.peerpath.application.service.port.in.ServiceSummary;
import org.peerpath.application.shared.PageSpec;
import org.peerpath.member.MemberId;
import org.peerpath.service.ServiceCode;
import org.peerpath.ui.language.Languages;
import org.peerpath.ui.security.CurrentUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * Recording a group (GRP-1..3): words at every bad field, the goals each attendee's plan in force offers (GOAL-3), and a
 * saved group shows each member's claim check.
 */
@SpringBootTest
class GroupSessionViewIT extends SpringBrowserlessTest {

    @Autowired
    CurrentUser currentUser;

    @Autowired
    PeerServiceQueries serviceQueries;

    @Autowired
    ServiceFormQueries serviceForms;

    /** The attendee block of the member whose name starts with {@code givenName}. */
    private static Component block(GroupSessionView view, String givenName) {
        return view.attendeeDetails
                .getChildren()
                .filter(b -> b.getElement().getTextRecursively().startsWith(givenName))
                .findFirst()
                .orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private static CheckboxGroup<ServiceFormOptions.GoalChoice> goals(Component block) {
        return block.getChildren()
                .filter(c -> c.hasClassName("attendee-goals"))
                .map(c -> (CheckboxGroup<ServiceFormOptions.GoalChoice>) c)
                .findFirst()
                .orElseThrow();
    }

    private static Paragraph noGoals(Component block) {
        return block.getChildren()
                .filter(c -> c.hasClassName("attendee-no-goals"))
                .map(Paragraph.class::cast)
                .findFirst()
                .orElseThrow();
    }

    private static String checkOf(GroupSessionView view, String givenName) {
        return view.checks
                .getElement()
                .getChildren()
                .flatMap(e -> e.getChildren())
                .map(Element::getTextRecursively)
                .filter(t -> t.startsWith(givenName))
                .findFirst()
                .orElseThrow();
    }

    private static void choose(GroupSessionView view, int count) {
        List<MemberSummary> caseload =
                view.attendees.getListDataView().getItems().toList();
        view.attendees.setValue(new LinkedHashSet<>(caseload.subList(0, count)));
    }

    private static void fillIn(GroupSessionView view) {
        view.topic.setValue("Coping with stress");
        view.leadMinutes.setValue(60);
        view.narrative.setValue("We practised three ways to calm down.");
    }

    @Test
    @WithUserDetails("peer.ava")
    void grp3_one_member_is_refused_at_the_attendees_with_the_countys_limits() {
        GroupSessionView view = navigate(GroupSessionView.class);
        fillIn(view);
        choose(view, 1);
        view.attendeeDetails.getChildren().forEach(block -> block.getChildren()
                .filter(c -> c instanceof TextArea)
                .forEach(c -> ((TextArea) c).setValue("Spoke up")));

        test(view.save).click();

        assertThat(view.attendees.isInvalid()).isTrue();
        assertThat(view.attendees.getErrorMessage()).isEqualTo("A group needs 2 to 12 members; 1 chosen");
        assertThat(view.checks.getElement().getTextRecursively()).contains("A group needs 2 to 12 members");
    }

    @Test
    @WithUserDetails("peer.ava")
    void bad_input_gets_words_at_the_topic_the_minutes_and_each_members_words() {
        GroupSessionView view = navigate(GroupSessionView.class);
        choose(view, 2);

        test(view.save).click();
        assertThat(view.topic.getErrorMessage()).isEqualTo("Enter the topic of the group");

        view.topic.setValue("Budgeting");
        view.leadMinutes.setValue(0);
        test(view.save).click();
        assertThat(view.leadMinutes.isInvalid()).isTrue();
        assertThat(view.leadMinutes.getErrorMessage()).isEqualTo("Enter minutes greater than 0");

        view.leadMinutes.setValue(45);
        test(view.save).click();
        assertThat(view.narrative.getErrorMessage()).isEqualTo("Write what the group did");

        view.narrative.setValue("Made a monthly budget together.");
        test(view.save).click();
        TextArea firstWords = view.attendeeDetails
                .getChildren()
                .flatMap(block -> block.getChildren())
                .filter(TextArea.class::isInstance)
                .map(TextArea.class::cast)
                .findFirst()
                .orElseThrow();
        assertThat(firstWords.isInvalid()).isTrue();
        assertThat(firstWords.getErrorMessage()).isEqualTo("Write a few words about this member");
    }

    @Test
    @WithUserDetails("peer.ava")
    void grp1_a_group_of_three_saves_three_h0025_services_each_with_its_claim_check() {
        GroupSessionView view = navigate(GroupSessionView.class);
        fillIn(view);
        choose(view, 3);
        view.attendeeDetails.getChildren().forEach(block -> block.getChildren()
                .filter(c -> c instanceof TextArea)
                .forEach(c -> ((TextArea) c).setValue("Spoke up")));
        assertThat(view.checks.getElement().getTextRecursively())
                .contains("H0025")
                .contains("20 min");

        test(view.save).click();

        String saved = view.getElement().getTextRecursively();
        assertThat(saved).contains("3 services and notes saved");
        assertThat(saved.split("H0025", -1)).hasSize(4);
    }

    @Test
    @WithUserDetails("peer.ava")
    void d4_the_group_form_reads_in_spanish() {
        UI.getCurrent().setLocale(Languages.SPANISH);
        GroupSessionView view = navigate(GroupSessionView.class);

        assertThat(view.getElement().getTextRecursively()).contains("Registre el grupo una sola vez");
        assertThat(view.topic.getLabel()).isEqualTo("Tema");
    }

    @Test
    @WithUserDetails("peer.ava")
    void goal3_a_goal_picked_for_an_attendee_is_saved_on_their_service_and_their_check_drops_goal3() {
        GroupSessionView view = navigate(GroupSessionView.class);
        fillIn(view);
        List<MemberSummary> caseload =
                view.attendees.getListDataView().getItems().toList();
        view.attendees.setValue(new LinkedHashSet<>(caseload.stream()
                .filter(m -> m.fullName().startsWith("Paloma") || m.fullName().startsWith("Everett"))
                .toList()));
        view.attendeeDetails.getChildren().forEach(block -> block.getChildren()
                .filter(c -> c instanceof TextArea)
                .forEach(c -> ((TextArea) c).setValue("Spoke up about sleep, group goals test")));

        // Paloma's complete plan offers her goals in her words; Everett's plan is not co-signed: no plan in force
        Component paloma = block(view, "Paloma");
        CheckboxGroup<ServiceFormOptions.GoalChoice> palomasGoals = goals(paloma);
        assertThat(palomasGoals.isVisible()).isTrue();
        assertThat(palomasGoals.getListDataView().getItems().map(ServiceFormOptions.GoalChoice::inMemberWords))
                .containsExactly("I want to have my own apartment", "I want to sleep better");
        assertThat(noGoals(paloma).isVisible()).isFalse();
        Component everett = block(view, "Everett");
        assertThat(goals(everett).isVisible()).isFalse();
        assertThat(noGoals(everett).isVisible()).isTrue();
        assertThat(noGoals(everett).getText()).startsWith("No Plan of Care is in force for Everett");
        assertThat(checkOf(view, "Paloma")).contains("GOAL-3");

        ServiceFormOptions.GoalChoice sleep = palomasGoals
                .getListDataView()
                .getItems()
                .filter(g -> g.inMemberWords().equals("I want to sleep better"))
                .findFirst()
                .orElseThrow();
        palomasGoals.setValue(Set.of(sleep));

        // CHECK-1: Paloma's live check counts the goal at once
        assertThat(checkOf(view, "Paloma")).doesNotContain("GOAL-3");

        test(view.save).click();

        assertThat(view.getElement().getTextRecursively()).contains("2 services and notes saved");
        MemberId palomaId = caseload.stream()
                .filter(m -> m.fullName().startsWith("Paloma"))
                .findFirst()
                .orElseThrow()
                .id();
        ServiceSummary stored =
                serviceQueries
                        .servicesOf(currentUser.actor(), palomaId, PageSpec.first(50))
                        .orElseThrow()
                        .items()
                        .stream()
                        .filter(s -> s.code() == ServiceCode.H0025
                                && s.note() != null
                                && s.note().contains("group goals test"))
                        .findFirst()
                        .orElseThrow();
        SavedService opened =
                serviceForms.open(currentUser.actor(), stored.id()).orElseThrow();
        assertThat(opened.goals()).containsExactly("I want to sleep better");
        assertThat(opened.check().readiness().findings())
                .extracting(f -> f.ruleId())
                .doesNotContain("GOAL-3");
    }

    @Test
    @WithUserDetails("peer.ava")
    void goal3_a_date_before_the_plan_was_in_force_drops_the_goals_and_says_why() {
        GroupSessionView view = navigate(GroupSessionView.class);
        fillIn(view);
        List<MemberSummary> caseload =
                view.attendees.getListDataView().getItems().toList();
        view.attendees.setValue(new LinkedHashSet<>(caseload.stream()
                .filter(m -> m.fullName().startsWith("Paloma") || m.fullName().startsWith("Everett"))
                .toList()));
        CheckboxGroup<ServiceFormOptions.GoalChoice> palomasGoals = goals(block(view, "Paloma"));
        palomasGoals.setValue(
                Set.of(palomasGoals.getListDataView().getItems().findFirst().orElseThrow()));

        // Paloma's plan was co-signed 42 days ago (demo data): 60 days ago no plan was in force
        view.date.setValue(view.date.getValue().minusDays(60));

        assertThat(palomasGoals.getValue()).isEmpty();
        assertThat(palomasGoals.isVisible()).isFalse();
        assertThat(noGoals(block(view, "Paloma")).isVisible()).isTrue();
        assertThat(view.command().attendees())
                .allSatisfy(a -> assertThat(a.goals()).isEmpty());
    }

    @Test
    @WithUserDetails("peer.ava")
    void goal3_the_goals_field_reads_in_spanish() {
        UI.getCurrent().setLocale(Languages.SPANISH);
        GroupSessionView view = navigate(GroupSessionView.class);
        List<MemberSummary> caseload =
                view.attendees.getListDataView().getItems().toList();
        view.attendees.setValue(new LinkedHashSet<>(caseload.stream()
                .filter(m -> m.fullName().startsWith("Paloma") || m.fullName().startsWith("Everett"))
                .toList()));

        assertThat(goals(block(view, "Paloma")).getLabel()).startsWith("Metas del plan de Paloma");
        assertThat(noGoals(block(view, "Everett")).getText())
                .startsWith("Everett")
                .contains("no tiene un Plan de Atenci\u00f3n vigente");
    }
}
