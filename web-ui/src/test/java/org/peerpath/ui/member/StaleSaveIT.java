package org.peerpath.ui.member;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.NavigationTrigger;
import com.vaadin.flow.router.RouteParameters;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.peerpath.application.member.port.in.AssignPrimaryPeerUseCase;
import org.peerpath.application.member.port.in.MemberQueries;
import org.peerpath.application.member.port.in.MemberSummary;
import org.peerpath.application.shared.ConcurrentChangeException;
import org.peerpath.application.shared.PageSpec;
import org.peerpath.application.staff.port.in.StaffSummary;
import org.peerpath.application.workspace.port.in.MemberOverviewQueries;
import org.peerpath.shared.DomainException;
import org.peerpath.ui.language.Languages;
import org.peerpath.ui.security.CurrentUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * A save that lost the race to someone else's (the member's stored version moved on, which
 * MemberRepositoryContract shows for the fake and for PostgreSQL) reaches the form as
 * {@link ConcurrentChangeException}: the person reads "Someone else changed this" and keeps what they chose.
 *
 * <p>The member page is built here as the router builds it, from the real beans, but with a use case that always
 * loses the race; replacing the bean instead would start a second Spring context, whose Vaadin security would
 * take over the JVM-wide security context of the other browserless tests.
 */
@SpringBootTest
@WithUserDetails("desk.frankie")
class StaleSaveIT extends SpringBrowserlessTest {

    private static final AssignPrimaryPeerUseCase LOSES_THE_RACE = command -> {
        throw new ConcurrentChangeException("member");
    };

    @Autowired
    MemberQueries members;

    @Autowired
    MemberOverviewQueries overviews;

    @Autowired
    CurrentUser currentUser;

    private MemberSummary someMember() {
        return members.allMembers(currentUser.actor(), "", PageSpec.first(1))
                .items()
                .getFirst();
    }

    @SuppressWarnings("unchecked")
    private ComboBox<StaffSummary> choosePeerAndAssign(MemberSummary member) {
        return choosePeerAndAssign(member, LOSES_THE_RACE);
    }

    @SuppressWarnings("unchecked")
    private ComboBox<StaffSummary> choosePeerAndAssign(MemberSummary member, AssignPrimaryPeerUseCase useCase) {
        UI ui = UI.getCurrent();
        MemberView view = new MemberView(members, overviews, useCase, currentUser);
        ui.add(view);
        String id = member.id().toString();
        view.beforeEnter(new BeforeEnterEvent(
                ui.getInternals().getRouter(),
                NavigationTrigger.PROGRAMMATIC,
                new Location("members/" + id),
                MemberView.class,
                new RouteParameters("memberId", id),
                ui,
                List.of()));

        ComboBox<StaffSummary> peer =
                find(ComboBox.class).withId("primary-peer").single();
        test(peer).selectItem("Cruz Lindqvist");
        test(find(Button.class).withId("assign-primary-peer").single()).click();
        return peer;
    }

    @Test
    void a_stale_save_says_someone_else_changed_this_and_keeps_the_choice() {
        MemberSummary member = someMember();

        ComboBox<StaffSummary> peer = choosePeerAndAssign(member);

        assertThat(test(find(Notification.class).last()).getText())
                .startsWith("Someone else changed this")
                .contains("Reload");
        assertThat(peer.getValue().displayName()).isEqualTo("Cruz Lindqvist");
        assertThat(find(Div.class).withId("member-header").single().getElement().getTextRecursively())
                .contains(member.cin());
    }

    @Test
    void a_stale_save_is_told_in_spanish_to_a_spanish_reader() {
        UI.getCurrent().setLocale(Languages.SPANISH);
        MemberSummary member = someMember();

        ComboBox<StaffSummary> peer = choosePeerAndAssign(member);

        assertThat(test(find(Notification.class).last()).getText()).startsWith("Otra persona cambió esto");
        assertThat(peer.getValue().displayName()).isEqualTo("Cruz Lindqvist");
    }

    @Test
    void a_refusal_whose_code_has_no_text_shows_a_calm_sentence_and_never_its_log_message() {
        AssignPrimaryPeerUseCase refusesWithoutText = command -> {
            throw new DomainException("test.code-without-text", Map.of("secret", "internal detail")) {};
        };

        choosePeerAndAssign(someMember(), refusesWithoutText);

        assertThat(test(find(Notification.class).last()).getText())
                .isEqualTo("This can't be saved as it is. Check what you entered and try again.")
                .doesNotContain("internal detail", "test.code-without-text");
    }
}
