package org.peerpath.ui.member;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.peerpath.application.member.port.in.EnrollMemberUseCase;
import org.peerpath.application.shared.Clocks;
import org.peerpath.member.Cin;
import org.peerpath.member.Language;
import org.peerpath.member.MemberId;
import org.peerpath.member.PersonName;
import org.peerpath.shared.County;
import org.peerpath.shared.DeliverySystem;
import org.peerpath.shared.DomainException;
import org.peerpath.shared.Role;
import org.peerpath.ui.security.CurrentUser;
import org.peerpath.ui.shared.DomainErrors;

/** Front desk enrolls a member (MEM-1). The domain has the last word on every field; the form says it early. */
@Route("members/new")
@RolesAllowed({Role.STAFF_ROLE, Role.ADMIN_ROLE})
public class EnrollMemberView extends Main implements HasDynamicTitle {

    static final List<String> COMMON_LANGUAGES = List.of(
            "English",
            "Spanish",
            "Vietnamese",
            "Tagalog",
            "Chinese (Cantonese)",
            "Chinese (Mandarin)",
            "Hmong",
            "Korean",
            "Russian",
            "Arabic",
            "Armenian",
            "Farsi",
            "Punjabi",
            "American Sign Language");

    final TextField givenName = new TextField();
    final TextField familyName = new TextField();
    final DatePicker dateOfBirth = new DatePicker();
    final TextField cin = new TextField();
    final ComboBox<County> county = new ComboBox<>();
    final CheckboxGroup<DeliverySystem> deliverySystems = new CheckboxGroup<>();
    final ComboBox<String> preferredLanguage = new ComboBox<>();
    final Button enroll = new Button();

    private final Binder<MemberFormData> binder = new Binder<>();
    private final EnrollMemberUseCase enrollMember;
    private final CurrentUser currentUser;

    EnrollMemberView(EnrollMemberUseCase enrollMember, CurrentUser currentUser, Clock clock) {
        this.enrollMember = enrollMember;
        this.currentUser = currentUser;
        addClassNames("page", LumoUtility.MaxWidth.SCREEN_MEDIUM);

        LocalDate today = Clocks.today(clock);
        givenName.setLabel(getTranslation("member.field.given-name"));
        givenName.setMaxLength(PersonName.MAX_LENGTH);
        familyName.setLabel(getTranslation("member.field.family-name"));
        familyName.setMaxLength(PersonName.MAX_LENGTH);
        dateOfBirth.setLabel(getTranslation("member.field.date-of-birth"));
        dateOfBirth.setMax(today);
        dateOfBirth.setInitialPosition(today.minusYears(30));
        dateOfBirth.setI18n(new DatePicker.DatePickerI18n().setDateFormat("MM/dd/yyyy"));
        dateOfBirth.setHelperText(getTranslation("member.field.date-of-birth.helper"));
        cin.setLabel(getTranslation("member.field.cin"));
        cin.setMaxLength(Cin.LENGTH);
        cin.setHelperText(getTranslation("member.field.cin.helper"));
        cin.setId("cin");
        county.setLabel(getTranslation("member.field.county"));
        county.setItems(Arrays.asList(County.values()));
        county.setItemLabelGenerator(County::displayName);
        deliverySystems.setLabel(getTranslation("member.field.delivery-systems"));
        deliverySystems.setItems(DeliverySystem.values());
        deliverySystems.setItemLabelGenerator(
                system -> system.label() + " (" + system.name().replace('_', '-') + ")");
        preferredLanguage.setLabel(getTranslation("member.field.preferred-language"));
        preferredLanguage.setItems(COMMON_LANGUAGES);
        preferredLanguage.setAllowCustomValue(true);
        preferredLanguage.addCustomValueSetListener(custom -> preferredLanguage.setValue(custom.getDetail()));

        bindFields();

        enroll.setText(getTranslation("member.enroll.submit"));
        enroll.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        enroll.addClickListener(click -> submit());
        enroll.setId("enroll-submit");
        Button cancel = new Button(
                getTranslation("action.cancel"),
                click -> click.getSource().getUI().ifPresent(ui -> ui.navigate(MembersView.class)));

        FormLayout form = new FormLayout(givenName, familyName, dateOfBirth, cin, county, preferredLanguage);
        form.add(deliverySystems, 2);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32em", 2));
        HorizontalLayout actions = new HorizontalLayout(enroll, cancel);
        actions.addClassNames(LumoUtility.Margin.Top.MEDIUM);
        add(new H2(getTranslation("member.enroll.title")), form, actions);

        binder.readBean(new MemberFormData());
    }

    private void bindFields() {
        binder.forField(givenName)
                .asRequired(getTranslation("member.field.given-name.required"))
                .bind(MemberFormData::getGivenName, MemberFormData::setGivenName);
        binder.forField(familyName)
                .asRequired(getTranslation("member.field.family-name.required"))
                .bind(MemberFormData::getFamilyName, MemberFormData::setFamilyName);
        binder.forField(dateOfBirth)
                .asRequired(getTranslation("member.field.date-of-birth.required"))
                .bind(MemberFormData::getDateOfBirth, MemberFormData::setDateOfBirth);
        binder.forField(cin)
                .asRequired(getTranslation("member.field.cin.required"))
                .withValidator(typed -> isCin(typed), getTranslation("member.field.cin.format"))
                .bind(MemberFormData::getCin, MemberFormData::setCin);
        binder.forField(county)
                .asRequired(getTranslation("member.field.county.required"))
                .bind(MemberFormData::getCounty, MemberFormData::setCounty);
        binder.forField(deliverySystems)
                .asRequired(getTranslation("member.field.delivery-systems.required"))
                .bind(MemberFormData::getDeliverySystems, MemberFormData::setDeliverySystems);
        binder.forField(preferredLanguage)
                .asRequired(getTranslation("member.field.preferred-language.required"))
                .withValidator(
                        typed -> typed.strip().length() <= Language.MAX_LENGTH,
                        getTranslation("member.field.preferred-language.length"))
                .bind(MemberFormData::getPreferredLanguage, MemberFormData::setPreferredLanguage);
    }

    private static boolean isCin(String typed) {
        try {
            new Cin(typed);
            return true;
        } catch (DomainException invalid) {
            return false;
        }
    }

    void submit() {
        MemberFormData data = new MemberFormData();
        if (!binder.writeBeanIfValid(data)) {
            return;
        }
        try {
            MemberId id = enrollMember.enroll(data.toCommand(currentUser.actor()));
            DomainErrors.notifySuccess(
                    getTranslation("member.enroll.done", givenName.getValue().strip()));
            getUI().ifPresent(ui -> ui.navigate(MemberView.class, new RouteParameters("memberId", id.toString())));
        } catch (DomainException refused) {
            DomainErrors.show(refused, fieldsByName());
        }
    }

    private Map<String, HasValidation> fieldsByName() {
        return Map.of(
                "givenName", givenName,
                "familyName", familyName,
                "dateOfBirth", dateOfBirth,
                "cin", cin,
                "county", county,
                "deliverySystems", deliverySystems,
                "preferredLanguage", preferredLanguage);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("member.enroll.title") + " · " + getTranslation("app.name");
    }
}
