package org.peerpath.ui.workforce;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.peerpath.application.shared.Actor;
import org.peerpath.application.workforce.port.in.CertificationChange;
import org.peerpath.application.workforce.port.in.CertificationDetails;
import org.peerpath.application.workforce.port.in.ChangeCertificationCommand;
import org.peerpath.application.workforce.port.in.ChangeCertificationUseCase;
import org.peerpath.application.workforce.port.in.ChangeStaffRecordCommand;
import org.peerpath.application.workforce.port.in.ChangeStaffRecordUseCase;
import org.peerpath.application.workforce.port.in.QualifySupervisorCommand;
import org.peerpath.application.workforce.port.in.QualifySupervisorUseCase;
import org.peerpath.application.workforce.port.in.RecordBhpCredentialCommand;
import org.peerpath.application.workforce.port.in.RecordBhpCredentialUseCase;
import org.peerpath.application.workforce.port.in.RecordCertificationCommand;
import org.peerpath.application.workforce.port.in.RecordCertificationUseCase;
import org.peerpath.application.workforce.port.in.RecordStaffingUseCase;
import org.peerpath.application.workforce.port.in.StaffRecordDetails;
import org.peerpath.application.workforce.port.in.StaffingQueries;
import org.peerpath.application.workforce.port.in.StatusPeriod;
import org.peerpath.application.workforce.port.in.SupervisorDetails;
import org.peerpath.application.workforce.port.in.WorkforceQueries;
import org.peerpath.credential.BhpCredential;
import org.peerpath.credential.CertificationPath;
import org.peerpath.credential.ContinuingEducation;
import org.peerpath.credential.CredentialType;
import org.peerpath.credential.LivedExperience;
import org.peerpath.credential.ReinstatementBasis;
import org.peerpath.credential.Sanction;
import org.peerpath.credential.Specialization;
import org.peerpath.shared.DomainException;
import org.peerpath.shared.Role;
import org.peerpath.shared.StaffId;
import org.peerpath.supervision.QualificationPath;
import org.peerpath.ui.security.CurrentUser;
import org.peerpath.ui.shared.DomainErrors;

/**
 * One person's staff record (issue F), ADMIN only: the record fields, the certification with its status timeline for
 * any date, sanctions and registry checks (CERT-4, CERT-9), the CE ledger with this cycle's progress, affirmations,
 * specializations and renewal (CERT-5..8), the supervisor qualification (SUP-2, SUP-3) and BHP credentials (DIR-1).
 * Every form puts a refusal at its field and keeps what was typed; the page reloads the record after each change.
 */
