package org.peerpath.ui.member.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.LinkedHashSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.peerpath.application.member.port.in.MemberSummary;
import org.peerpath.ui.language.Languages;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;

/** Recording a group (GRP-1..3): words at every bad field, and a saved group shows each member's claim check. */
@SpringBootTest
class GroupSessionViewIT extends SpringBrowserlessTest {

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
}
