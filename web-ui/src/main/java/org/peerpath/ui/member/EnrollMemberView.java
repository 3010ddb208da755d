package org.peerpath.ui.member;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.data.binder.Validator;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
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
import org.peerpath.ui.form.UnsavedChangesGuard;
import org.peerpath.ui.security.CurrentUser;
import org.peerpath.ui.shared.DatePickers;
import org.peerpath.ui.shared.DomainErrors;
import org.peerpath.ui.shared.TypedText;

/** Front desk enrolls a member (MEM-1). The domain has the last word on every field; the form says it early. */
@Route("members/new")
@RolesAllowed({Role.STAFF_ROLE, Role.ADMIN_ROLE})
public class EnrollMemberView extends Main implements BeforeLeaveObserver, HasDynamicTitle {

    /** The earliest birth date the form takes; the domain refuses more than 120 years ago (MEM-1). */
    static final LocalDate EARLIEST_BIRTH_DATE = LocalDate.of(1900, 1, 1);

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
    private boolean enrolled;
    private final UnsavedChangesGuard leaving =
            UnsavedChangesGuard.of(this, () -> !enrolled && binder.hasChanges()).withTexts("member.enroll.leave");

    EnrollMemberView(EnrollMemberUseCase enrollMember, CurrentUser currentUser, Clock clock) {
        this.enrollMember = enrollMember;
        this.currentUser = currentUser;
        addClassNames("page", LumoUtility.MaxWidth.SCREEN_MEDIUM);

        LocalDate today = Clocks.today(clock);
        LocalDate earliest =
                today.minusYears(120).isAfter(EARLIEST_BIRTH_DATE) ? today.minusYears(120) : EARLIEST_BIRTH_DATE;
        nameField(givenName, "member.field.given-name");
        nameField(familyName, "member.field.family-name");
        dateOfBirth.setLabel(getTranslation("member.field.date-of-birth"));
        dateOfBirth.setMin(earliest);
        dateOfBirth.setMax(today);
        dateOfBirth.setInitialPosition(today.minusYears(30));
        DatePickers.localize(dateOfBirth, this);
        dateOfBirth.setI18n(DatePickers.i18n(this)
                .setRequiredErrorMessage(getTranslation("member.field.date-of-birth.required"))
                .setBadInputErrorMessage(getTranslation("member.field.date-of-birth.bad-input"))
                .setMaxErrorMessage(getTranslation("member.field.date-of-birth.future"))
                .setMinErrorMessage(getTranslation("member.field.date-of-birth.too-early", earliest)));
        dateOfBirth.setHelperText(getTranslation("member.field.date-of-birth.helper"));
        dateOfBirth.setId("date-of-birth");
        cin.setLabel(getTranslation("member.field.cin"));
        // Room to paste a little too much: the format check then says so, where maxlength would cut silently.
        cin.setMaxLength(Cin.LENGTH * 2);
        cin.setValueChangeMode(ValueChangeMode.LAZY);
        cin.setHelperText(getTranslation("member.field.cin.helper"));
        cin.setId("cin");
        county.setLabel(getTranslation("member.field.county"));
        county.setItems(Arrays.asList(County.values()));
        county.setItemLabelGenerator(County::displayName);
        deliverySystems.setLabel(getTranslation("member.field.delivery-systems.group"));
        deliverySystems.setId("delivery-systems");
        deliverySystems.setItems(DeliverySystem.values());
        deliverySystems.setItemLabelGenerator(system -> getTranslation("delivery-system." + system.name()) + " ("
                + system.name().replace('_', '-') + ")");
        preferredLanguage.setLabel(getTranslation("member.field.preferred-language"));
        preferredLanguage.setItems(COMMON_LANGUAGES);
        preferredLanguage.setItemLabelGenerator(name -> LanguageNames.label(this, name));
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
        cancel.setId("enroll-cancel");

        FormLayout form = new FormLayout(givenName, familyName, dateOfBirth, cin, county, preferredLanguage);
        form.add(deliverySystems, 2);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32em", 2));
        HorizontalLayout actions = new HorizontalLayout(enroll, cancel);
        actions.addClassNames(LumoUtility.Margin.Top.MEDIUM);
        H1 title = new H1(getTranslation("member.enroll.title"));
        title.addClassName("view-title");
        add(title, form, actions);

        binder.readBean(new MemberFormData());
    }

