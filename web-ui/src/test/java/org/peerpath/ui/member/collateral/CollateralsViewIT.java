package org.peerpath.ui.member.collateral;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.peerpath.application.collateral.port.in.AddCollateralCommand;
import org.peerpath.application.collateral.port.in.AddCollateralUseCase;
import org.peerpath.application.collateral.port.in.CollateralDetails;
import org.peerpath.application.collateral.port.in.CollateralEntry;
import org.peerpath.application.collateral.port.in.CollateralQueries;
import org.peerpath.application.collateral.port.in.EditCollateralCommand;
import org.peerpath.application.collateral.port.in.EditCollateralUseCase;
import org.peerpath.application.member.port.in.MemberQueries;
import org.peerpath.application.member.port.in.MemberSummary;
import org.peerpath.application.shared.Actor;
import org.peerpath.application.shared.PageSpec;
import org.peerpath.collateral.CollateralId;
import org.peerpath.collateral.Relationship;
import org.peerpath.member.MemberId;
import org.peerpath.ui.security.SignedInStaff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithUserDetails;

/** The Collaterals tab as a peer: bad input gets words at its field, a stale save keeps the input (COL-1, COL-3). */
@SpringBootTest
@WithUserDetails("peer.ava")
class CollateralsViewIT extends SpringBrowserlessTest {

    @Autowired
    MemberQueries members;

    @Autowired
    CollateralQueries collaterals;

    @Autowired
    EditCollateralUseCase editCollateral;

    private Actor me() {
        return ((SignedInStaff)
                        SecurityContextHolder.getContext().getAuthentication().getPrincipal())
                .actor();
    }

    private MemberId member(String fullName) {
        return members.myCaseload(me(), fullName, PageSpec.first(5)).items().stream()
                .filter(m -> m.fullName().equals(fullName))
                .map(MemberSummary::id)
                .findFirst()
                .orElseThrow();
    }

    private void open(MemberId member) {
        navigate(CollateralsView.class, Map.of("memberId", member.value().toString()));
    }

    private TextField text(String id) {
        return find(TextField.class).withId(id).single();
    }

    private void click(String id) {
        test(find(Button.class).withId(id).single()).click();
    }

    private void typePerson(String given, String family) {
        test(text("collateral-given-name")).setValue(given);
        test(text("collateral-family-name")).setValue(family);
        test(text("collateral-phone")).setValue("(530) 555-0133");
        test(text("collateral-language")).setValue("English");
    }

    @Test
    void col1_the_tab_lists_the_members_collaterals_with_their_details_and_sharing_status() {
        open(member("Juniper Quillfeather"));

        String list =
                find(Div.class).withId("collateral-list").single().getElement().getTextRecursively();
        assertThat(list)
                .contains("Rosalind Quillfeather", "Parent", "(530) 555-0142", "Authorized to share")
                .contains("Tamsin Okonkwo-Fict", "Friend", "No authorization to share");
    }

    @Test
    void col1_an_empty_relationship_is_named_at_its_field_and_nothing_is_saved() {
        MemberId wren = member("Wren Bramblewood");
        open(wren);
        click("add-collateral");
        typePerson("Noor", "Fieldtest");

        click("collateral-save");

        ComboBox<?> relationship =
                find(ComboBox.class).withId("collateral-relationship").single();
        assertThat(relationship.isInvalid()).isTrue();
        assertThat(relationship.getErrorMessage()).isEqualTo("Choose how this person is related to the member");
        assertThat(collaterals.collaterals(me(), wren).orElseThrow().collaterals())
                .noneMatch(c -> c.givenName().equals("Noor"));
    }

    @Test
    void col1_a_bad_email_is_named_at_its_field_in_the_domains_words() {
        open(member("Wren Bramblewood"));
        click("add-collateral");
        typePerson("Ola", "Emailtest");
        @SuppressWarnings("unchecked")
        ComboBox<Relationship> relationship =
                find(ComboBox.class).withId("collateral-relationship").single();
        relationship.setValue(Relationship.FRIEND);
        test(text("collateral-email")).setValue("ola.example.org");

        click("collateral-save");

        assertThat(text("collateral-email").isInvalid()).isTrue();
        assertThat(text("collateral-email").getErrorMessage())
                .isEqualTo("An email address looks like name@example.org");
    }

