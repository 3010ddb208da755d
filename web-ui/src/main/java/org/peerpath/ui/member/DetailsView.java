package org.peerpath.ui.member;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.RolesAllowed;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.peerpath.application.member.port.in.DischargeMemberCommand;
import org.peerpath.application.member.port.in.DischargeMemberUseCase;
import org.peerpath.application.member.port.in.EditMemberDetailsCommand;
import org.peerpath.application.member.port.in.EditMemberDetailsUseCase;
import org.peerpath.application.member.port.in.MemberDetails;
import org.peerpath.application.member.port.in.MemberQueries;
import org.peerpath.application.member.port.in.ReadmitMemberCommand;
import org.peerpath.application.member.port.in.ReadmitMemberUseCase;
import org.peerpath.application.shared.Actor;
import org.peerpath.application.shared.ConcurrentChangeException;
import org.peerpath.member.Cin;
import org.peerpath.member.Discharge;
import org.peerpath.member.MemberContact;
import org.peerpath.shared.County;
import org.peerpath.shared.DomainException;
import org.peerpath.shared.Role;
import org.peerpath.ui.member.tab.MemberTabView;
import org.peerpath.ui.security.CurrentUser;
import org.peerpath.ui.shared.DatePickers;
import org.peerpath.ui.shared.DomainErrors;
import org.peerpath.ui.shared.MainLayout;

/**
 * The Details tab (MEM-1, MEM-3): phone, address and preferred language with the facts of enrollment, which front desk
 * and admins correct (each change audited, old → new), and the discharge with a date and a reason, undone by a
 * readmission. The care team reads. A stale save is refused with words and the form keeps what was typed.
 */
@Route(value = "members/:memberId/details", layout = MainLayout.class)
@RolesAllowed({Role.PEER_ROLE, Role.SUPERVISOR_ROLE, Role.BHP_ROLE, Role.STAFF_ROLE, Role.ADMIN_ROLE})
public class DetailsView extends MemberTabView<MemberDetails> {

    private final EditMemberDetailsUseCase editDetails;
    private final DischargeMemberUseCase discharge;
    private final ReadmitMemberUseCase readmit;

    final TextField givenName = new TextField();
    final TextField familyName = new TextField();
    final DatePicker dateOfBirth = new DatePicker();
    final TextField cin = new TextField();
    final ComboBox<County> county = new ComboBox<>();
    final ComboBox<String> preferredLanguage = new ComboBox<>();
    final TextField phone = new TextField();
    final TextArea address = new TextArea();
    final Button save = new Button();
    final DatePicker dischargedOn = new DatePicker();
    final TextField reason = new TextField();
    final Button dischargeButton = new Button();
    final Button readmitButton = new Button();

    DetailsView(
            MemberQueries members,
            EditMemberDetailsUseCase editDetails,
            DischargeMemberUseCase discharge,
            ReadmitMemberUseCase readmit,
            CurrentUser currentUser) {
        super(members, currentUser, "details.page-title");
        this.editDetails = editDetails;
        this.discharge = discharge;
        this.readmit = readmit;
    }

    @Override
    protected Optional<MemberDetails> load(MemberDetails member) {
        return Optional.of(member);
    }

    @Override
    protected void draw(MemberDetails member, MemberDetails same) {
        H2 heading = new H2(getTranslation("details.title"));
        heading.addClassName("section");
        add(heading);
        Actor actor = currentUser.actor();
        boolean mayEdit = actor.has(Role.STAFF) || actor.has(Role.ADMIN);
        add(mayEdit ? form(member) : facts(member));
        add(dischargeSection(member, mayEdit));
    }

    /** What the care team reads. */
    private Div facts(MemberDetails member) {
        Div facts = new Div(
                fact("details.field.phone", member.phone()),
                fact("details.field.address", member.address()),
                fact("details.field.preferred-language", LanguageNames.label(this, member.preferredLanguage())));
        facts.addClassNames("member-facts", "section");
        facts.setId("details-facts");
        return facts;
    }

    private Div fact(String labelKey, @Nullable String value) {
        Span label = new Span(getTranslation(labelKey));
        label.addClassName("member-fact-label");
        Span text = new Span(value == null ? getTranslation("details.none") : value);
        text.addClassName("member-fact-value");
        Div fact = new Div(label, text);
        fact.addClassName("member-fact");
        return fact;
    }

