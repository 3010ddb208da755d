package org.peerpath.ui.member.claimrecord;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.peerpath.application.claimrecord.port.in.ClaimRecordQueries;
import org.peerpath.application.claimrecord.port.in.MemberClaimRecordsDetails;
import org.peerpath.application.claimrecord.port.in.MemberClaimRecordsDetails.ConsentEntry;
import org.peerpath.application.claimrecord.port.in.MemberClaimRecordsDetails.DiagnosisEntry;
import org.peerpath.application.claimrecord.port.in.RecordDiagnosisCommand;
import org.peerpath.application.claimrecord.port.in.RecordDiagnosisUseCase;
import org.peerpath.application.claimrecord.port.in.RecordTelehealthConsentCommand;
import org.peerpath.application.claimrecord.port.in.RecordTelehealthConsentUseCase;
import org.peerpath.application.claimrecord.port.in.WithdrawTelehealthConsentCommand;
import org.peerpath.application.claimrecord.port.in.WithdrawTelehealthConsentUseCase;
import org.peerpath.application.member.port.in.MemberDetails;
import org.peerpath.application.member.port.in.MemberQueries;
import org.peerpath.application.shared.ConcurrentChangeException;
import org.peerpath.service.ConsentMethod;
import org.peerpath.service.Modality;
import org.peerpath.shared.DomainException;
import org.peerpath.shared.Role;
import org.peerpath.ui.language.Languages;
import org.peerpath.ui.member.tab.MemberTabView;
import org.peerpath.ui.security.CurrentUser;
import org.peerpath.ui.shared.DatePickers;
import org.peerpath.ui.shared.DomainErrors;
import org.peerpath.ui.shared.MainLayout;

/**
 * The Diagnosis &amp; consent tab: the member's diagnosis for claim lines in force today and its history (RPT-2), and
 * the telehealth consents with their dates (SVC-5), with forms to record them. Clinical: the care team and admins only
 * (CONF-2). A diagnosis is recorded by a BHP on the care team or an admin (an assumption, said on the page).
 */
@Route(value = "members/:memberId/claim-records", layout = MainLayout.class)
@RolesAllowed({Role.PEER_ROLE, Role.SUPERVISOR_ROLE, Role.BHP_ROLE, Role.ADMIN_ROLE})
public class ClaimRecordsView extends MemberTabView<MemberClaimRecordsDetails> {

    private final ClaimRecordQueries queries;
    private final RecordDiagnosisUseCase recordDiagnosis;
    private final RecordTelehealthConsentUseCase recordConsent;
    private final WithdrawTelehealthConsentUseCase withdrawConsent;

    final Paragraph currentDiagnosis = new Paragraph();
    final UnorderedList diagnosisHistory = new UnorderedList();
    final TextField diagnosisCode = new TextField();
    final DatePicker diagnosisFrom = new DatePicker();
    final Button saveDiagnosis = new Button();
    final UnorderedList consentList = new UnorderedList();
    final Select<Modality> consentModality = new Select<>();
    final Select<ConsentMethod> consentMethod = new Select<>();
    final DatePicker consentGivenOn = new DatePicker();
    final Button saveConsent = new Button();
    final Select<ConsentEntry> openConsent = new Select<>();
    final DatePicker withdrawnOn = new DatePicker();
    final Button withdraw = new Button();

    ClaimRecordsView(
            MemberQueries members,
            ClaimRecordQueries queries,
            RecordDiagnosisUseCase recordDiagnosis,
            RecordTelehealthConsentUseCase recordConsent,
            WithdrawTelehealthConsentUseCase withdrawConsent,
            CurrentUser currentUser) {
        super(members, currentUser, "claimrecords.page-title");
        this.queries = queries;
        this.recordDiagnosis = recordDiagnosis;
        this.recordConsent = recordConsent;
        this.withdrawConsent = withdrawConsent;
    }

    @Override
    protected Optional<MemberClaimRecordsDetails> load(MemberDetails member) {
        return queries.records(currentUser.actor(), member.id());
    }

    @Override
    protected void draw(MemberDetails member, MemberClaimRecordsDetails records) {
        H2 heading = new H2(getTranslation("claimrecords.title"));
        heading.addClassName("section");
        add(heading, diagnosisSection(records), consentSection(records));
    }

    // ---- RPT-2 diagnosis

