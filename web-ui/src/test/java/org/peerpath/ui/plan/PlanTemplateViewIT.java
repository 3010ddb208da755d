package org.peerpath.ui.plan;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.notification.Notification;
import org.junit.jupiter.api.Test;
import org.peerpath.application.member.port.in.MemberQueries;
import org.peerpath.application.plan.port.in.PlanQueries;
import org.peerpath.application.plan.port.in.PlanTemplateUseCase;
import org.peerpath.application.plan.port.in.SavePlanTemplateCommand;
import org.peerpath.application.shared.PageSpec;
import org.peerpath.plan.PlanOfCare;
import org.peerpath.ui.security.CurrentUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * POC-6: the admin edits the county's plan narrative template on its own page; new plans start from it; bad input gets
 * words at the field; a save over a version another admin saved meanwhile is refused and the typed words stay. Each
 * test puts the Santa Cruz template back, which the other tests of the Plan tab expect.
 */
@SpringBootTest
class PlanTemplateViewIT extends SpringBrowserlessTest {

    @Autowired
    PlanTemplateUseCase templates;

    @Autowired
    PlanQueries plans;

    @Autowired
    MemberQueries members;

    @Autowired
    CurrentUser currentUser;

    private void restoreSantaCruz() {
        templates.restoreDefault(
                currentUser.actor(), templates.current(currentUser.actor()).version());
    }

    @Test
    @WithUserDetails("admin.gale")
    void poc6_the_admin_edits_the_template_and_the_plan_editor_starts_from_it() {
        PlanTemplateView view = navigate(PlanTemplateView.class);
        try {
            assertThat(view.text.getValue())
                    .isEqualTo(templates.current(currentUser.actor()).text());

            view.text.setValue("Peer met with the member to write the Plan of Care together.");
            test(view.save).click();

            assertThat(test(find(Notification.class).last()).getText())
                    .isEqualTo("The template was saved. New plans start with it.");
            assertThat(view.state.getText()).startsWith("In use since").contains("saved by");
            var anyMember = members.allMembers(currentUser.actor(), "", PageSpec.first(1))
                    .items()
                    .getFirst();
            assertThat(plans.plan(currentUser.actor(), anyMember.id(), null)
                            .orElseThrow()
                            .template())
                    .isEqualTo("Peer met with the member to write the Plan of Care together.");

            test(view.restore).click();
            assertThat(view.text.getValue()).isEqualTo(PlanOfCare.SANTA_CRUZ_TEMPLATE);
        } finally {
            restoreSantaCruz();
        }
    }

    @Test
    @WithUserDetails("admin.gale")
    void poc6_an_empty_template_gets_words_at_the_field_and_a_stale_save_keeps_the_typed_words() {
        PlanTemplateView view = navigate(PlanTemplateView.class);
        try {
            view.text.setValue("   ");
            test(view.save).click();
            assertThat(view.text.isInvalid()).isTrue();
            assertThat(view.text.getErrorMessage()).isEqualTo("Write the template: new plans start with it");

            templates.save(new SavePlanTemplateCommand(
                    currentUser.actor(),
                    "Another admin's words",
                    templates.current(currentUser.actor()).version()));
            view.text.setValue("My words, typed meanwhile");
            test(view.save).click();

            assertThat(view.refusal.getText()).startsWith("Someone else changed this");
            assertThat(view.text.getValue()).isEqualTo("My words, typed meanwhile");
            assertThat(templates.current(currentUser.actor()).text()).isEqualTo("Another admin's words");
        } finally {
            restoreSantaCruz();
        }
    }
}
