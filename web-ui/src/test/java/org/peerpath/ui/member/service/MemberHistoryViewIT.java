package org.peerpath.ui.member.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.data.provider.Query;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.peerpath.application.member.port.in.MemberQueries;
import org.peerpath.application.member.port.in.MemberSummary;
import org.peerpath.application.shared.PageSpec;
import org.peerpath.service.ServiceCode;
import org.peerpath.ui.security.CurrentUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;

/** A member's history (issue H.6): filters by code, claim answer and dates; a backwards range gets words at "from". */
@SpringBootTest
class MemberHistoryViewIT extends SpringBrowserlessTest {

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

    private static long rows(ServicesView view) {
        return view.grid
                .getDataProvider()
                .fetch(new Query<>(0, 50, List.of(), null, null))
                .count();
    }

    @Test
    @WithUserDetails("peer.ava")
    void svc2_filtering_by_a_code_with_no_services_says_so_and_clearing_it_lists_them_again() {
        ServicesView view = open("Dmitri");
        long all = rows(view);
        assertThat(all).isPositive();
        assertThat(view.noMatch.isVisible()).isFalse();

        view.code.setValue(ServiceCode.H0025);
        assertThat(view.noMatch.isVisible()).isTrue();
        assertThat(view.noMatch.getText()).isEqualTo("No service matches these filters.");

        view.code.clear();
        assertThat(view.noMatch.isVisible()).isFalse();
        assertThat(rows(view)).isEqualTo(all);
    }

    @Test
    @WithUserDetails("peer.ava")
    void a_date_range_that_reads_backwards_gets_words_at_the_from_field() {
        ServicesView view = open("Dmitri");

        view.to.setValue(LocalDate.of(2026, 1, 1));
        view.from.setValue(LocalDate.of(2026, 2, 1));

        assertThat(view.from.isInvalid()).isTrue();
        assertThat(view.from.getErrorMessage()).isEqualTo("The start date must be on or before the end date");
    }
}
