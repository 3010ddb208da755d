package org.peerpath.ui.member.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.Query;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.peerpath.application.member.port.in.MemberQueries;
import org.peerpath.application.member.port.in.MemberSummary;
import org.peerpath.application.service.port.in.ServiceSummary;
import org.peerpath.application.shared.PageSpec;
import org.peerpath.ui.security.CurrentUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;

/** The Services tab (SVC-8, SVC-9): the peer signs a note, which locks it, and corrects it by an addendum. */
@SpringBootTest
class ServicesViewIT extends SpringBrowserlessTest {

    @Autowired
    MemberQueries members;

    @Autowired
    CurrentUser currentUser;

    private ServicesView open(String givenName) {
        MemberSummary member = members.myCaseload(currentUser.actor(), givenName, PageSpec.first(5))
                .items()
                .getFirst();
        return navigate(ServicesView.class, Map.of("memberId", member.id().toString()));
    }

    private static ServiceSummary first(ServicesView view) {
        return view.grid
                .getDataProvider()
                .fetch(new Query<>(0, 10, List.of(), null, null))
                .findFirst()
                .orElseThrow();
    }

    private static Stream<Component> all(Component c) {
        return Stream.concat(Stream.of(c), c.getChildren().flatMap(ServicesViewIT::all));
    }

    @Test
    @WithUserDetails("peer.ava")
    void svc9_the_peer_signs_the_note_then_can_only_add_an_addendum() {
        ServicesView view = open("Dmitri");
        Div row = view.row(first(view));
        Button sign = all(row).filter(c -> c instanceof Button b && b.hasClassName("sign-note"))
                .map(Button.class::cast)
                .findFirst()
                .orElseThrow();

        sign.click();

        view = open("Dmitri");
        ServiceSummary signed = first(view);
        assertThat(signed.noteSigned()).isTrue();
        Div signedRow = view.row(signed);
        assertThat(all(signedRow).anyMatch(c -> c instanceof Button b && b.hasClassName("sign-note")))
                .isFalse();
        TextField text = all(signedRow)
                .filter(TextField.class::isInstance)
                .map(TextField.class::cast)
                .findFirst()
                .orElseThrow();
        text.setValue("Dmitri asked to add that the meeting starts at 6 pm");
        all(signedRow)
                .filter(c -> c instanceof Button b && b.hasClassName("add-addendum"))
                .map(Button.class::cast)
                .findFirst()
                .orElseThrow()
                .click();

        assertThat(first(open("Dmitri")).addenda())
                .containsExactly("Dmitri asked to add that the meeting starts at 6 pm");
    }
}
