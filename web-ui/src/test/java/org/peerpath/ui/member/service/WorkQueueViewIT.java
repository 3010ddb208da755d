package org.peerpath.ui.member.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.Test;
import org.peerpath.ui.language.Languages;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;

/** The peer's work queue (H.5): services that cannot be claimed, each with its reasons (CHECK-1). */
@SpringBootTest
class WorkQueueViewIT extends SpringBrowserlessTest {

    @Test
    @WithUserDetails("peer.ava")
    void svc7_lucians_service_after_his_enrollment_ended_is_in_avas_queue_with_its_reason() {
        WorkQueueView view = navigate(WorkQueueView.class);

        String queue = view.queue.getElement().getTextRecursively();
        assertThat(queue).contains("Lucian Esterhaven").contains("SVC-7").contains("was not enrolled in");
    }

    @Test
    @WithUserDetails("peer.ava")
    void svc8_the_home_shows_every_section_and_the_buttons_to_record_a_service_or_a_group() {
        WorkQueueView view = navigate(WorkQueueView.class);

        String page = view.getElement().getTextRecursively();
        assertThat(page)
                .contains("Notes due today or overdue")
                .contains("Plans to review")
                .contains("Members not seen in 30 days")
                .contains("Goals without progress in 30 days")
                .contains("Services that cannot be claimed");
        assertThat(view.recordService.getId()).contains("record-service");
        test(view.recordGroup).click();
        assertThat(getCurrentView()).isInstanceOf(GroupSessionView.class);
    }

    @Test
    @WithUserDetails("peer.ava")
    void d4_the_queue_reads_in_spanish() {
        UI.getCurrent().setLocale(Languages.SPANISH);
        WorkQueueView view = navigate(WorkQueueView.class);

        assertThat(view.queue.getElement().getTextRecursively()).contains("no ten\u00eda inscripci\u00f3n en");
    }
}
