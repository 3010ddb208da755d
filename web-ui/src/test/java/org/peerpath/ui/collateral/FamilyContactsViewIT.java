package org.peerpath.ui.collateral;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.peerpath.application.audit.port.out.AuditAction;
import org.peerpath.application.audit.port.out.AuditEvent;
import org.peerpath.application.audit.port.out.AuditTrail;
import org.peerpath.application.collateral.port.in.CollateralDetails;
import org.peerpath.application.collateral.port.in.CollateralQueries;
import org.peerpath.application.member.port.in.MemberQueries;
import org.peerpath.application.member.port.in.MemberSummary;
import org.peerpath.application.shared.Actor;
import org.peerpath.application.shared.PageSpec;
import org.peerpath.ui.security.SignedInStaff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithUserDetails;

/** Family contacts as front desk on the demo program, audited on PostgreSQL (COL-3, COL-4). */
@SpringBootTest
@WithUserDetails("desk.frankie")
class FamilyContactsViewIT extends SpringBrowserlessTest {

    @Autowired
    MemberQueries members;

    @Autowired
    CollateralQueries collaterals;

    @Autowired
    AuditTrail audit;

    private Actor me() {
        return ((SignedInStaff)
                        SecurityContextHolder.getContext().getAuthentication().getPrincipal())
                .actor();
    }

    private MemberSummary member(String fullName) {
        return members.allMembers(me(), fullName, PageSpec.first(5)).items().stream()
                .filter(m -> m.fullName().equals(fullName))
                .findFirst()
                .orElseThrow();
    }

    private String find(String search) {
        navigate(FamilyContactsView.class);
        test(find(TextField.class).withId("family-search").single()).setValue(search);
        test(find(Button.class).withId("family-find").single()).click();
        return find(Div.class).withId("family-contacts").single().getElement().getTextRecursively();
    }

    private String card(String collateralId) {
        return find(Div.class)
                .withId("collateral-" + collateralId)
                .single()
                .getElement()
                .getTextRecursively();
    }

    private CollateralDetails collateral(MemberSummary member, String given) {
        return collaterals.collaterals(me(), member.id()).orElseThrow().collaterals().stream()
                .filter(c -> c.givenName().equals(given))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void col3_an_authorized_contact_shows_how_to_reach_them_and_an_unauthorized_one_does_not() {
        MemberSummary juniper = member("Juniper Quillfeather");
        String rosalind = collateral(juniper, "Rosalind").id().value().toString();
        String tamsin = collateral(juniper, "Tamsin").id().value().toString();

        String shown = find("Juniper Quillfeather");

        assertThat(shown).contains("Family contacts of Juniper Quillfeather");
        assertThat(card(rosalind)).contains("Rosalind Quillfeather", "Parent", "(530) 555-0142", "Authorized to share");
        assertThat(card(tamsin))
                .contains("Tamsin Okonkwo-Fict", "Not authorized to share")
                .doesNotContain("555-0177");
    }

    @Test
    void col3_expired_and_withdrawn_authorizations_show_no_details() {
        String shown = find("Alonzo Ivorybrook");

        assertThat(shown)
                .contains(
                        "Benicio Ivorybrook", "Authorization expired", "Perpetua Ivorybrook", "Authorization withdrawn")
                .doesNotContain("555-0123", "555-0188");
    }

    @Test
    void col3_for_a_part2_member_only_the_consented_contact_shows_and_nothing_hints_at_sud_treatment() {
        MemberSummary marisol = member("Marisol Hollister");
        String joaquin = collateral(marisol, "Joaquin").id().value().toString();

        String shown = find("Marisol Hollister");

        assertThat(shown).contains("Esteban Hollister", "(530) 555-0110");
        assertThat(card(joaquin))
                .contains("Not authorized to share", "No authorization to share")
                .doesNotContain("555-0199");
        assertThat(shown)
                .doesNotContainIgnoringCase("part 2")
                .doesNotContainIgnoringCase("consent")
                .doesNotContain("DMC", "SUD", "Drug")
                .doesNotContainIgnoringCase("substance");
    }

    @Test
    void a_member_is_found_by_cin_too() {
        MemberSummary juniper = member("Juniper Quillfeather");

        assertThat(find(juniper.cin())).contains("Family contacts of Juniper Quillfeather", "Rosalind Quillfeather");
    }

    @Test
    void col4_each_look_at_a_contact_is_audited_with_who_when_member_and_collateral() {
        MemberSummary juniper = member("Juniper Quillfeather");
        String rosalind = collateral(juniper, "Rosalind").id().value().toString();
        String tamsin = collateral(juniper, "Tamsin").id().value().toString();
        long before = looksAt(juniper, rosalind, AuditAction.COLLATERAL_CONTACT_SHOWN);

        find("Juniper Quillfeather");

        assertThat(looksAt(juniper, rosalind, AuditAction.COLLATERAL_CONTACT_SHOWN))
                .isEqualTo(before + 1);
        assertThat(looksAt(juniper, tamsin, AuditAction.COLLATERAL_CONTACT_WITHHELD))
                .isGreaterThanOrEqualTo(1);
        AuditEvent newest = audit.forMember(juniper.id(), 50).stream()
                .filter(e -> e.action() == AuditAction.COLLATERAL_CONTACT_SHOWN
                        && e.detail().contains(rosalind))
                .findFirst()
                .orElseThrow();
        assertThat(newest.actor()).isEqualTo(me().id());
        assertThat(newest.actorName()).isEqualTo("desk.frankie");
        assertThat(newest.member()).isEqualTo(juniper.id());
        assertThat(newest.at()).isNotNull();
    }

    private long looksAt(MemberSummary member, String collateralId, AuditAction action) {
        List<AuditEvent> events = audit.forMember(member.id(), 1000);
        return events.stream()
                .filter(e -> e.actor().equals(me().id()))
                .filter(e -> e.action() == action && e.detail().contains(collateralId))
                .count();
    }
}