    private Div diagnosisSection(MemberClaimRecordsDetails records) {
        currentDiagnosis.setId("current-diagnosis");
        DiagnosisEntry current = records.current();
        if (current == null) {
            currentDiagnosis.setText(getTranslation("claimrecords.diagnosis.none"));
            currentDiagnosis.addClassName("claim-records-missing");
        } else {
            currentDiagnosis.setText(
                    getTranslation("claimrecords.diagnosis.current", current.code(), date(current.effectiveOn())));
        }
        diagnosisHistory.setId("diagnosis-history");
        diagnosisHistory.addClassName("claim-records-list");
        records.history()
                .forEach(d -> diagnosisHistory.add(new ListItem(getTranslation(
                        "claimrecords.diagnosis.entry", d.code(), date(d.effectiveOn()), d.recordedBy()))));
        Div section = new Div(
                new H3(getTranslation("claimrecords.diagnosis.title")),
                currentDiagnosis,
                assumption("claimrecords.diagnosis.who"));
        section.addClassName("section");
        section.setId("diagnosis-section");
        if (!records.history().isEmpty()) {
            section.add(new H3(getTranslation("claimrecords.diagnosis.history")), diagnosisHistory);
        }
        if (records.mayRecordDiagnosis()) {
            section.add(diagnosisForm(records));
        }
        return section;
    }

    private Div diagnosisForm(MemberClaimRecordsDetails records) {
        diagnosisCode.setLabel(getTranslation("claimrecords.field.diagnosis"));
        diagnosisCode.setHelperText(getTranslation("claimrecords.field.diagnosis.helper"));
        diagnosisCode.setId("diagnosis-code");
        diagnosisCode.setMaxLength(8);
        dateField(diagnosisFrom, "claimrecords.field.effective-on", "diagnosis-from");
        button(saveDiagnosis, "claimrecords.diagnosis.save", "save-diagnosis");
        saveDiagnosis.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        saveDiagnosis.addClickListener(click -> {
            boolean ok = required(diagnosisCode, diagnosisCode.getValue().isBlank(), "claimrecords.diagnosis.required");
            ok &= required(diagnosisFrom, diagnosisFrom.getValue() == null, "claimrecords.effective-on.required");
            if (ok) {
                save(
                        () -> recordDiagnosis.record(new RecordDiagnosisCommand(
                                currentUser.actor(),
                                records.member(),
                                diagnosisCode.getValue(),
                                diagnosisFrom.getValue(),
                                records.version())),
                        Map.of("diagnosis", diagnosisCode, "effectiveOn", diagnosisFrom),
                        "claimrecords.diagnosis.saved");
            }
        });
        return form("claimrecords.diagnosis.form", diagnosisCode, diagnosisFrom, saveDiagnosis);
    }

    // ---- SVC-5 telehealth consents

