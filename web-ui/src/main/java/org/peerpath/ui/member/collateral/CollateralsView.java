package org.peerpath.ui.member.collateral;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.peerpath.application.collateral.port.in.AddCollateralCommand;
import org.peerpath.application.collateral.port.in.AddCollateralUseCase;
import org.peerpath.application.collateral.port.in.AuthorizationSummary;
import org.peerpath.application.collateral.port.in.AuthorizeSharingCommand;
import org.peerpath.application.collateral.port.in.AuthorizeSharingUseCase;
import org.peerpath.application.collateral.port.in.CollateralDetails;
import org.peerpath.application.collateral.port.in.CollateralQueries;
import org.peerpath.application.collateral.port.in.ConsentSummary;
import org.peerpath.application.collateral.port.in.EditCollateralCommand;
import org.peerpath.application.collateral.port.in.EditCollateralUseCase;
import org.peerpath.application.collateral.port.in.EndCollateralCommand;
import org.peerpath.application.collateral.port.in.EndCollateralUseCase;
import org.peerpath.application.collateral.port.in.MemberCollaterals;
import org.peerpath.application.collateral.port.in.RecordPart2ConsentCommand;
import org.peerpath.application.collateral.port.in.RecordPart2ConsentUseCase;
import org.peerpath.application.collateral.port.in.RevokeAuthorizationCommand;
import org.peerpath.application.collateral.port.in.RevokeAuthorizationUseCase;
import org.peerpath.application.collateral.port.in.RevokePart2ConsentCommand;
import org.peerpath.application.collateral.port.in.RevokePart2ConsentUseCase;
import org.peerpath.application.member.port.in.MemberDetails;
import org.peerpath.application.member.port.in.MemberQueries;
import org.peerpath.application.shared.Clocks;
import org.peerpath.application.shared.ConcurrentChangeException;
import org.peerpath.collateral.Relationship;
import org.peerpath.member.Language;
import org.peerpath.member.PersonName;
import org.peerpath.shared.DomainException;
import org.peerpath.shared.Role;
import org.peerpath.ui.member.tab.MemberTabView;
import org.peerpath.ui.security.CurrentUser;
import org.peerpath.ui.shared.DatePickers;
import org.peerpath.ui.shared.DomainErrors;
import org.peerpath.ui.shared.MainLayout;

/**
 * The Collaterals tab: the member's family and other supporters (COL-1) and what the member allows to share with each
 * (COL-3). The care team and admins record authorizations and Part 2 consents; front desk adds and corrects contacts
 * and sees their details only while sharing is authorized (CONF-1, COL-3). A stale save is refused with words and the
 * form keeps what was typed.
 */
@Route(value = "members/:memberId/collaterals", layout = MainLayout.class)
@RolesAllowed({Role.PEER_ROLE, Role.SUPERVISOR_ROLE, Role.BHP_ROLE, Role.STAFF_ROLE, Role.ADMIN_ROLE})
public class CollateralsView extends MemberTabView<MemberDetails> {

    private final CollateralQueries collaterals;
    private final AddCollateralUseCase addCollateral;
    private final EditCollateralUseCase editCollateral;
    private final EndCollateralUseCase endCollateral;
    private final AuthorizeSharingUseCase authorizeSharing;
    private final RevokeAuthorizationUseCase revokeAuthorization;
    private final RecordPart2ConsentUseCase recordConsent;
    private final RevokePart2ConsentUseCase revokeConsent;
    private final Clock clock;

    private final Div formArea = new Div();
    private final Div list = new Div();
    /** Where the open form says that someone else saved first (a stale save); hidden until then. */
    private final Div formRefusal = new Div();

    private @Nullable MemberDetails member;

