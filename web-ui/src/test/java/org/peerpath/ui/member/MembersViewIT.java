package org.peerpath.ui.member;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.peerpath.application.member.port.in.MemberQueries;
import org.peerpath.application.member.port.in.MemberSummary;
import org.peerpath.ui.security.CurrentUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;

/** Front desk finds members from one search box: a name, a CIN or a date of birth (issue C item 5). */
@SpringBootTest
@WithUserDetails("desk.frankie")
class MembersViewIT extends SpringBrowserlessTest {

    @Autowired
    MemberQueries members;

    @Autowired
    CurrentUser currentUser;

    @SuppressWarnings("unchecked")
    private Grid<MemberSummary> grid() {
        return find(Grid.class).withId("member-grid").single();
    }

    private List<MemberSummary> rows() {
        List<MemberSummary> rows = new ArrayList<>();
        for (int i = 0; i < test(grid()).size(); i++) {
            rows.add(test(grid()).getRow(i));
        }
        return rows;
    }

    private void search(String text) {
        test(find(TextField.class).withId("member-search").single()).setValue(text);
    }

    private String count() {
        return find(Span.class).withId("member-count").single().getText();
    }

    @Test
    void the_list_says_how_many_members_there_are() {
        navigate(MembersView.class);

        assertThat(count()).isEqualTo(rows().size() + " members");
    }

    @Test
    void a_cin_finds_exactly_that_member_and_the_count_says_one() {
        navigate(MembersView.class);
        MemberSummary someone = rows().get(7);

        search(someone.cin().toLowerCase());

        assertThat(rows()).containsExactly(someone);
        assertThat(count()).isEqualTo("1 member found for “" + someone.cin().toLowerCase() + "”");
    }

    @Test
    void a_date_of_birth_finds_the_members_born_that_day_in_either_way_of_writing_it() {
        navigate(MembersView.class);
        MemberSummary someone = rows().get(3);
        LocalDate born =
                members.member(currentUser.actor(), someone.id()).orElseThrow().dateOfBirth();

        search(DateTimeFormatter.ofPattern("M/d/yyyy").format(born));
        assertThat(rows()).contains(someone).allSatisfy(row -> assertThat(row.age())
                .isEqualTo(someone.age()));

        search(DateTimeFormatter.ISO_LOCAL_DATE.format(born));
        assertThat(rows()).contains(someone);
    }

    @Test
    void a_name_search_puts_the_exact_last_name_before_longer_names_that_start_with_it() {
        navigate(MembersView.class);
        MemberSummary someone = rows().get(5);
        String lastName = someone.fullName().substring(someone.fullName().indexOf(' ') + 1);

        search(lastName);

        assertThat(rows().getFirst().fullName()).endsWith(" " + lastName);
    }

    @Test
    void the_search_text_in_the_address_is_put_back_into_the_box_so_it_survives_back() {
        navigate(MembersView.class);
        MemberSummary someone = rows().get(2);

        UI.getCurrent().navigate(MembersView.class, QueryParameters.of("q", someone.cin()));

        assertThat(find(TextField.class).withId("member-search").single().getValue())
                .isEqualTo(someone.cin());
        assertThat(rows()).containsExactly(someone);
    }
}