    @Test
    void col3_an_expiry_before_the_start_is_named_at_the_expiry_field() {
        MemberId wren = member("Wren Bramblewood");
        open(wren);
        click("add-collateral");
        typePerson("Pia", "Expirytest");
        @SuppressWarnings("unchecked")
        ComboBox<Relationship> relationship =
                find(ComboBox.class).withId("collateral-relationship").single();
        relationship.setValue(Relationship.SIBLING);
        click("collateral-save");
        CollateralDetails pia = collaterals.collaterals(me(), wren).orElseThrow().collaterals().stream()
                .filter(c -> c.givenName().equals("Pia"))
                .findFirst()
                .orElseThrow();
        click("authorize-" + pia.id().value());
        test(text("authorization-scope")).setValue("Appointments");
        DatePicker grantedOn =
                find(DatePicker.class).withId("authorization-granted-on").single();
        grantedOn.setValue(LocalDate.of(2026, 6, 1));
        find(DatePicker.class).withId("authorization-expires-on").single().setValue(LocalDate.of(2026, 5, 1));

        click("authorization-save");

        DatePicker expiresOn =
                find(DatePicker.class).withId("authorization-expires-on").single();
        assertThat(expiresOn.isInvalid()).isTrue();
        assertThat(expiresOn.getErrorMessage()).isEqualTo("Expiry must be after the date it was granted");
        assertThat(collaterals.collaterals(me(), wren).orElseThrow().collaterals().stream()
                        .filter(c -> c.givenName().equals("Pia"))
                        .findFirst()
                        .orElseThrow()
                        .authorizations())
                .isEmpty();
    }

    @Autowired
    AddCollateralUseCase addCollateral;

    @Test
    void col3_a_consent_naming_a_class_needs_the_class_in_words_and_covers_only_the_people_ticked() {
        MemberId dmitri = member("Dmitri Castellano-Fict");
        CollateralId hana = addCollateral.add(new AddCollateralCommand(
                me(),
                dmitri,
                new CollateralEntry("Hana", "Classtest", Relationship.SIBLING, "(530) 555-0161", "", "", "English")));
        CollateralId ivo = addCollateral.add(new AddCollateralCommand(
                me(),
                dmitri,
                new CollateralEntry("Ivo", "Classtest", Relationship.SIBLING, "(530) 555-0162", "", "", "English")));
        addCollateral.add(new AddCollateralCommand(
                me(),
                dmitri,
                new CollateralEntry("Jon", "Classtest", Relationship.FRIEND, "(530) 555-0163", "", "", "English")));
        open(dmitri);
        click("consent-" + hana.value());
        find(Checkbox.class).withId("consent-names-class").single().setValue(true);

        click("consent-save");
        assertThat(text("consent-named-person").isInvalid()).isTrue();
        assertThat(text("consent-named-person").getErrorMessage()).isNotBlank();

        test(text("consent-named-person")).setValue("My household members");
        @SuppressWarnings("unchecked")
        CheckboxGroup<CollateralDetails> alsoCovers =
                find(CheckboxGroup.class).withId("consent-also-covers").single();
        alsoCovers.setValue(alsoCovers
                .getListDataView()
                .getItems()
                .filter(c -> c.id().equals(ivo))
                .collect(java.util.stream.Collectors.toSet()));
        click("consent-save");

        Map<String, CollateralDetails> after =
                collaterals.collaterals(me(), dmitri).orElseThrow().collaterals().stream()
                        .filter(c -> c.familyName().equals("Classtest"))
                        .collect(java.util.stream.Collectors.toMap(CollateralDetails::givenName, c -> c));
        assertThat(after.get("Hana").consents()).singleElement().satisfies(c -> assertThat(c.namesClass())
                .isTrue());
        assertThat(after.get("Ivo").consents()).singleElement().satisfies(c -> assertThat(c.namedPerson())
                .isEqualTo("My household members"));
        assertThat(after.get("Jon").consents()).isEmpty();
        assertThat(find(Div.class)
                        .withId("collateral-list")
                        .single()
                        .getElement()
                        .getTextRecursively())
                .contains("Names the class \"My household members\"");
    }

    @Test
    void a_stale_save_is_refused_and_the_form_keeps_what_was_typed() {
        MemberId wren = member("Wren Bramblewood");
        open(wren);
        click("add-collateral");
        typePerson("Quinn", "Staletest");
        @SuppressWarnings("unchecked")
        ComboBox<Relationship> relationship =
                find(ComboBox.class).withId("collateral-relationship").single();
        relationship.setValue(Relationship.CHILD);
        click("collateral-save");
        CollateralDetails quinn = collaterals.collaterals(me(), wren).orElseThrow().collaterals().stream()
                .filter(c -> c.givenName().equals("Quinn"))
                .findFirst()
                .orElseThrow();
        click("edit-" + quinn.id().value());
        test(text("collateral-phone")).setValue("(530) 555-0001");
        // Meanwhile, someone else saves the same person.
        editCollateral.edit(new EditCollateralCommand(
                me(),
                quinn.id(),
                quinn.version(),
                new CollateralEntry(
                        "Quinn", "Staletest", Relationship.CHILD, "(530) 555-0999", null, null, "English")));

        click("collateral-save");

        assertThat(text("collateral-phone").getValue()).isEqualTo("(530) 555-0001");
        // Told at the form, where the person is looking, with a way to reload.
        assertThat(find(com.vaadin.flow.component.html.Paragraph.class)
                        .withId("collateral-stale")
                        .single()
                        .getText())
                .startsWith("Someone else changed");
        assertThat(find(Button.class).withId("collateral-reload").all()).hasSize(1);
        assertThat(collaterals.collaterals(me(), wren).orElseThrow().collaterals().stream()
                        .filter(c -> c.givenName().equals("Quinn"))
                        .findFirst()
                        .orElseThrow()
                        .phone())
                .isEqualTo("(530) 555-0999");
    }