    private void bindFields() {
        binder.forField(givenName)
                .asRequired(typedText("member.field.given-name", PersonName.MAX_LENGTH))
                .bind(MemberFormData::getGivenName, MemberFormData::setGivenName);
        binder.forField(familyName)
                .asRequired(typedText("member.field.family-name", PersonName.MAX_LENGTH))
                .bind(MemberFormData::getFamilyName, MemberFormData::setFamilyName);
        binder.forField(dateOfBirth)
                .asRequired((date, context) -> {
                    // The picker's own check first: a typed date that does not exist ("31/02/2020"), before the
                    // earliest or after today, each with its words; then "required".
                    ValidationResult picker = dateOfBirth.getDefaultValidator().apply(date, context);
                    if (picker.isError() || date != null) {
                        return picker;
                    }
                    return ValidationResult.error(getTranslation("member.field.date-of-birth.required"));
                })
                .bind(MemberFormData::getDateOfBirth, MemberFormData::setDateOfBirth);
        binder.forField(cin)
                .asRequired(getTranslation("member.field.cin.required"))
                .withValidator(typed -> isCin(typed), getTranslation("member.field.cin.format"))
                .bind(MemberFormData::getCin, MemberFormData::setCin);
        binder.forField(county)
                .asRequired(getTranslation("member.field.county.required"))
                .bind(MemberFormData::getCounty, MemberFormData::setCounty);
        binder.forField(deliverySystems)
                // Not asRequired: a checkbox group marked required carries aria-required, which its group role does
                // not allow (axe: aria-allowed-attr, critical). Its label says "at least one"; this check still runs.
                .withValidator(chosen -> !chosen.isEmpty(), getTranslation("member.field.delivery-systems.required"))
                .bind(MemberFormData::getDeliverySystems, MemberFormData::setDeliverySystems);
        binder.forField(preferredLanguage)
                .asRequired(typedText("member.field.preferred-language", Language.MAX_LENGTH))
                .bind(MemberFormData::getPreferredLanguage, MemberFormData::setPreferredLanguage);
    }

    private void nameField(TextField field, String key) {
        field.setLabel(getTranslation(key));
        field.setHelperText(getTranslation("member.field.name.helper", PersonName.MAX_LENGTH));
        // Never the column's length as maxlength: the browser would cut a pasted name without a word.
        field.setMaxLength(PersonName.MAX_LENGTH * 4);
        field.setValueChangeMode(ValueChangeMode.LAZY);
    }

    /**
     * Words at the field for every way typed text can be wrong (nothing visible, hidden control characters, too
     * long), checked for every field at once when the form is sent. {@code key} names the field's texts.
     */
    private Validator<String> typedText(String key, int maxLength) {
        return (typed, context) -> TypedText.problem(typed, maxLength)
                .map(problem -> ValidationResult.error(
                        switch (problem) {
                            case NOTHING_VISIBLE -> getTranslation(key + ".required");
                            case CONTROL_CHARACTERS -> getTranslation("member.field.control-characters");
                            case TOO_LONG ->
                                getTranslation("member.field.too-long", maxLength, TypedText.length(typed));
                        }))
                .orElseGet(ValidationResult::ok);
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
            binder.validate(); // every field with a problem shows it, not only the first
            return;
        }
        try {
            MemberId id = enrollMember.enroll(data.toCommand(currentUser.actor()));
            enrolled = true;
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

    /** Leaving with unsaved input asks first (a click on the menu, Cancel, Back). */
    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        leaving.beforeLeave(event);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("member.enroll.title") + " · " + getTranslation("app.name");
    }
}