@Route("admin/workforce/:staffId")
@RolesAllowed(Role.ADMIN_ROLE)
public class StaffRecordView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    // staff record
    final TextField npi = new TextField();
    final TextField programSite = new TextField();
    final DatePicker startedOn;
    final DatePicker dateOfBirth;
    final Button saveRecord = new Button();

    // certification: status on a date, sanctions, registry
    final DatePicker statusOn;
    final Span statusOnResult = new Span();
    final Select<Sanction.Kind> sanctionKind = new Select<>();
    final DatePicker sanctionEffectiveOn;
    final TextField sanctionReason = new TextField();
    final Button applySanction = new Button();
    final DatePicker liftedOn;
    final Button liftSuspension = new Button();
    final DatePicker verifiedOn;
    final Button verifyRegistry = new Button();
    final DatePicker renewedOn;
    final DatePicker renewalExpiresOn;
    final Button renew = new Button();
    final DatePicker reinstatedOn;
    final Select<ReinstatementBasis> reinstateBasis = new Select<>();
    final Button reinstate = new Button();

    // CE ledger
    final DatePicker courseCompletedOn;
    final TextField courseName = new TextField();
    final BigDecimalField courseHours = new BigDecimalField();
    final Checkbox courseLawAndEthics = new Checkbox();
    final Button addCourse = new Button();
    final DatePicker affirmationSignedOn;
    final TextField affirmationVersion = new TextField();
    final Button affirm = new Button();
    final Select<Specialization> specialization = new Select<>();
    final DatePicker specializationCompletedOn;
    final Button addSpecialization = new Button();

    // a new certification
    final TextField certNumber = new TextField();
    final Select<CertificationPath> certPath = new Select<>();
    final DatePicker certIssuedOn;
    final DatePicker certExpiresOn;
    final Checkbox certDiploma = new Checkbox();
    final Select<LivedExperience> certLivedExperience = new Select<>();
    final Checkbox certWillingToShare = new Checkbox();
    final DatePicker certEthicsSignedOn;
    final TextField certCodeVersion = new TextField();
    final TextField certTrainingEntity = new TextField();
    final DatePicker certTrainingCompletedOn;
    final IntegerField certTrainingHours = new IntegerField();
    final DatePicker certExamPassedOn;
    final Button recordCertification = new Button();

    // supervisor
    final Select<QualificationPath> supervisorPath = new Select<>();
    final IntegerField supervisorMonths = new IntegerField();
    final DatePicker supervisorBegan;
    final TextArea supervisorEvidence = new TextArea();
    final DatePicker supervisorTrainingOn;
    final TextField supervisorCertificate = new TextField();
    final Button saveSupervisor = new Button();

    // BHP credential
    final Select<CredentialType> credentialType = new Select<>();
    final TextField credentialNumber = new TextField();
    final Select<BhpCredential.CredentialStatus> credentialStatus = new Select<>();
    final DatePicker credentialIssuedOn;
    final DatePicker credentialExpiresOn;
    final DatePicker credentialStatusSince;
    final Button saveCredential = new Button();

    final H1 title = new H1();
    final Div recordSummary = new Div();
    final Div certification = new Div();
    final Div certificationForms = new Div();
    final Div ledger = new Div();
    final Div ledgerForms = new Div();
    final Div supervisor = new Div();
    final Div credentials = new Div();

    private final WorkforceQueries queries;
    private final ChangeStaffRecordUseCase changeRecord;
    private final RecordCertificationUseCase recordCertificationUseCase;
    private final ChangeCertificationUseCase changeCertification;
    private final QualifySupervisorUseCase qualifySupervisor;
    private final RecordBhpCredentialUseCase recordCredential;
    private final CurrentUser currentUser;
    final StaffingPanel staffing;
    private @Nullable StaffRecordDetails details;

    StaffRecordView(
            WorkforceQueries queries,
            ChangeStaffRecordUseCase changeRecord,
            RecordCertificationUseCase recordCertificationUseCase,
            ChangeCertificationUseCase changeCertification,
            QualifySupervisorUseCase qualifySupervisor,
            RecordBhpCredentialUseCase recordCredential,
            StaffingQueries staffingQueries,
            RecordStaffingUseCase recordStaffing,
            CurrentUser currentUser) {
        this.queries = queries;
        this.changeRecord = changeRecord;
        this.recordCertificationUseCase = recordCertificationUseCase;
        this.changeCertification = changeCertification;
        this.qualifySupervisor = qualifySupervisor;
        this.recordCredential = recordCredential;
        this.currentUser = currentUser;
        this.staffing = new StaffingPanel(staffingQueries, recordStaffing, currentUser::actor);
        addClassNames("page", "staff-record-view", LumoUtility.MaxWidth.SCREEN_LARGE);
        startedOn = WorkforceTexts.datePicker(this, "workforce.field.started-on", "record-started-on");
        dateOfBirth = WorkforceTexts.datePicker(this, "workforce.field.date-of-birth", "record-date-of-birth");
        statusOn = WorkforceTexts.datePicker(this, "workforce.field.status-on", "cert-status-on");
        sanctionEffectiveOn = WorkforceTexts.datePicker(this, "workforce.field.effective-on", "sanction-effective-on");
        liftedOn = WorkforceTexts.datePicker(this, "workforce.field.lifted-on", "sanction-lifted-on");
        verifiedOn = WorkforceTexts.datePicker(this, "workforce.field.verified-on", "registry-verified-on");
        renewedOn = WorkforceTexts.datePicker(this, "workforce.field.renewed-on", "renewed-on");
        renewalExpiresOn = WorkforceTexts.datePicker(this, "workforce.field.registry-expires-on", "renewal-expires-on");
        reinstatedOn = WorkforceTexts.datePicker(this, "workforce.field.reinstated-on", "reinstated-on");
        courseCompletedOn = WorkforceTexts.datePicker(this, "workforce.field.completed-on", "course-completed-on");
        affirmationSignedOn = WorkforceTexts.datePicker(this, "workforce.field.signed-on", "affirmation-signed-on");
        specializationCompletedOn =
                WorkforceTexts.datePicker(this, "workforce.field.completed-on", "specialization-completed-on");
        certIssuedOn = WorkforceTexts.datePicker(this, "workforce.field.issued-on", "cert-issued-on");
        certExpiresOn = WorkforceTexts.datePicker(this, "workforce.field.expires-on", "cert-expires-on");
        certEthicsSignedOn =
                WorkforceTexts.datePicker(this, "workforce.field.ethics-signed-on", "cert-ethics-signed-on");
        certTrainingCompletedOn =
                WorkforceTexts.datePicker(this, "workforce.field.training-completed-on", "cert-training-completed-on");
        certExamPassedOn = WorkforceTexts.datePicker(this, "workforce.field.exam-passed-on", "cert-exam-passed-on");
        supervisorBegan = WorkforceTexts.datePicker(this, "workforce.field.began-supervising-on", "supervisor-began");
        supervisorTrainingOn =
                WorkforceTexts.datePicker(this, "workforce.field.training-completed-on", "supervisor-training-on");
        credentialIssuedOn = WorkforceTexts.datePicker(this, "workforce.field.issued-on", "credential-issued-on");
        credentialExpiresOn = WorkforceTexts.datePicker(this, "workforce.field.expires-on", "credential-expires-on");
        credentialStatusSince =
                WorkforceTexts.datePicker(this, "workforce.field.status-since", "credential-status-since");

        RouterLink back = new RouterLink(getTranslation("workforce.back-to-directory"), WorkforceDirectoryView.class);
        add(back, title, recordSummary);
        add(section("workforce.section.record", recordForm()));
        add(section("workforce.section.certification", certification, certificationForms));
        add(section("workforce.section.ledger", ledger, ledgerForms));
        add(section("workforce.section.new-certification", newCertificationForm()));
        add(section("workforce.section.supervisor", supervisor, supervisorForm()));
        add(section("workforce.section.credentials", credentials, credentialForm()));
        add(staffing);
        buildCertificationForms();
        buildLedgerForms();
    }

    @Override
    public String getPageTitle() {
        return details == null
                ? getTranslation("workforce.record.page-title", "")
                : getTranslation("workforce.record.page-title", details.displayName());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<StaffId> id = event.getRouteParameters().get("staffId").flatMap(StaffRecordView::parseId);
        Optional<StaffRecordDetails> found = id.flatMap(staff -> queries.staffRecord(actor(), staff));
        if (found.isEmpty()) {
            removeAll();
            add(new H1(getTranslation("workforce.record.not-found")));
            return;
        }
        show(found.get());
        fillForms();
    }

    private static Optional<StaffId> parseId(String text) {
        try {
            return Optional.of(new StaffId(UUID.fromString(text)));
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }

    private Actor actor() {
        return currentUser.actor();
    }

    private StaffRecordDetails details() {
        if (details == null) {
            throw new IllegalStateException("no staff record shown");
        }
        return details;
    }

    private void reload() {
        queries.staffRecord(actor(), details().id()).ifPresent(this::show);
    }

    // ---------------------------------------------------------------- rendering

    private void show(StaffRecordDetails record) {
        this.details = record;
        title.setText(record.displayName());
        recordSummary.removeAll();
        Paragraph who = new Paragraph(record.username() + " · "
                + String.join(
                        ", ",
                        record.roles().stream()
                                .sorted()
                                .map(role -> getTranslation("role." + role.name()))
                                .toList()));
        who.addClassNames(LumoUtility.TextColor.SECONDARY);
        recordSummary.add(who);
        showCertification(record);
        showSupervisor(record.supervisor());
        showCredentials(record);
        staffing.show(record.id(), record.roles().contains(Role.PEER));
    }

    private void fillForms() {
        StaffRecordDetails record = details();
        npi.setValue(record.record().npi() == null ? "" : record.record().npi().value());
        programSite.setValue(
                record.record().programSite() == null
                        ? ""
                        : record.record().programSite().name());
        startedOn.setValue(record.record().startedOn());
        dateOfBirth.setValue(record.record().dateOfBirth());
        SupervisorDetails qualification = record.supervisor();
        if (qualification != null) {
            supervisorPath.setValue(qualification.path());
            supervisorMonths.setValue(qualification.monthsOfExperience());
            supervisorBegan.setValue(qualification.beganSupervisingOn());
            supervisorEvidence.setValue(qualification.evidence());
            supervisorTrainingOn.setValue(qualification.trainingCompletedOn());
            supervisorCertificate.setValue(
                    qualification.trainingCertificate() == null ? "" : qualification.trainingCertificate());
        }
    }

    private Optional<CertificationDetails> current() {
        return details == null
                ? Optional.empty()
                : details.certifications().stream().findFirst();
    }

    private void showCertification(StaffRecordDetails record) {
        certification.removeAll();
        ledger.removeAll();
        certification.setId("cert-summary");
        ledger.setId("cert-ledger");
        Optional<CertificationDetails> shown = current();
        certificationForms.setVisible(shown.isPresent());
        ledgerForms.setVisible(shown.isPresent());
        if (shown.isEmpty()) {
            certification.add(new Paragraph(getTranslation("workforce.cert.none")));
            ledger.add(new Paragraph(getTranslation("workforce.cert.none")));
            return;
        }
        CertificationDetails cert = shown.get();
        Div head = new Div(
                WorkforceTexts.statusBadge(this, cert.standing().status()),
                new Span(" " + WorkforceTexts.standing(this, cert.standing())));
        head.addClassNames("badge-row");
        certification.add(head);
        certification.add(new Paragraph(getTranslation(
                "workforce.cert.facts",
                cert.number(),
                getTranslation("workforce.path." + cert.path().name()),
                cert.issuedOn())));
        if (cert.daysToExpiry() != null) {
            certification.add(new Paragraph(getTranslation("workforce.cert.days-to-expiry", cert.daysToExpiry())));
        }
        certification.add(new H3(getTranslation("workforce.cert.timeline")));
        UnorderedList timeline = new UnorderedList();
        timeline.setId("cert-timeline");
        for (StatusPeriod period : cert.timeline()) {
            String text = period.to() == null
                    ? getTranslation(
                            "workforce.timeline.open",
                            getTranslation("workforce.status." + period.status().name()),
                            period.from())
                    : getTranslation(
                            "workforce.timeline.closed",
                            getTranslation("workforce.status." + period.status().name()),
                            period.from(),
                            period.to());
            timeline.add(new ListItem(period.reason() == null ? text : text + " — " + period.reason()));
        }
        certification.add(timeline);
        certification.add(new H3(getTranslation("workforce.cert.sanctions")));
        UnorderedList sanctions = new UnorderedList();
        sanctions.setId("cert-sanctions");
        cert.sanctions()
                .forEach(s -> sanctions.add(new ListItem(getTranslation(
                        s.liftedOn() == null ? "workforce.sanction.open" : "workforce.sanction.lifted",
                        getTranslation("workforce.sanction." + s.kind().name()),
                        s.effectiveOn(),
                        s.reason(),
                        s.liftedOn() == null ? "" : s.liftedOn()))));
        if (cert.sanctions().isEmpty()) {
            sanctions.add(new ListItem(getTranslation("workforce.none")));
        }
        certification.add(sanctions);
        certification.add(new H3(getTranslation("workforce.cert.registry")));
        Paragraph registry = new Paragraph(
                cert.registryVerifications().isEmpty()
                        ? getTranslation("workforce.registry.never")
                        : String.join(
                                ", ",
                                cert.registryVerifications().stream()
                                        .map(d -> WorkforceTexts.date(this, d))
                                        .toList()));
        registry.setId("cert-registry");
        certification.add(registry);

        Paragraph progress = new Paragraph(WorkforceTexts.progress(
                this, cert.progress().hours(), cert.progress().lawAndEthicsHours()));
        progress.setId("ce-progress");
        progress.addClassNames(LumoUtility.FontWeight.SEMIBOLD);
        ledger.add(progress);
        ledger.add(new Paragraph(
                getTranslation(cert.affirmationDue() ? "workforce.affirmation.due" : "workforce.affirmation.signed")));
        UnorderedList courses = new UnorderedList();
        courses.setId("ce-courses");
        for (ContinuingEducation course : cert.education()) {
            courses.add(new ListItem(getTranslation(
                    course.lawAndEthics() ? "workforce.course.law-and-ethics" : "workforce.course.general",
                    course.completedOn(),
                    course.course(),
                    WorkforceTexts.hours(course.hours()))));
        }
        if (cert.education().isEmpty()) {
            courses.add(new ListItem(getTranslation("workforce.none")));
        }
        ledger.add(new H3(getTranslation("workforce.ce.courses")), courses);
        UnorderedList affirmations = new UnorderedList();
        cert.affirmations()
                .forEach(a -> affirmations.add(
                        new ListItem(getTranslation("workforce.affirmation.item", a.signedOn(), a.codeVersion()))));
        ledger.add(new H3(getTranslation("workforce.ce.affirmations")), affirmations);
        UnorderedList specializations = new UnorderedList();
        specializations.setId("cert-specializations");
        cert.specializations()
                .forEach(s -> specializations.add(new ListItem(getTranslation(
                        "workforce.specialization.item",
                        getTranslation(
                                "enum.Specialization." + s.specialization().name()),
                        s.completedOn()))));
        if (cert.specializations().isEmpty()) {
            specializations.add(new ListItem(getTranslation("workforce.none")));
        }
        ledger.add(new H3(getTranslation("workforce.ce.specializations")), specializations);
        UnorderedList cycles = new UnorderedList();
        cert.cycles()
                .forEach(c ->
                        cycles.add(new ListItem(getTranslation("workforce.cycle.item", c.startsOn(), c.expiresOn()))));
        ledger.add(new H3(getTranslation("workforce.ce.cycles")), cycles);
        showStatusOn();
    }

    private void showStatusOn() {
        LocalDate date = statusOn.getValue();
        Optional<CertificationDetails> cert = current();
        if (date == null || cert.isEmpty()) {
            statusOnResult.setText("");
            return;
        }
        // CERT-4: the status on any date comes from the timeline derived from the stored history
        StatusPeriod period = cert.get().timeline().stream()
                .filter(p -> !date.isBefore(p.from()) && (p.to() == null || !date.isAfter(p.to())))
                .findFirst()
                .orElse(null);
        String status = period == null
                ? getTranslation("enum.CertificationStatus.NOT_YET_ISSUED")
                : getTranslation("workforce.status." + period.status().name());
        statusOnResult.setText(getTranslation("workforce.status-on.result", date, status));
    }

    private void showSupervisor(@Nullable SupervisorDetails qualification) {
        supervisor.removeAll();
        supervisor.setId("supervisor-summary");
        if (qualification == null) {
            supervisor.add(new Paragraph(getTranslation("workforce.supervisor.none")));
            return;
        }
        supervisor.add(new Paragraph(getTranslation(
                "workforce.supervisor.summary",
                getTranslation("workforce.qualification." + qualification.path().name()),
                qualification.monthsOfExperience(),
                qualification.beganSupervisingOn())));
        supervisor.add(new Paragraph(trainingClock(this, qualification)));
    }

    static String trainingClock(Component within, SupervisorDetails qualification) {
        return switch (qualification.clock().status()) {
            case COMPLETED ->
                within.getTranslation("workforce.training.completed", qualification.trainingCompletedOn());
            case DUE ->
                within.getTranslation(
                        "workforce.training.due",
                        qualification.clock().dueBy(),
                        qualification.clock().day());
            case ALERT ->
                within.getTranslation(
                        "workforce.training.alert",
                        qualification.clock().dueBy(),
                        qualification.clock().day());
            case OVERDUE ->
                within.getTranslation(
                        "workforce.training.overdue", qualification.clock().dueBy(), qualification.graceDays());
        };
    }

    private void showCredentials(StaffRecordDetails record) {
        credentials.removeAll();
        credentials.setId("credential-list");
        UnorderedList list = new UnorderedList();
        LocalDate today = record.asOf();
        for (BhpCredential credential : record.credentials()) {
            list.add(new ListItem(getTranslation(
                    "workforce.credential.item",
                    getTranslation("enum.CredentialType." + credential.type().name()),
                    credential.number(),
                    getTranslation(
                            "workforce.credential-status." + credential.status().name()),
                    credential.issuedOn(),
                    credential.expiresOn(),
                    getTranslation(
                            credential.isCurrentOn(today)
                                    ? "workforce.credential.current-today"
                                    : "workforce.credential.not-current-today"))));
        }
        if (record.credentials().isEmpty()) {
            list.add(new ListItem(getTranslation("workforce.none")));
        }
        credentials.add(list);
    }

    // ---------------------------------------------------------------- forms

    private Component section(String titleKey, Component... content) {
        Div section = new Div();
        section.addClassNames("workforce-section", LumoUtility.Margin.Top.LARGE);
        H2 heading = new H2(getTranslation(titleKey));
        heading.addClassNames(LumoUtility.FontSize.XLARGE);
        section.add(heading);
        section.add(content);
        return section;
    }

    private static FormLayout form(Component... fields) {
        FormLayout form = new FormLayout(fields);
        form.setResponsiveSteps(
                new FormLayout.ResponsiveStep("0", 1),
                new FormLayout.ResponsiveStep("30em", 2),
                new FormLayout.ResponsiveStep("60em", 3));
        return form;
    }

    private Div formBlock(String titleKey, FormLayout form, Button button, String buttonKey, String buttonId) {
        button.setText(getTranslation(buttonKey));
        button.setId(buttonId);
        H3 heading = new H3(getTranslation(titleKey));
        heading.addClassNames(LumoUtility.FontSize.MEDIUM, LumoUtility.Margin.Top.MEDIUM);
        Div block = new Div(heading, form, button);
        block.addClassNames("workforce-form");
        return block;
    }

    private static void clearOnChange(HasValue<?, ?>... fields) {
        for (HasValue<?, ?> field : fields) {
            field.addValueChangeListener(change -> ((HasValidation) field).setInvalid(false));
        }
    }

    private Component recordForm() {
        npi.setLabel(getTranslation("workforce.field.npi"));
        npi.setHelperText(getTranslation("workforce.field.npi.helper"));
        npi.setId("record-npi");
        programSite.setLabel(getTranslation("workforce.field.program-site"));
        programSite.setId("record-program-site");
        dateOfBirth.setHelperText(getTranslation("workforce.field.date-of-birth.helper"));
        clearOnChange(npi, programSite, startedOn, dateOfBirth);
        saveRecord.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        saveRecord.addClickListener(click -> attempt(
                () -> {
                    changeRecord.change(new ChangeStaffRecordCommand(
                            actor(),
                            details().id(),
                            details().recordVersion(),
                            npi.getValue(),
                            programSite.getValue(),
                            startedOn.getValue(),
                            dateOfBirth.getValue()));
                    return "workforce.saved.record";
                },
                fields(
                        "npi", npi,
                        "programSite", programSite,
                        "startedOn", startedOn,
                        "dateOfBirth", dateOfBirth)));
        return formBlock(
                "workforce.form.record",
                form(npi, programSite, startedOn, dateOfBirth),
                saveRecord,
                "workforce.save",
                "save-record");
    }

    private void buildCertificationForms() {
        statusOn.addValueChangeListener(change -> showStatusOn());
        statusOnResult.setId("cert-status-on-result");
        Div statusBlock = new Div(statusOn, statusOnResult);
        statusBlock.addClassNames(
                LumoUtility.Display.FLEX,
                LumoUtility.FlexWrap.WRAP,
                LumoUtility.Gap.MEDIUM,
                LumoUtility.AlignItems.BASELINE);

        sanctionKind.setLabel(getTranslation("workforce.field.sanction-kind"));
        sanctionKind.setItems(Sanction.Kind.values());
        sanctionKind.setItemLabelGenerator(kind -> getTranslation("workforce.sanction." + kind.name()));
        sanctionKind.setValue(Sanction.Kind.SUSPENSION);
        sanctionKind.setId("sanction-kind");
        sanctionReason.setLabel(getTranslation("workforce.field.reason"));
        sanctionReason.setId("sanction-reason");
        sanctionReason.setMaxLength(500);
        clearOnChange(
                sanctionEffectiveOn,
                sanctionReason,
                liftedOn,
                verifiedOn,
                renewedOn,
                renewalExpiresOn,
                reinstatedOn,
                reinstateBasis);
        applySanction.addThemeVariants(ButtonVariant.LUMO_ERROR);
        applySanction.addClickListener(click -> change(
                () -> sanctionKind.getValue() == Sanction.Kind.REVOCATION
                        ? new CertificationChange.Revoke(sanctionEffectiveOn.getValue(), sanctionReason.getValue())
                        : new CertificationChange.Suspend(sanctionEffectiveOn.getValue(), sanctionReason.getValue()),
                fields("effectiveOn", sanctionEffectiveOn, "reason", sanctionReason),
                "workforce.saved.sanction"));
        liftSuspension.addClickListener(click -> change(
                () -> new CertificationChange.LiftSuspension(liftedOn.getValue()),
                fields("liftedOn", liftedOn),
                "workforce.saved.lifted"));
        verifyRegistry.addClickListener(click -> change(
                () -> new CertificationChange.VerifyRegistry(verifiedOn.getValue()),
                fields("verifiedOn", verifiedOn),
                "workforce.saved.registry"));
        renew.addClickListener(click -> change(
                () -> new CertificationChange.Renew(renewedOn.getValue(), renewalExpiresOn.getValue()),
                fields("startsOn", renewedOn, "expiresOn", renewalExpiresOn),
                "workforce.saved.renewed"));
        renewalExpiresOn.setHelperText(getTranslation("workforce.assumption.cert-5"));
        reinstateBasis.setLabel(getTranslation("workforce.field.reinstate-basis"));
        reinstateBasis.setItems(ReinstatementBasis.values());
        reinstateBasis.setItemLabelGenerator(basis -> getTranslation("workforce.reinstate." + basis.name()));
        reinstateBasis.setId("reinstate-basis");
        reinstate.addClickListener(click -> change(
                () -> new CertificationChange.Reinstate(reinstatedOn.getValue(), reinstateBasis.getValue()),
                fields("reinstatedOn", reinstatedOn, "basis", reinstateBasis),
                "workforce.saved.reinstated"));
        certificationForms.add(
                statusBlock,
                formBlock(
                        "workforce.form.sanction",
                        form(sanctionKind, sanctionEffectiveOn, sanctionReason),
                        applySanction,
                        "workforce.sanction.apply",
                        "apply-sanction"),
                formBlock("workforce.form.lift", form(liftedOn), liftSuspension, "workforce.lift", "lift-suspension"),
                formBlock(
                        "workforce.form.registry",
                        form(verifiedOn),
                        verifyRegistry,
                        "workforce.registry.record",
                        "verify-registry"),
                formBlock("workforce.form.renew", form(renewedOn, renewalExpiresOn), renew, "workforce.renew", "renew"),
                formBlock(
                        "workforce.form.reinstate",
                        form(reinstatedOn, reinstateBasis),
                        reinstate,
                        "workforce.reinstate",
                        "reinstate"));
    }

    private void buildLedgerForms() {
        courseName.setLabel(getTranslation("workforce.field.course"));
        courseName.setId("course-name");
        courseName.setMaxLength(120);
        courseHours.setLabel(getTranslation("workforce.field.hours"));
        courseHours.setId("course-hours");
        courseLawAndEthics.setLabel(getTranslation("workforce.field.law-and-ethics"));
        courseLawAndEthics.setId("course-law-and-ethics");
        clearOnChange(
                courseCompletedOn,
                courseName,
                courseHours,
                affirmationSignedOn,
                affirmationVersion,
                specialization,
                specializationCompletedOn);
        addCourse.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        addCourse.addClickListener(click -> change(
                () -> new CertificationChange.RecordCourse(
                        courseCompletedOn.getValue(),
                        courseName.getValue(),
                        courseHours.getValue(),
                        courseLawAndEthics.getValue()),
                fields("completedOn", courseCompletedOn, "course", courseName, "hours", courseHours),
                "workforce.saved.course"));
        affirmationVersion.setLabel(getTranslation("workforce.field.code-version"));
        affirmationVersion.setId("affirmation-version");
        affirm.addClickListener(click -> change(
                () -> new CertificationChange.AffirmEthics(
                        affirmationSignedOn.getValue(), affirmationVersion.getValue()),
                fields("signedOn", affirmationSignedOn, "codeVersion", affirmationVersion),
                "workforce.saved.affirmation"));
        specialization.setLabel(getTranslation("workforce.field.specialization"));
        specialization.setItems(Specialization.values());
        specialization.setItemLabelGenerator(s -> getTranslation("enum.Specialization." + s.name()));
        specialization.setId("specialization");
        addSpecialization.addClickListener(click -> change(
                () -> new CertificationChange.AddSpecialization(
                        specialization.getValue(), specializationCompletedOn.getValue()),
                fields("specialization", specialization, "completedOn", specializationCompletedOn),
                "workforce.saved.specialization"));
        ledgerForms.add(
                formBlock(
                        "workforce.form.course",
                        form(courseCompletedOn, courseName, courseHours, courseLawAndEthics),
                        addCourse,
                        "workforce.course.add",
                        "add-course"),
                formBlock(
                        "workforce.form.affirmation",
                        form(affirmationSignedOn, affirmationVersion),
                        affirm,
                        "workforce.affirmation.record",
                        "affirm"),
                formBlock(
                        "workforce.form.specialization",
                        form(specialization, specializationCompletedOn),
                        addSpecialization,
                        "workforce.specialization.add",
                        "add-specialization"));
    }

    private Component newCertificationForm() {
        certNumber.setLabel(getTranslation("workforce.field.certification-number"));
        certNumber.setId("cert-number");
        certPath.setLabel(getTranslation("workforce.field.path"));
        certPath.setItems(CertificationPath.values());
        certPath.setItemLabelGenerator(p -> getTranslation("workforce.path." + p.name()));
        certPath.setId("cert-path");
        certExpiresOn.setHelperText(getTranslation("workforce.field.expires-on.helper"));
        certDiploma.setLabel(getTranslation("workforce.field.diploma"));
        certLivedExperience.setLabel(getTranslation("workforce.field.lived-experience"));
        certLivedExperience.setItems(LivedExperience.values());
        certLivedExperience.setItemLabelGenerator(l -> getTranslation("workforce.lived." + l.name()));
        certLivedExperience.setId("cert-lived-experience");
        certWillingToShare.setLabel(getTranslation("workforce.field.willing-to-share"));
        certCodeVersion.setLabel(getTranslation("workforce.field.code-version"));
        certCodeVersion.setId("cert-code-version");
        certTrainingEntity.setLabel(getTranslation("workforce.field.training-entity"));
        certTrainingEntity.setId("cert-training-entity");
        certTrainingHours.setLabel(getTranslation("workforce.field.training-hours"));
        certTrainingHours.setId("cert-training-hours");
        clearOnChange(
                certNumber,
                certPath,
                certIssuedOn,
                certExpiresOn,
                certEthicsSignedOn,
                certCodeVersion,
                certTrainingEntity,
                certTrainingCompletedOn,
                certTrainingHours,
                certExamPassedOn);
        recordCertification.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        recordCertification.addClickListener(click -> attempt(
                () -> {
                    recordCertificationUseCase.record(new RecordCertificationCommand(
                            actor(),
                            details().id(),
                            certNumber.getValue(),
                            certPath.getValue(),
                            certIssuedOn.getValue(),
                            certExpiresOn.getValue(),
                            new RecordCertificationCommand.Candidate(
                                    certDiploma.getValue(),
                                    certLivedExperience.getValue(),
                                    certWillingToShare.getValue(),
                                    certEthicsSignedOn.getValue(),
                                    certCodeVersion.getValue(),
                                    certTrainingEntity.getValue(),
                                    certTrainingCompletedOn.getValue(),
                                    certTrainingHours.getValue() == null ? 0 : certTrainingHours.getValue(),
                                    certExamPassedOn.getValue())));
                    return "workforce.saved.certification";
                },
                fields(
                        "certificationNumber", certNumber,
                        "path", certPath,
                        "issuedOn", certIssuedOn,
                        "expiresOn", certExpiresOn,
                        "signedOn", certEthicsSignedOn,
                        "codeVersion", certCodeVersion,
                        "trainingEntity", certTrainingEntity,
                        "trainingCompletedOn", certTrainingCompletedOn,
                        "trainingHours", certTrainingHours)));
        return formBlock(
                "workforce.form.new-certification",
                form(
                        certNumber,
                        certPath,
                        certIssuedOn,
                        certExpiresOn,
                        certDiploma,
                        certLivedExperience,
                        certWillingToShare,
                        certEthicsSignedOn,
                        certCodeVersion,
                        certTrainingEntity,
                        certTrainingCompletedOn,
                        certTrainingHours,
                        certExamPassedOn),
                recordCertification,
                "workforce.cert.record",
                "record-certification");
    }

    private Component supervisorForm() {
        supervisorPath.setLabel(getTranslation("workforce.field.qualification-path"));
        supervisorPath.setItems(QualificationPath.values());
        supervisorPath.setItemLabelGenerator(p -> getTranslation("workforce.qualification." + p.name()));
        supervisorPath.setId("supervisor-path");
        supervisorMonths.setLabel(getTranslation("workforce.field.months-of-experience"));
        supervisorMonths.setId("supervisor-months");
        supervisorEvidence.setLabel(getTranslation("workforce.field.evidence"));
        supervisorEvidence.setId("supervisor-evidence");
        supervisorEvidence.setMaxLength(500);
        supervisorCertificate.setLabel(getTranslation("workforce.field.training-certificate"));
        supervisorCertificate.setId("supervisor-certificate");
        clearOnChange(
                supervisorPath,
                supervisorMonths,
                supervisorBegan,
                supervisorEvidence,
                supervisorTrainingOn,
                supervisorCertificate);
        saveSupervisor.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        saveSupervisor.addClickListener(click -> attempt(
                () -> {
                    qualifySupervisor.qualify(new QualifySupervisorCommand(
                            actor(),
                            details().id(),
                            details().supervisorVersion(),
                            supervisorPath.getValue(),
                            supervisorMonths.getValue(),
                            supervisorBegan.getValue(),
                            supervisorEvidence.getValue(),
                            supervisorTrainingOn.getValue(),
                            supervisorCertificate.getValue()));
                    return "workforce.saved.supervisor";
                },
                fields(
                        "qualificationPath", supervisorPath,
                        "monthsOfExperience", supervisorMonths,
                        "beganSupervisingOn", supervisorBegan,
                        "evidence", supervisorEvidence,
                        "trainingCompletedOn", supervisorTrainingOn,
                        "trainingCertificate", supervisorCertificate)));
        return formBlock(
                "workforce.form.supervisor",
                form(
                        supervisorPath,
                        supervisorMonths,
                        supervisorBegan,
                        supervisorEvidence,
                        supervisorTrainingOn,
                        supervisorCertificate),
                saveSupervisor,
                "workforce.save",
                "save-supervisor");
    }

    private Component credentialForm() {
        credentialType.setLabel(getTranslation("workforce.field.credential-type"));
        credentialType.setItems(CredentialType.values());
        credentialType.setItemLabelGenerator(t -> getTranslation("enum.CredentialType." + t.name()));
        credentialType.setId("credential-type");
        credentialNumber.setLabel(getTranslation("workforce.field.credential-number"));
        credentialNumber.setId("credential-number");
        credentialStatus.setLabel(getTranslation("workforce.field.credential-status"));
        credentialStatus.setItems(BhpCredential.CredentialStatus.values());
        credentialStatus.setItemLabelGenerator(s -> getTranslation("workforce.credential-status." + s.name()));
        credentialStatus.setId("credential-status");
        clearOnChange(
                credentialType,
                credentialNumber,
                credentialStatus,
                credentialIssuedOn,
                credentialExpiresOn,
                credentialStatusSince);
        saveCredential.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        saveCredential.addClickListener(click -> attempt(
                () -> {
                    recordCredential.record(new RecordBhpCredentialCommand(
                            actor(),
                            details().id(),
                            details().credentialsVersion(),
                            credentialType.getValue(),
                            credentialNumber.getValue(),
                            credentialStatus.getValue(),
                            credentialIssuedOn.getValue(),
                            credentialExpiresOn.getValue(),
                            credentialStatusSince.getValue()));
                    return "workforce.saved.credential";
                },
                fields(
                        "credentialType", credentialType,
                        "credentialNumber", credentialNumber,
                        "credentialStatus", credentialStatus,
                        "issuedOn", credentialIssuedOn,
                        "expiresOn", credentialExpiresOn,
                        "statusSince", credentialStatusSince)));
        return formBlock(
                "workforce.form.credential",
                form(
                        credentialType,
                        credentialNumber,
                        credentialStatus,
                        credentialIssuedOn,
                        credentialExpiresOn,
                        credentialStatusSince),
                saveCredential,
                "workforce.credential.record",
                "save-credential");
    }

    private static Map<String, HasValidation> fields(Object... pairs) {
        Map<String, HasValidation> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], (HasValidation) pairs[i + 1]);
        }
        return map;
    }

    private void change(
            Supplier<CertificationChange> change, Map<String, ? extends HasValidation> fields, String savedKey) {
        attempt(
                () -> {
                    CertificationDetails cert = current().orElseThrow();
                    changeCertification.change(
                            new ChangeCertificationCommand(actor(), cert.id(), cert.version(), change.get()));
                    return savedKey;
                },
                fields);
    }

    /** Runs a change; a refusal goes to its field (or a notification) and the input stays; success reloads. */
    private void attempt(Supplier<String> action, Map<String, ? extends HasValidation> fields) {
        try {
            String savedKey = action.get();
            DomainErrors.notifySuccess(getTranslation(savedKey));
            fields.values().forEach(field -> ((HasValue<?, ?>) field).clear());
            reload();
            fillForms();
        } catch (DomainException refused) {
            DomainErrors.show(refused, fields);
        }
    }
}