    @Autowired
    org.peerpath.application.collateral.port.in.RecordPart2ConsentUseCase recordConsent;

    @Test
    void col3_a_part2_consent_is_withdrawn_with_a_date_and_one_before_the_signing_is_named_at_the_date() {
        MemberId dmitri = member("Dmitri Castellano-Fict");
        CollateralId kai = addCollateral.add(new AddCollateralCommand(
                me(),
                dmitri,
                new CollateralEntry("Kai", "Withdrawtest", Relationship.PARENT, "(530) 555-0164", "", "", "English")));
        long version = collaterals.collaterals(me(), dmitri).orElseThrow().collaterals().stream()
                .filter(c -> c.id().equals(kai))
                .findFirst()
                .orElseThrow()
                .version();
        LocalDate signedOn = LocalDate.of(2026, 6, 1);
        recordConsent.record(new org.peerpath.application.collateral.port.in.RecordPart2ConsentCommand(
                me(), kai, version, "Kai Withdrawtest", signedOn, null));
        java.util.UUID consent = consentsOf(dmitri, kai).getFirst().id();
        open(dmitri);

        click("revoke-consent-" + consent);
        DatePicker revokedOn =
                find(DatePicker.class).withId("consent-revoked-on").single();
        revokedOn.setValue(signedOn.minusDays(1));
        click("consent-revoke-save");
        assertThat(revokedOn.isInvalid()).isTrue();
        assertThat(revokedOn.getErrorMessage()).isNotBlank();
        assertThat(consentsOf(dmitri, kai).getFirst().revokedOn()).isNull();

        revokedOn.setValue(signedOn.plusDays(10));
        click("consent-revoke-save");
        assertThat(consentsOf(dmitri, kai).getFirst().revokedOn()).isEqualTo(signedOn.plusDays(10));
        assertThat(find(Button.class).withId("revoke-consent-" + consent).all()).isEmpty();
        assertThat(find(Div.class)
                        .withId("collateral-list")
                        .single()
                        .getElement()
                        .getTextRecursively())
                .contains("withdrawn on");
    }

    @Autowired
    org.peerpath.application.collateral.port.in.AuthorizeSharingUseCase authorizeSharing;

    @Autowired
    org.peerpath.application.collateral.port.in.RevokePart2ConsentUseCase revokeConsent;

    @Test
    void col3_a_part2_members_contact_whose_consent_was_withdrawn_is_not_shown_as_authorized_to_share() {
        MemberId dmitri = member("Dmitri Castellano-Fict");
        CollateralId lea = addCollateral.add(new AddCollateralCommand(
                me(),
                dmitri,
                new CollateralEntry("Lea", "Badgetest", Relationship.SIBLING, "(530) 555-0165", "", "", "English")));
        LocalDate from = LocalDate.of(2026, 6, 1);
        authorizeSharing.authorize(new org.peerpath.application.collateral.port.in.AuthorizeSharingCommand(
                me(), lea, versionOf(dmitri, lea), "how I am doing", from, null));
        recordConsent.record(new org.peerpath.application.collateral.port.in.RecordPart2ConsentCommand(
                me(), lea, versionOf(dmitri, lea), "Lea Badgetest", from, null));
        open(dmitri);
        assertThat(badgeOf(lea)).isEqualTo("Authorized to share");

        java.util.UUID consent = consentsOf(dmitri, lea).getFirst().id();
        revokeConsent.revoke(new org.peerpath.application.collateral.port.in.RevokePart2ConsentCommand(
                me(), lea, versionOf(dmitri, lea), consent, from.plusDays(10)));
        open(dmitri);

        // The authorization alone is still in force, but without a Part 2 consent nothing may be shared (COL-3).
        assertThat(badgeOf(lea)).isNotEqualTo("Authorized to share").isEqualTo("No authorization to share");
    }

    private String badgeOf(CollateralId collateral) {
        return find(Div.class)
                .withId("collateral-" + collateral.value())
                .single()
                .getElement()
                .getChildren()
                .flatMap(com.vaadin.flow.dom.Element::getChildren)
                .filter(e -> e.getClassList().contains("collateral-sharing"))
                .findFirst()
                .orElseThrow()
                .getText();
    }

    private long versionOf(MemberId member, CollateralId collateral) {
        return collaterals.collaterals(me(), member).orElseThrow().collaterals().stream()
                .filter(c -> c.id().equals(collateral))
                .findFirst()
                .orElseThrow()
                .version();
    }

    private java.util.List<org.peerpath.application.collateral.port.in.ConsentSummary> consentsOf(
            MemberId member, CollateralId collateral) {
        return collaterals.collaterals(me(), member).orElseThrow().collaterals().stream()
                .filter(c -> c.id().equals(collateral))
                .findFirst()
                .orElseThrow()
                .consents();
    }
}