    CollateralsView(
            MemberQueries members,
            CollateralQueries collaterals,
            AddCollateralUseCase addCollateral,
            EditCollateralUseCase editCollateral,
            EndCollateralUseCase endCollateral,
            AuthorizeSharingUseCase authorizeSharing,
            RevokeAuthorizationUseCase revokeAuthorization,
            RecordPart2ConsentUseCase recordConsent,
            RevokePart2ConsentUseCase revokeConsent,
            CurrentUser currentUser,
            Clock clock) {
        super(members, currentUser, "collaterals.page-title");
        this.clock = clock;
        this.collaterals = collaterals;
        this.addCollateral = addCollateral;
        this.editCollateral = editCollateral;
        this.endCollateral = endCollateral;
        this.authorizeSharing = authorizeSharing;
        this.revokeAuthorization = revokeAuthorization;
        this.recordConsent = recordConsent;
        this.revokeConsent = revokeConsent;
        formArea.setId("collateral-form-area");
        list.setId("collateral-list");
        list.addClassName("collateral-list");
    }

    /** The tab reads its collaterals after drawing, and again after every change ({@link #refreshList}). */
    @Override
    protected Optional<MemberDetails> load(MemberDetails member) {
        return Optional.of(member);
    }

    @Override
    protected void draw(MemberDetails shown, MemberDetails same) {
        member = shown;
        H2 heading = new H2(getTranslation("collaterals.title"));
        heading.addClassName("section");
        Button add = new Button(getTranslation("collaterals.add"), click -> openCollateralForm(null));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setId("add-collateral");
        HorizontalLayout top = new HorizontalLayout(heading, add);
        top.setAlignItems(FlexComponent.Alignment.BASELINE);
        top.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
        top.setWidthFull();
        top.addClassName("collateral-top");
        add(top, formArea, list);
        refreshList();
    }

