package org.peerpath.ui.plan;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLink;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * The co-sign queue (POC-2): a supervisor's pending plans oldest first with their age in days; a supervisor whose
 * supervisory training is overdue today is refused the co-sign, with the reason in words (SUP-3).
 */
@SpringBootTest
class CoSignQueueViewIT extends SpringBrowserlessTest {

    private List<String> queue() {
        return find(ListItem.class).all().stream()
                .filter(item -> item.hasClassName("co-sign-item"))
                .map(item -> item.getElement().getTextRecursively())
                .toList();
    }

    @Test
    @WithUserDetails("super.dana")
    void poc2_danas_queue_lists_the_plans_of_her_peers_oldest_first_with_their_age() {
        navigate(CoSignQueueView.class);

        assertThat(queue()).isNotEmpty();
        assertThat(queue().getFirst()).contains("Everett Northwind", "waiting 5 days", "Peer: Ava Sunbrook");
        assertThat(queue()).noneMatch(text -> text.contains("Tobias"));
    }

    @Test
    @WithUserDetails("super.hollis")
    void poc2_sup3_hollis_whose_training_is_overdue_is_refused_the_cosign_in_words() {
        navigate(CoSignQueueView.class);
        assertThat(queue()).singleElement().asString().contains("Tobias Oakhollow", "waiting 12 days");
        RouterLink tobias = find(RouterLink.class).all().stream()
                .filter(link -> link.getText().equals("Tobias Oakhollow"))
                .findFirst()
                .orElseThrow();
        com.vaadin.flow.component.UI.getCurrent().navigate(tobias.getHref());

        test(find(Button.class).withId("plan-cosign").single()).click();

        assertThat(find(Paragraph.class).withId("plan-refusal").single().getText())
                .isEqualTo(
                        "The supervisor's training was overdue on that date: they cannot sign off plans until trained");
        assertThat(find(Span.class).withId("plan-status").single().getText()).isEqualTo("Signed, waiting for sign-off");
    }
}