    private Div consentSection(MemberClaimRecordsDetails records) {
        consentList.setId("consent-list");
        consentList.addClassName("claim-records-list");
        records.consents().forEach(c -> consentList.add(new ListItem(consentText(c))));
        Div section = new Div(new H3(getTranslation("claimrecords.consent.title")));
        section.add(new Paragraph(getTranslation("claimrecords.consent.intro")));
        if (records.consents().isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("claimrecords.consent.none"));
            none.setId("consent-none");
            section.add(none);
        } else {
            section.add(consentList);
        }
        section.addClassName("section");
        section.setId("consent-section");
        section.add(consentForm(records));
        List<ConsentEntry> open =
                records.consents().stream().filter(c -> !c.isWithdrawn()).toList();
        if (!open.isEmpty()) {
            section.add(withdrawForm(records, open));
        }
        return section;
    }

    private String consentText(ConsentEntry c) {
        String given = getTranslation(
                "claimrecords.consent.entry",
                modality(c.modality()),
                method(c.method()),
                date(c.givenOn()),
                c.recordedBy());
        return c.withdrawnOn() == null
                ? given
                : given + " · " + getTranslation("claimrecords.consent.withdrawn", date(c.withdrawnOn()));
    }

    private Div consentForm(MemberClaimRecordsDetails records) {
        consentModality.setLabel(getTranslation("claimrecords.field.modality"));
        consentModality.setItems(Modality.VIDEO, Modality.TELEPHONE);
        consentModality.setItemLabelGenerator(this::modality);
        consentModality.setId("consent-modality");
        consentMethod.setLabel(getTranslation("claimrecords.field.method"));
        consentMethod.setItems(ConsentMethod.values());
        consentMethod.setItemLabelGenerator(this::method);
        consentMethod.setId("consent-method");
        dateField(consentGivenOn, "claimrecords.field.given-on", "consent-given-on");
        button(saveConsent, "claimrecords.consent.save", "save-consent");
        saveConsent.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        saveConsent.addClickListener(click -> {
            boolean ok =
                    required(consentModality, consentModality.getValue() == null, "claimrecords.modality.required");
            ok &= required(consentMethod, consentMethod.getValue() == null, "claimrecords.method.required");
            ok &= required(consentGivenOn, consentGivenOn.getValue() == null, "claimrecords.given-on.required");
            if (ok) {
                save(
                        () -> recordConsent.record(new RecordTelehealthConsentCommand(
                                currentUser.actor(),
                                records.member(),
                                consentModality.getValue(),
                                consentMethod.getValue(),
                                consentGivenOn.getValue(),
                                records.version())),
                        Map.of("modality", consentModality, "method", consentMethod, "givenOn", consentGivenOn),
                        "claimrecords.consent.saved");
            }
        });
        return form("claimrecords.consent.form", consentModality, consentMethod, consentGivenOn, saveConsent);
    }

    private Div withdrawForm(MemberClaimRecordsDetails records, List<ConsentEntry> open) {
        openConsent.setLabel(getTranslation("claimrecords.field.consent"));
        openConsent.setItems(open);
        openConsent.setItemLabelGenerator(c -> modality(c.modality()) + " · " + date(c.givenOn()));
        openConsent.setId("open-consent");
        dateField(withdrawnOn, "claimrecords.field.withdrawn-on", "withdrawn-on");
        button(withdraw, "claimrecords.consent.withdraw", "withdraw-consent");
        withdraw.addClickListener(click -> {
            boolean ok = required(openConsent, openConsent.getValue() == null, "claimrecords.consent.required");
            ok &= required(withdrawnOn, withdrawnOn.getValue() == null, "claimrecords.withdrawn-on.required");
            if (ok) {
                save(
                        () -> withdrawConsent.withdraw(new WithdrawTelehealthConsentCommand(
                                currentUser.actor(),
                                records.member(),
                                openConsent.getValue().id(),
                                withdrawnOn.getValue(),
                                records.version())),
                        Map.of("withdrawnOn", withdrawnOn),
                        "claimrecords.consent.withdrawn-saved");
            }
        });
        return form("claimrecords.consent.withdraw-form", openConsent, withdrawnOn, withdraw);
    }

    // ---- shared

    private void save(Runnable change, Map<String, ? extends HasValidation> fields, String doneKey) {
        try {
            change.run();
            DomainErrors.notifySuccess(getTranslation(doneKey));
            getUI().ifPresent(ui -> ui.refreshCurrentRoute(false));
        } catch (ConcurrentChangeException stale) {
            // Someone changed the records since this page was shown: nothing is overwritten, the input stays.
            DomainErrors.notifyError(getTranslation(ConcurrentChangeException.CODE));
        } catch (DomainException refused) {
            DomainErrors.show(refused, fields);
        }
    }

    /** Words at an empty required field; true when it is filled. */
    private boolean required(HasValidation field, boolean missing, String key) {
        field.setInvalid(missing);
        field.setErrorMessage(missing ? getTranslation(key) : "");
        return !missing;
    }

    private Paragraph assumption(String key) {
        Paragraph text = new Paragraph(getTranslation(key));
        text.addClassName("claim-records-assumption");
        return text;
    }

    private void dateField(DatePicker field, String labelKey, String id) {
        field.setLabel(getTranslation(labelKey));
        field.setId(id);
        DatePickers.localize(field, this);
    }

    private void button(Button button, String labelKey, String id) {
        button.setText(getTranslation(labelKey));
        button.setId(id);
    }

    private Div form(String titleKey, Component... parts) {
        FlexLayout row = new FlexLayout(parts);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        row.addClassNames(LumoUtility.Gap.MEDIUM);
        Div box = new Div(new H3(getTranslation(titleKey)), row);
        box.addClassName("claim-records-form");
        return box;
    }

    private String modality(Modality modality) {
        return getTranslation("enum.Modality." + modality.name());
    }

    private String method(ConsentMethod method) {
        return getTranslation("claimrecords.method." + method.name());
    }

    private String date(LocalDate day) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                .withLocale(Languages.supported(getLocale()))
                .format(day);
    }
}