    private void refreshList() {
        list.removeAll();
        if (member == null) {
            return;
        }
        Optional<MemberCollaterals> found = collaterals.collaterals(currentUser.actor(), member.id());
        if (found.isEmpty()) {
            return;
        }
        MemberCollaterals shown = found.get();
        if (!shown.careTeamView()) {
            list.add(new Paragraph(getTranslation("collaterals.intro.front-desk")));
        }
        if (shown.collaterals().isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("collaterals.empty"));
            empty.setId("collaterals-empty");
            list.add(empty);
        }
        for (CollateralDetails collateral : shown.collaterals()) {
            list.add(card(collateral, shown));
        }
    }

    private Div card(CollateralDetails collateral, MemberCollaterals shown) {
        Div card = CollateralCards.card(collateral, this);
        if (shown.careTeamView()) {
            card.add(authorizations(collateral));
            if (shown.part2Member()) {
                card.add(consents(collateral));
            }
        }
        if (!collateral.ended()) {
            card.add(actions(collateral, shown));
        }
        return card;
    }

    private Div actions(CollateralDetails collateral, MemberCollaterals shown) {
        String id = collateral.id().value().toString();
        Div actions = new Div();
        actions.addClassName("collateral-actions");
        if (shown.careTeamView() || collateral.contactShown()) {
            actions.add(small("collateral.edit", "edit-" + id, () -> openCollateralForm(collateral)));
        }
        if (shown.careTeamView()) {
            actions.add(small("collateral.authorize", "authorize-" + id, () -> openAuthorizationForm(collateral)));
            if (shown.part2Member()) {
                actions.add(
                        small("collateral.consent.record", "consent-" + id, () -> openConsentForm(collateral, shown)));
            }
        }
        actions.add(small("collateral.end", "end-" + id, () -> openEndForm(collateral)));
        return actions;
    }

    private Button small(String labelKey, String id, Runnable action) {
        Button button = new Button(getTranslation(labelKey), click -> action.run());
        button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        button.setId(id);
        return button;
    }

    private Div authorizations(CollateralDetails collateral) {
        Div box = new Div();
        box.addClassName("collateral-authorizations");
        Span label = new Span(getTranslation("collateral.authorizations.title"));
        label.addClassName("member-fact-label");
        box.add(label);
        if (collateral.authorizations().isEmpty()) {
            box.add(new Paragraph(getTranslation("collateral.authorizations.none")));
        }
        for (AuthorizationSummary authorization : collateral.authorizations()) {
            Span text = new Span(
                    authorization.expiresOn() == null
                            ? getTranslation(
                                    "collateral.authorization.open", authorization.scope(), authorization.grantedOn())
                            : getTranslation(
                                    "collateral.authorization.until",
                                    authorization.scope(),
                                    authorization.grantedOn(),
                                    authorization.expiresOn()));
            Div row = new Div(text);
            row.addClassName("collateral-authorization");
            if (authorization.revokedOn() != null) {
                row.add(new Span(
                        " · " + getTranslation("collateral.authorization.revoked-on", authorization.revokedOn())));
            }
            Span status = new Span(getTranslation("collateral.sharing." + authorization.status()));
            status.addClassNames(
                    "badge", "badge-sharing-" + authorization.status().name().toLowerCase(java.util.Locale.ROOT));
            row.add(status);
            if (authorization.revokedOn() == null && !collateral.ended()) {
                Button revoke = small(
                        "collateral.authorization.revoke",
                        "revoke-" + authorization.id(),
                        () -> openRevokeForm(collateral, authorization));
                revoke.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
                row.add(revoke);
            }
            box.add(row);
        }
        return box;
    }

    private Div consents(CollateralDetails collateral) {
        Div box = new Div();
        box.addClassName("collateral-consents");
        Span label = new Span(getTranslation("collateral.consents.title"));
        label.addClassName("member-fact-label");
        box.add(label);
        if (collateral.consents().isEmpty()) {
            box.add(new Paragraph(getTranslation("collateral.consents.none")));
        }
        for (ConsentSummary consent : collateral.consents()) {
            String key = consent.inForce() ? "collateral.consent.in-force" : "collateral.consent.not-in-force";
            Div row = new Div(new Span(getTranslation(
                    consent.namesClass() ? key.replace("consent.", "consent.class.") : key,
                    consent.namedPerson(),
                    consent.signedOn())));
            row.addClassName("collateral-consent");
            if (consent.revokedOn() != null) {
                row.add(new Span(" · " + getTranslation("collateral.consent.revoked-on", consent.revokedOn())));
            } else if (!collateral.ended()) {
                // COL-3: the member may withdraw a consent; it then permits nothing from that date on.
                Button revoke = small(
                        "collateral.consent.revoke",
                        "revoke-consent-" + consent.id(),
                        () -> openConsentRevokeForm(collateral, consent));
                revoke.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
                row.add(revoke);
            }
            box.add(row);
        }
        return box;
    }

    // The forms. Each keeps what was typed when a save is refused, stale or not.

    private void openCollateralForm(@Nullable CollateralDetails editing) {
        formArea.removeAll();
        TextField givenName = new TextField(getTranslation("collateral.field.given-name"));
        givenName.setId("collateral-given-name");
        givenName.setMaxLength(PersonName.MAX_LENGTH);
        TextField familyName = new TextField(getTranslation("collateral.field.family-name"));
        familyName.setId("collateral-family-name");
        familyName.setMaxLength(PersonName.MAX_LENGTH);
        ComboBox<Relationship> relationship = new ComboBox<>(getTranslation("collateral.field.relationship"));
        relationship.setItems(Arrays.asList(Relationship.values()));
        relationship.setItemLabelGenerator(r -> getTranslation("collateral.relationship." + r));
        relationship.setId("collateral-relationship");
        TextField phone = new TextField(getTranslation("collateral.field.phone"));
        phone.setId("collateral-phone");
        phone.setMaxLength(20);
        TextField email = new TextField(getTranslation("collateral.field.email"));
        email.setId("collateral-email");
        email.setMaxLength(254);
        TextField address = new TextField(getTranslation("collateral.field.address"));
        address.setId("collateral-address");
        address.setMaxLength(300);
        TextField language = new TextField(getTranslation("collateral.field.language"));
        language.setId("collateral-language");
        language.setMaxLength(Language.MAX_LENGTH);
        language.setHelperText(getTranslation("collateral.field.language.helper"));

        Binder<CollateralFormData> binder = new Binder<>();
        binder.forField(givenName)
                .asRequired(getTranslation("collateral.field.given-name.required"))
                .bind(CollateralFormData::getGivenName, CollateralFormData::setGivenName);
        binder.forField(familyName)
                .asRequired(getTranslation("collateral.field.family-name.required"))
                .bind(CollateralFormData::getFamilyName, CollateralFormData::setFamilyName);
        binder.forField(relationship)
                .asRequired(getTranslation("collateral.field.relationship.required"))
                .bind(CollateralFormData::getRelationship, CollateralFormData::setRelationship);
        binder.forField(phone).bind(CollateralFormData::getPhone, CollateralFormData::setPhone);
        binder.forField(email).bind(CollateralFormData::getEmail, CollateralFormData::setEmail);
        binder.forField(address).bind(CollateralFormData::getAddress, CollateralFormData::setAddress);
        binder.forField(language)
                .asRequired(getTranslation("collateral.field.language.required"))
                .bind(CollateralFormData::getLanguage, CollateralFormData::setLanguage);
        binder.readBean(editing == null ? new CollateralFormData() : CollateralFormData.of(editing));

        Map<String, HasValidation> fields = Map.of(
                "givenName", givenName,
                "familyName", familyName,
                "relationship", relationship,
                "phone", phone,
                "email", email,
                "address", address,
                "preferredLanguage", language);
        Button save = new Button(getTranslation("collateral.save"), click -> {
            CollateralFormData data = new CollateralFormData();
            if (!binder.writeBeanIfValid(data)) {
                return;
            }
            attempt(fields, () -> {
                if (editing == null) {
                    addCollateral.add(new AddCollateralCommand(currentUser.actor(), member().id(), data.toEntry()));
                    return getTranslation("collateral.added", data.getGivenName() + " " + data.getFamilyName());
                }
                editCollateral.edit(new EditCollateralCommand(
                        currentUser.actor(), editing.id(), editing.version(), data.toEntry()));
                return getTranslation("collateral.changed", data.getGivenName() + " " + data.getFamilyName());
            });
        });
        save.setId("collateral-save");
        FormLayout form = new FormLayout(givenName, familyName, relationship, language, phone, email, address);
        form.setColspan(address, 2);
        showForm(
                editing == null
                        ? getTranslation("collateral.form.add-title")
                        : getTranslation("collateral.form.edit-title", editing.fullName()),
                form,
                save);
        givenName.focus();
    }

    private void openAuthorizationForm(CollateralDetails collateral) {
        formArea.removeAll();
        TextField scope = new TextField(getTranslation("collateral.field.scope"));
        scope.setId("authorization-scope");
        scope.setMaxLength(200);
        scope.setHelperText(getTranslation("collateral.field.scope.helper"));
        scope.setRequiredIndicatorVisible(true);
        DatePicker grantedOn = datePicker("collateral.field.granted-on", "authorization-granted-on");
        grantedOn.setValue(today());
        grantedOn.setRequiredIndicatorVisible(true);
        DatePicker expiresOn = datePicker("collateral.field.expires-on", "authorization-expires-on");
        Map<String, HasValidation> fields = Map.of("scope", scope, "grantedOn", grantedOn, "expiresOn", expiresOn);
        Button save = new Button(getTranslation("collateral.save"), click -> {
            if (grantedOn.isInvalid() || expiresOn.isInvalid()) {
                return;
            }
            attempt(fields, () -> {
                authorizeSharing.authorize(new AuthorizeSharingCommand(
                        currentUser.actor(),
                        collateral.id(),
                        collateral.version(),
                        scope.getValue(),
                        grantedOn.getValue(),
                        expiresOn.getValue()));
                return getTranslation("collateral.authorized", collateral.fullName());
            });
        });
        save.setId("authorization-save");
        showForm(
                getTranslation("collateral.form.authorize-title", collateral.fullName()),
                new FormLayout(scope, grantedOn, expiresOn),
                save);
    }

    private void openRevokeForm(CollateralDetails collateral, AuthorizationSummary authorization) {
        openDateForm(
                getTranslation("collateral.form.revoke-title", authorization.scope(), collateral.fullName()),
                "collateral.field.revoked-on",
                "authorization-revoked-on",
                "revokedOn",
                "collateral.authorization.revoke",
                "revoke-save",
                revokedOn -> {
                    revokeAuthorization.revoke(new RevokeAuthorizationCommand(
                            currentUser.actor(), collateral.id(), collateral.version(), authorization.id(), revokedOn));
                    return getTranslation("collateral.revoked", collateral.fullName());
                });
    }

    private void openConsentRevokeForm(CollateralDetails collateral, ConsentSummary consent) {
        openDateForm(
                getTranslation("collateral.form.consent-revoke-title", consent.namedPerson()),
                "collateral.field.revoked-on",
                "consent-revoked-on",
                "revokedOn",
                "collateral.consent.revoke",
                "consent-revoke-save",
                revokedOn -> {
                    revokeConsent.revoke(new RevokePart2ConsentCommand(
                            currentUser.actor(), collateral.id(), collateral.version(), consent.id(), revokedOn));
                    return getTranslation("collateral.consent.revoked", consent.namedPerson());
                });
    }

    private void openEndForm(CollateralDetails collateral) {
        openDateForm(
                getTranslation("collateral.form.end-title", collateral.fullName()),
                "collateral.field.ends-on",
                "collateral-ends-on",
                "endsOn",
                "collateral.end",
                "end-save",
                endsOn -> {
                    endCollateral.end(new EndCollateralCommand(
                            currentUser.actor(), collateral.id(), collateral.version(), endsOn));
                    return getTranslation("collateral.ended", collateral.fullName());
                });
    }

    /**
     * A form of one required date, today by default (withdrawing an authorization or a consent, ending a contact):
     * {@code change} makes the change for the date chosen and returns the words that say it is done.
     */
    private void openDateForm(
            String heading,
            String labelKey,
            String pickerId,
            String fieldName,
            String saveKey,
            String saveId,
            java.util.function.Function<@Nullable LocalDate, String> change) {
        formArea.removeAll();
        DatePicker date = datePicker(labelKey, pickerId);
        date.setValue(today());
        date.setRequiredIndicatorVisible(true);
        Button save = new Button(getTranslation(saveKey), click -> {
            if (date.isInvalid()) {
                return;
            }
            attempt(Map.of(fieldName, date), () -> change.apply(date.getValue()));
        });
        save.setId(saveId);
        showForm(heading, new FormLayout(date), save);
    }

    private void openConsentForm(CollateralDetails collateral, MemberCollaterals all) {
        formArea.removeAll();
        TextField namedPerson = new TextField(getTranslation("collateral.field.named-person"));
        namedPerson.setId("consent-named-person");
        namedPerson.setMaxLength(160);
        namedPerson.setValue(collateral.fullName());
        namedPerson.setHelperText(getTranslation("collateral.field.named-person.helper"));
        DatePicker signedOn = datePicker("collateral.field.signed-on", "consent-signed-on");
        signedOn.setValue(today());
        DatePicker expiresOn = datePicker("collateral.field.expires-on", "consent-expires-on");
        // COL-3: a consent may name a class of persons; it then covers this collateral and exactly the others ticked.
        Checkbox namesClass = new Checkbox(getTranslation("collateral.field.names-class"));
        namesClass.setId("consent-names-class");
        CheckboxGroup<CollateralDetails> alsoCovers =
                new CheckboxGroup<>(getTranslation("collateral.field.also-covers"));
        alsoCovers.setId("consent-also-covers");
        alsoCovers.setItems(all.collaterals().stream()
                .filter(other -> !other.id().equals(collateral.id()) && other.endedOn() == null)
                .toList());
        alsoCovers.setItemLabelGenerator(CollateralDetails::fullName);
        alsoCovers.setHelperText(getTranslation("collateral.field.also-covers.helper", collateral.fullName()));
        alsoCovers.setVisible(false);
        namesClass.addValueChangeListener(change -> {
            alsoCovers.setVisible(change.getValue());
            namedPerson.setLabel(getTranslation(
                    change.getValue() ? "collateral.field.class-of-persons" : "collateral.field.named-person"));
            if (change.getValue() && namedPerson.getValue().equals(collateral.fullName())) {
                namedPerson.clear();
            }
        });
        Map<String, HasValidation> fields =
                Map.of("namedPerson", namedPerson, "signedOn", signedOn, "expiresOn", expiresOn);
        Button save = new Button(getTranslation("collateral.save"), click -> {
            if (signedOn.isInvalid() || expiresOn.isInvalid()) {
                return;
            }
            attempt(fields, () -> {
                boolean names = namesClass.getValue();
                recordConsent.record(new RecordPart2ConsentCommand(
                        currentUser.actor(),
                        collateral.id(),
                        collateral.version(),
                        namedPerson.getValue(),
                        signedOn.getValue(),
                        expiresOn.getValue(),
                        names,
                        names
                                ? alsoCovers.getValue().stream()
                                        .map(CollateralDetails::id)
                                        .toList()
                                : java.util.List.of()));
                return getTranslation("collateral.consent.recorded", namedPerson.getValue());
            });
        });
        save.setId("consent-save");
        FormLayout form = new FormLayout(namesClass, namedPerson, signedOn, expiresOn, alsoCovers);
        form.setColspan(namesClass, 2);
        form.setColspan(alsoCovers, 2);
        showForm(getTranslation("collateral.form.consent-title", collateral.fullName()), form, save);
    }

    private DatePicker datePicker(String labelKey, String id) {
        DatePicker picker = new DatePicker(getTranslation(labelKey));
        DatePickers.localize(picker, this);
        picker.setId(id);
        return picker;
    }

    private void showForm(String heading, Component form, Button save) {
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("collateral.cancel"), click -> formArea.removeAll());
        cancel.setId("collateral-cancel");
        HorizontalLayout buttons = new HorizontalLayout(save, cancel);
        formRefusal.removeAll();
        formRefusal.setId("collateral-form-refusal");
        formRefusal.addClassName("collateral-form-refusal");
        formRefusal.getElement().setAttribute("role", "alert");
        formRefusal.setVisible(false);
        Div box = new Div(new H3(heading), form, formRefusal, buttons);
        box.addClassNames("collateral-form", "section");
        formArea.add(box);
    }

    /** Runs a change; on success tells so and shows the list again, on refusal puts the words where they belong. */
    private void attempt(Map<String, HasValidation> fields, java.util.function.Supplier<String> change) {
        fields.values().forEach(field -> field.setInvalid(false));
        formRefusal.setVisible(false);
        try {
            String done = change.get();
            DomainErrors.notifySuccess(done);
            formArea.removeAll();
            refreshList();
        } catch (ConcurrentChangeException stale) {
            // Someone saved this collateral since the page was shown: nothing is overwritten, the form stays filled
            // and says so where the person is looking, with a way to reload.
            DomainErrors.notifyError(getTranslation(ConcurrentChangeException.CODE));
            showStale();
        } catch (DomainException refused) {
            DomainErrors.show(refused, fields);
        }
    }

    private void showStale() {
        formRefusal.removeAll();
        Paragraph text = new Paragraph(getTranslation("collateral.stale"));
        text.setId("collateral-stale");
        Button reload = new Button(
                getTranslation("collateral.reload"), click -> getUI().ifPresent(ui -> ui.refreshCurrentRoute(false)));
        reload.setId("collateral-reload");
        reload.addThemeVariants(ButtonVariant.LUMO_SMALL);
        formRefusal.add(text, reload);
        formRefusal.setVisible(true);
    }

    private MemberDetails member() {
        if (member == null) {
            throw new IllegalStateException("no member shown");
        }
        return member;
    }

    private LocalDate today() {
        return Clocks.today(clock);
    }
}