    private Div form(MemberDetails member) {
        givenName.setLabel(getTranslation("member.field.given-name"));
        givenName.setId("details-given-name");
        givenName.setValue(member.givenName());
        familyName.setLabel(getTranslation("member.field.family-name"));
        familyName.setId("details-family-name");
        familyName.setValue(member.familyName());
        dateOfBirth.setLabel(getTranslation("member.field.date-of-birth"));
        dateOfBirth.setId("details-date-of-birth");
        DatePickers.localize(dateOfBirth, this);
        dateOfBirth.setValue(member.dateOfBirth());
        cin.setLabel(getTranslation("member.field.cin"));
        cin.setId("details-cin");
        cin.setMaxLength(Cin.LENGTH * 2);
        cin.setValue(member.cin());
        county.setLabel(getTranslation("member.field.county"));
        county.setId("details-county");
        county.setItems(Arrays.asList(County.values()));
        county.setItemLabelGenerator(County::displayName);
        county.setValue(member.county());
        preferredLanguage.setLabel(getTranslation("member.field.preferred-language"));
        preferredLanguage.setId("details-language");
        preferredLanguage.setItems(EnrollMemberView.COMMON_LANGUAGES);
        preferredLanguage.setItemLabelGenerator(name -> LanguageNames.label(this, name));
        preferredLanguage.setAllowCustomValue(true);
        preferredLanguage.addCustomValueSetListener(custom -> preferredLanguage.setValue(custom.getDetail()));
        preferredLanguage.setValue(member.preferredLanguage());
        phone.setLabel(getTranslation("details.field.phone"));
        phone.setId("details-phone");
        phone.setHelperText(getTranslation("details.field.phone.hint"));
        phone.setValue(member.phone() == null ? "" : member.phone());
        address.setLabel(getTranslation("details.field.address"));
        address.setId("details-address");
        address.setMaxLength(MemberContact.ADDRESS_MAX_LENGTH * 2);
        address.setValue(member.address() == null ? "" : member.address());

        save.setText(getTranslation("details.save"));
        save.setId("details-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save(member));

        FormLayout form =
                new FormLayout(givenName, familyName, dateOfBirth, cin, county, preferredLanguage, phone, address);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32em", 2));
        Div section = new Div(new Paragraph(getTranslation("details.form.hint")), form, save);
        section.addClassName("section");
        section.setId("details-form");
        return section;
    }

    private Map<String, HasValidation> fields() {
        return Map.of(
                "givenName", givenName,
                "familyName", familyName,
                "dateOfBirth", dateOfBirth,
                "cin", cin,
                "county", county,
                "preferredLanguage", preferredLanguage,
                "phone", phone,
                "address", address,
                "dischargedOn", dischargedOn,
                "reason", reason);
    }

    private void clearErrors() {
        fields().values().forEach(field -> field.setInvalid(false));
    }

    private void save(MemberDetails member) {
        clearErrors();
        change(() -> editDetails.edit(new EditMemberDetailsCommand(
                currentUser.actor(),
                member.id(),
                givenName.getValue(),
                familyName.getValue(),
                dateOfBirth.getValue(),
                cin.getValue(),
                county.getValue(),
                preferredLanguage.getValue(),
                phone.getValue(),
                address.getValue(),
                member.version())));
    }

    private Div dischargeSection(MemberDetails member, boolean mayEdit) {
        Div section = new Div(new H3(getTranslation("details.discharge.title")));
        section.addClassName("section");
        section.setId("details-discharge");
        if (member.discharged()) {
            Paragraph status = new Paragraph(
                    getTranslation("details.discharge.status", member.dischargedOn(), member.dischargeReason()));
            status.setId("details-discharged");
            section.add(status);
            if (mayEdit) {
                readmitButton.setText(getTranslation("details.readmit"));
                readmitButton.setId("details-readmit");
                readmitButton.addClickListener(click -> change(() ->
                        readmit.readmit(new ReadmitMemberCommand(currentUser.actor(), member.id(), member.version()))));
                section.add(readmitButton);
            }
            return section;
        }
        if (!mayEdit) {
            section.add(new Paragraph(getTranslation("details.discharge.active")));
            return section;
        }
        dischargedOn.setLabel(getTranslation("details.field.discharged-on"));
        dischargedOn.setId("details-discharged-on");
        DatePickers.localize(dischargedOn, this);
        reason.setLabel(getTranslation("details.field.reason"));
        reason.setId("details-reason");
        reason.setMaxLength(Discharge.REASON_MAX_LENGTH * 2);
        dischargeButton.setText(getTranslation("details.discharge"));
        dischargeButton.setId("details-discharge-button");
        dischargeButton.addThemeVariants(ButtonVariant.LUMO_ERROR);
        dischargeButton.addClickListener(click -> {
            clearErrors();
            change(() -> discharge.discharge(new DischargeMemberCommand(
                    currentUser.actor(), member.id(), dischargedOn.getValue(), reason.getValue(), member.version())));
        });
        FlexLayout row = new FlexLayout(dischargedOn, reason, dischargeButton);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        row.addClassNames(LumoUtility.Gap.MEDIUM);
        section.add(new Paragraph(getTranslation("details.discharge.hint")), row);
        return section;
    }

    /** Runs a change; on success the page shows the stored member, else words at the field and the input kept. */
    private void change(Runnable change) {
        try {
            change.run();
            DomainErrors.notifySuccess(getTranslation("details.saved"));
            getUI().ifPresent(ui -> ui.refreshCurrentRoute(false));
        } catch (ConcurrentChangeException stale) {
            // Someone else changed the member since this page was shown: nothing is overwritten, the form stays.
            DomainErrors.notifyError(getTranslation(ConcurrentChangeException.CODE));
        } catch (DomainException refused) {
            DomainErrors.show(refused, fields());
        }
    }
}
