package org.peerpath.ui.member;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.notification.Notification;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.peerpath.application.member.port.in.AssignPrimaryPeerUseCase;
import org.peerpath.application.member.port.in.MemberQueries;
import org.peerpath.application.member.port.in.MemberSummary;
import org.peerpath.application.shared.ConcurrentChangeException;
import org.peerpath.application.shared.PageSpec;
import org.peerpath.application.staff.port.in.StaffSummary;
import org.peerpath.ui.language.Languages;
import org.peerpath.ui.security.SignedInStaff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.bean.override.convention.TestBean;

/**
 * A save that lost the race to someone else's (the member's stored version moved on, as MemberRepositoryContract
 * shows for the fake and for PostgreSQL) reaches the form as {@link ConcurrentChangeException}: the person reads
 * "Someone else changed this" and keeps what they chose. Here the use case always loses the race.
 */
@SpringBootTest
@WithUserDetails("desk.frankie")
class StaleSaveIT extends SpringBrowserlessTest {

    @TestBean
    AssignPrimaryPeerUseCase assignPrimaryPeer;

    static AssignPrimaryPeerUseCase assignPrimaryPeer() {
        return command -> {
            throw new ConcurrentChangeException("member");
        };
    }

    @Autowired
    MemberQueries members;

    private MemberSummary someMember() {
        SignedInStaff desk = (SignedInStaff)
                SecurityContextHolder.getContext().getAuthentication().getPrincipal();
        return members.allMembers(desk.actor(), "", PageSpec.first(1)).items().getFirst();
    }

    @SuppressWarnings("unchecked")
    private ComboBox<StaffSummary> choosePeerAndAssign(MemberSummary member) {
        navigate(MemberView.class, Map.of("memberId", member.id().toString()));
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
        assertThat(getCurrentView()).isInstanceOf(MemberView.class);
    }

    @Test
    void a_stale_save_is_told_in_spanish_to_a_spanish_reader() {
        UI.getCurrent().setLocale(Languages.SPANISH);
        MemberSummary member = someMember();

        ComboBox<StaffSummary> peer = choosePeerAndAssign(member);

        assertThat(test(find(Notification.class).last()).getText()).startsWith("Otra persona cambió esto");
        assertThat(peer.getValue().displayName()).isEqualTo("Cruz Lindqvist");
    }
}
