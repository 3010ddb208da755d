package org.peerpath.ui.member;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.peerpath.application.member.port.in.EditMemberDetailsCommand;
import org.peerpath.application.member.port.in.EditMemberDetailsUseCase;
import org.peerpath.application.member.port.in.EnrollMemberCommand;
import org.peerpath.application.member.port.in.EnrollMemberUseCase;
import org.peerpath.application.member.port.in.MemberDetails;
import org.peerpath.application.member.port.in.MemberQueries;
import org.peerpath.application.shared.PageSpec;
import org.peerpath.member.MemberId;
import org.peerpath.shared.County;
import org.peerpath.shared.DeliverySystem;
import org.peerpath.ui.security.CurrentUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * The Details tab (MEM-1, MEM-3): front desk corrects facts and contact details with words at the field for bad input,
 * a stale save keeps the input, and a discharge needs a date and a reason. Each test enrolls its own member, so that
 * the demo caseloads other tests count stay as they are.
 */
@SpringBootTest
@WithUserDetails("desk.frankie")
class DetailsViewIT extends SpringBrowserlessTest {

    @Autowired
    EnrollMemberUseCase enroll;

    @Autowired
    EditMemberDetailsUseCase edit;

    @Autowired
    MemberQueries members;

    @Autowired
    org.peerpath.application.enrollment.port.in.EnrollmentQueries enrollments;

    @Autowired
    java.time.Clock clock;

    /** The program's today (California), not the machine's: from 00:00 to 08:00 UTC the two differ by a day. */
    private LocalDate today() {
        return org.peerpath.application.shared.Clocks.today(clock);
    }

    @Autowired
    CurrentUser currentUser;

    private MemberId freshMember(String family) {
        return enroll.enroll(new EnrollMemberCommand(
                currentUser.actor(),
                "Dana",
                family,
                LocalDate.of(1988, 3, 4),
                freshCin(),
                County.YOLO,
                EnumSet.of(DeliverySystem.SMHS),
                "English"));
    }

    /** A CIN no demo member has: 8 digits and the letter D. */
    private static String freshCin() {
        return "%08dD"
                .formatted(java.util.concurrent.ThreadLocalRandom.current().nextInt(10_000_000, 99_999_999));
    }

    private DetailsView open(MemberId member) {
        return navigate(DetailsView.class, Map.of("memberId", member.value().toString()));
    }

    private MemberDetails stored(MemberId member) {
        return members.member(currentUser.actor(), member).orElseThrow();
    }

    @Test
    void mem1_front_desk_corrects_the_phone_and_address_and_they_are_stored() {
        MemberId member = freshMember("Detailson");
        DetailsView view = open(member);

        view.phone.setValue("(530) 555-0142");
        view.address.setValue("12 Elm St, Davis, CA");
        test(view.save).click();

        assertThat(stored(member).phone()).isEqualTo("(530) 555-0142");
        assertThat(stored(member).address()).isEqualTo("12 Elm St, Davis, CA");
    }

    @Test
    void mem1_a_bad_phone_an_empty_name_and_a_bad_cin_get_words_at_their_field() {
        MemberId member = freshMember("Badinput");
        DetailsView view = open(member);

        view.phone.setValue("call me");
        test(view.save).click();
        assertThat(view.phone.isInvalid()).isTrue();
        assertThat(view.phone.getErrorMessage()).isNotBlank();

        view.phone.setValue("");
        view.givenName.setValue(" ");
        test(view.save).click();
        assertThat(view.givenName.isInvalid()).isTrue();
        assertThat(view.givenName.getErrorMessage()).isNotBlank();

        view.givenName.setValue("Dana");
        view.cin.setValue("1234");
        test(view.save).click();
        assertThat(view.cin.isInvalid()).isTrue();
        assertThat(view.cin.getErrorMessage()).isNotBlank();
        assertThat(stored(member).cin()).isNotEqualTo("1234");
    }

    @Test
    void mem1_a_stale_save_says_someone_else_changed_it_and_keeps_the_input() {
        MemberId member = freshMember("Staleson");
        DetailsView view = open(member);
        MemberDetails seen = stored(member);
        edit.edit(new EditMemberDetailsCommand(
                currentUser.actor(),
                member,
                "Dana",
                "Staleson",
                seen.dateOfBirth(),
                seen.cin(),
                County.YOLO,
                "Spanish",
                null,
                null,
                seen.version()));

        view.phone.setValue("(530) 555-0199");
        test(view.save).click();

        assertThat(view.phone.getValue()).isEqualTo("(530) 555-0199");
        assertThat(stored(member).phone()).isNull();
        assertThat(test(find(Notification.class).last()).getText()).startsWith("Someone else changed this");
    }

    @Test
    void mem3_a_discharge_needs_a_reason_and_shows_the_badge_then_readmission_clears_it() {
        MemberId member = freshMember("Dischargeson");
        DetailsView view = open(member);

        view.dischargedOn.setValue(today());
        test(view.dischargeButton).click();
        assertThat(view.reason.isInvalid()).isTrue();
        assertThat(view.reason.getErrorMessage()).isEqualTo("Write the reason for the discharge");

        view.dischargedOn.setValue(today().plusDays(3));
        view.reason.setValue("Moved out of the county");
        test(view.dischargeButton).click();
        assertThat(view.dischargedOn.getErrorMessage()).isEqualTo("The discharge date cannot be in the future");

        view.dischargedOn.setValue(today());
        test(view.dischargeButton).click();

        DetailsView after = open(member);
        assertThat(find(Span.class).withId("badge-discharged").all()).hasSize(1);
        assertThat(find(Paragraph.class).withId("details-discharged").single().getText())
                .contains("Moved out of the county");
        assertThat(members.allMembers(currentUser.actor(), "Dischargeson", PageSpec.first(5))
                        .items())
                .hasSize(1);
        // SVC-7: the discharge ended the open SMHS enrollment on the discharge date.
        assertThat(enrollments
                        .enrollments(currentUser.actor(), member)
                        .orElseThrow()
                        .enrollments())
                .singleElement()
                .satisfies(e -> assertThat(e.endsOn()).isEqualTo(view.dischargedOn.getValue()));

        test(after.readmitButton).click();
        open(member);
        assertThat(find(Span.class).withId("badge-discharged").all()).isEmpty();
        // A readmission reopens no enrollment: front desk enrolls the member again, dated.
        assertThat(enrollments
                        .enrollments(currentUser.actor(), member)
                        .orElseThrow()
                        .enrollments())
                .singleElement()
                .satisfies(e -> assertThat(e.isOpen()).isFalse());
    }

    @Test
    @WithUserDetails("peer.ava")
    void mem3_the_care_team_reads_the_details_without_a_form() {
        MemberId mine = members.myCaseload(currentUser.actor(), "", PageSpec.first(1))
                .items()
                .getFirst()
                .id();

        open(mine);

        assertThat(find(Button.class).withId("details-save").all()).isEmpty();
        assertThat(find(Button.class).withId("details-discharge-button").all()).isEmpty();
        assertThat(find(com.vaadin.flow.component.html.Div.class)
                        .withId("details-facts")
                        .all())
                .hasSize(1);
    }
}
