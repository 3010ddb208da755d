package org.peerpath.ui.member.service;

import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Aside;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.peerpath.application.claim.port.in.CheckServiceCommand;
import org.peerpath.application.claim.port.in.ClaimCheckQuery;
import org.peerpath.application.claim.port.in.ClaimCheckResult;
import org.peerpath.application.claim.port.in.ServiceInput;
import org.peerpath.application.member.port.in.MemberDetails;
import org.peerpath.application.member.port.in.MemberNotFoundException;
import org.peerpath.application.member.port.in.MemberQueries;
import org.peerpath.application.service.port.in.GoalProgressInput;
import org.peerpath.application.service.port.in.RecordPeerServiceCommand;
import org.peerpath.application.service.port.in.RecordPeerServiceUseCase;
import org.peerpath.application.service.port.in.ServiceFormOptions;
import org.peerpath.application.service.port.in.ServiceFormQueries;
import org.peerpath.application.shared.Clocks;
import org.peerpath.goal.GoalId;
import org.peerpath.goal.GoalStatus;
import org.peerpath.levelofcare.LevelOfCare;
import org.peerpath.levelofcare.Transition;
import org.peerpath.member.MemberId;
import org.peerpath.service.AgencyContact;
import org.peerpath.service.Modality;
import org.peerpath.service.PlaceOfService;
import org.peerpath.service.ProgressNote;
import org.peerpath.service.ServiceComponent;
import org.peerpath.shared.DeliverySystem;
import org.peerpath.shared.DomainException;
import org.peerpath.shared.Role;
import org.peerpath.shared.ServiceId;
import org.peerpath.ui.member.MemberHeader;
import org.peerpath.ui.member.tab.TabPage;
import org.peerpath.ui.member.workspace.MemberWorkspaceTabs;
import org.peerpath.ui.security.CurrentUser;
import org.peerpath.ui.shared.DatePickers;
import org.peerpath.ui.shared.DomainErrors;
import org.peerpath.ui.shared.FindingList;
import org.peerpath.ui.shared.MainLayout;

/**
 * Recording an individual service (SVC-1..8) with the live claim check beside it (CHECK-1): code, units, modifiers,
 * place of service and every finding with its rule ID in plain words, checked again as each field changes. Saving is
 * allowed with findings; bad input (a future date, an end before the start, more than 24 hours) gets words at its
 * field. Only the member's peer records services (MEM-3).
 */
@Route(value = "members/:memberId/services/new", layout = MainLayout.class)
@RolesAllowed(Role.PEER_ROLE)
public class ServiceFormView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final MemberQueries members;
    private final ServiceFormQueries formQueries;
    private final ClaimCheckQuery claimCheck;
    private final RecordPeerServiceUseCase recordService;
    private final CurrentUser currentUser;
    private final Clock clock;
    private String title = "";
    private @Nullable MemberId member;

    final DatePicker date = new DatePicker();
    final TimePicker startsAt = new TimePicker();
    final TimePicker endsAt = new TimePicker();
    final IntegerField contactMinutes = new IntegerField();
    final IntegerField travelMinutes = new IntegerField();
    final IntegerField documentationMinutes = new IntegerField();
    final CheckboxGroup<ServiceComponent> components = new CheckboxGroup<>();
    final RadioButtonGroup<Modality> modality = new RadioButtonGroup<>();
    final ComboBox<PlaceOfService> placeOfService = new ComboBox<>();
    final Checkbox memberAtHome = new Checkbox();
    final Checkbox memberPresent = new Checkbox();
    final TextField absenceReason = new TextField();
    final TextField agencyContacted = new TextField();
    final ComboBox<AgencyContact.Purpose> agencyPurpose = new ComboBox<>();
    /** SVC-6: further providers or agencies, a row each (organization, purpose). */
    final Div moreAgencies = new Div();

    final Button addAgency = new Button();
    /** SVC-6, COL-2: the member's own collaterals who took part. */
    final CheckboxGroup<ServiceFormOptions.Participant> collaterals = new CheckboxGroup<>();

    final Paragraph noCollaterals = new Paragraph();
    /** GOAL-3: goals of the plan in force on the date of service. */
    final CheckboxGroup<ServiceFormOptions.GoalChoice> goals = new CheckboxGroup<>();

    final Paragraph noGoals = new Paragraph();
    /** GOAL-2: an optional progress entry for one goal addressed, saved in the same step. */
    final ComboBox<ServiceFormOptions.GoalChoice> progressGoal = new ComboBox<>();

    final IntegerField progressRating = new IntegerField();
    final ComboBox<GoalStatus> progressStatus = new ComboBox<>();
    final TextField progressNote = new TextField();
    /** LOC-3: the move between levels of care an engagement supports. */
    final ComboBox<Transition> transition = new ComboBox<>();

    private boolean transitionsOffered;
    /** SVC-5: shown for telephone or video when no telehealth consent is on file. */
    final Div consentPrompt = new Div();

    final RadioButtonGroup<DeliverySystem> deliverySystem = new RadioButtonGroup<>();
    final ComboBox<LevelOfCare> level = new ComboBox<>();
    final Span setting = new Span();
    final Checkbox crisis = new Checkbox();
    final TextArea note = new TextArea();
    final Button save = new Button();

    /** The live check: what the claim line would carry and every finding. */
    final Aside check = new Aside();

    final Div checkLine = new Div();
    final FindingList findings = FindingList.checkPanel();
    final Paragraph verdict = new Paragraph();

    /** How long the last check took on the server, in milliseconds (printed by the journey). */
    long lastCheckMillis;

    ServiceFormView(
            MemberQueries members,
            ServiceFormQueries formQueries,
            ClaimCheckQuery claimCheck,
            RecordPeerServiceUseCase recordService,
            CurrentUser currentUser,
            Clock clock) {
        this.members = members;
        this.formQueries = formQueries;
        this.claimCheck = claimCheck;
        this.recordService = recordService;
        this.currentUser = currentUser;
        this.clock = clock;
        addClassNames("page", LumoUtility.MaxWidth.SCREEN_XLARGE);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        Optional<MemberDetails> details =
                MemberWorkspaceTabs.memberIdOf(event).flatMap(id -> members.member(currentUser.actor(), id));
        if (details.isEmpty()) {
            title = getTranslation("member.not-found.title");
            add(TabPage.notFound(this));
            return;
        }
        MemberDetails m = details.get();
        member = m.id();
        title = getTranslation("services.form.page-title", m.fullName());
        H2 heading = new H2(getTranslation("services.form.title"));
        heading.addClassName("section");
        Div form = form(m);
        form.addClassName("service-form");
        check.setId("claim-check");
        check.addClassName("claim-check");
        check.getElement().setAttribute("aria-live", "polite");
        check.getElement().setAttribute("aria-label", getTranslation("services.check.label"));
        Div layout = new Div(form, check);
        layout.addClassName("service-layout");
        // after the check, so that on a phone the peer reads the check on the way to saving
        Div actions = new Div(save);
        actions.addClassName("service-actions");
        add(new MemberHeader(m), new MemberWorkspaceTabs(m.id(), ServicesView.class), heading, layout, actions);
        runCheck();
    }

    private Div form(MemberDetails m) {
        LocalDate today = Clocks.today(clock);
        date.setLabel(getTranslation("services.field.date"));
        date.setId("service-date");
        DatePickers.localize(date, this);
        date.setValue(today);
        time(startsAt, "services.field.start", "service-start");
        time(endsAt, "services.field.end", "service-end");
        minutes(contactMinutes, "services.field.minutes", "contact-minutes");
        contactMinutes.setHelperText(getTranslation("services.field.minutes.help"));
        minutes(travelMinutes, "services.field.travel", "travel-minutes");
        minutes(documentationMinutes, "services.field.documentation", "documentation-minutes");

        components.setLabel(getTranslation("services.field.components"));
        components.setId("service-components");
        components.setItems(ServiceComponent.ENGAGEMENT, ServiceComponent.THERAPEUTIC_ACTIVITY);
        components.setItemLabelGenerator(c -> getTranslation("services.component." + c.name()));

        modality.setLabel(getTranslation("services.field.modality"));
        modality.setId("service-modality");
        modality.setItems(Modality.values());
        modality.setItemLabelGenerator(x -> getTranslation("services.modality." + x.name()));
        modality.setValue(Modality.IN_PERSON);
        placeOfService.setLabel(getTranslation("services.field.place"));
        placeOfService.setId("service-place");
        placeOfService.setItems(Arrays.stream(PlaceOfService.values())
                .filter(p -> !p.isTelehealth())
                .toList());
        placeOfService.setItemLabelGenerator(p -> p.code() + " · " + getTranslation("services.place." + p.name()));
        memberAtHome.setLabel(getTranslation("services.field.at-home"));
        memberAtHome.setId("member-at-home");
        modality.addValueChangeListener(change -> showDelivery());

        memberPresent.setLabel(getTranslation("services.field.present"));
        memberPresent.setId("member-present");
        memberPresent.setValue(true);
        absenceReason.setLabel(getTranslation("services.field.absence-reason"));
        absenceReason.setId("absence-reason");
        absenceReason.setMaxLength(500);
        absenceReason.setMinWidth("18em");
        agencyContacted.setLabel(getTranslation("services.field.agency"));
        agencyContacted.setId("agency-contacted");
        agencyContacted.setMaxLength(200);
        agencyContacted.setMinWidth("18em");
        purpose(agencyPurpose);
        agencyPurpose.setId("agency-purpose");
        addAgency.setText(getTranslation("services.field.agency.add"));
        addAgency.setId("add-agency");
        addAgency.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        addAgency.addClickListener(click -> addAgencyRow());
        moreAgencies.setId("more-agencies");
        memberPresent.addValueChangeListener(change -> showPresence());
        collaterals.setLabel(getTranslation("services.field.collaterals"));
        collaterals.setId("service-collaterals");
        collaterals.setItemLabelGenerator(c -> getTranslation(
                "services.field.collateral.item",
                c.name(),
                getTranslation("collateral.relationship." + c.relationship())));
        noCollaterals.setText(getTranslation("services.field.collaterals.none"));
        noCollaterals.setId("no-collaterals");
        noCollaterals.addClassName("hint");

        goals.setLabel(getTranslation("services.field.goals"));
        goals.setId("service-goals");
        goals.setItemLabelGenerator(ServiceFormOptions.GoalChoice::inMemberWords);
        noGoals.setText(getTranslation("services.field.goals.none"));
        noGoals.setId("no-goals");
        noGoals.addClassName("hint");
        progressGoal.setLabel(getTranslation("services.field.progress-goal"));
        progressGoal.setId("progress-goal");
        progressGoal.setItemLabelGenerator(ServiceFormOptions.GoalChoice::inMemberWords);
        progressGoal.setClearButtonVisible(true);
        progressRating.setLabel(getTranslation("services.field.progress-rating"));
        progressRating.setId("progress-rating");
        progressRating.setMin(0);
        progressRating.setMax(10);
        progressRating.setHelperText(getTranslation("services.field.progress-rating.help"));
        progressStatus.setLabel(getTranslation("services.field.progress-status"));
        progressStatus.setId("progress-status");
        progressStatus.setItems(GoalStatus.values());
        progressStatus.setItemLabelGenerator(st -> getTranslation("enum.GoalStatus." + st.name()));
        progressStatus.setValue(GoalStatus.IN_PROGRESS);
        progressNote.setLabel(getTranslation("services.field.progress-note"));
        progressNote.setId("progress-note");
        progressNote.setMaxLength(500);
        goals.addValueChangeListener(change -> showProgress());

        transition.setLabel(getTranslation("services.field.transition"));
        transition.setId("service-transition");
        transition.setHelperText(getTranslation("services.field.transition.help"));
        transition.setClearButtonVisible(true);
        transition.setMinWidth("18em");
        transition.setItemLabelGenerator(t -> getTranslation(
                "services.field.transition.item",
                getTranslation("enum.LevelOfCare." + t.from().name()),
                getTranslation("enum.LevelOfCare." + t.to().name())));
        components.addValueChangeListener(change -> showTransition());

        consentPrompt.setId("consent-prompt");
        consentPrompt.addClassName("consent-prompt");
        consentPrompt.getElement().setAttribute("role", "note");
        consentPrompt.add(
                new Span(getTranslation("services.consent.title")),
                new Paragraph(getTranslation("services.consent.how")));
        consentPrompt.setVisible(false);
        date.addValueChangeListener(change -> loadOptions());

        deliverySystem.setLabel(getTranslation("services.field.delivery-system"));
        deliverySystem.setId("service-delivery-system");
        List<DeliverySystem> systems = m.deliverySystems().stream().sorted().toList();
        deliverySystem.setItems(systems);
        deliverySystem.setItemLabelGenerator(s -> getTranslation("delivery-system." + s.name()));
        if (!systems.isEmpty()) {
            deliverySystem.setValue(systems.getFirst());
        }
        level.setLabel(getTranslation("services.field.level"));
        level.setId("service-level");
        level.setHelperText(getTranslation("services.field.level.help"));
        level.setItemLabelGenerator(l -> getTranslation("enum.LevelOfCare." + l.name()));
        level.setItems(levelsUnder(deliverySystem.getValue()));
        deliverySystem.addValueChangeListener(change -> level.setItems(levelsUnder(change.getValue())));
        setting.setId("service-setting");
        setting.addClassName("service-setting");

        crisis.setLabel(getTranslation("services.field.crisis"));
        crisis.setId("service-crisis");
        note.setLabel(getTranslation("services.field.note"));
        note.setId("service-note");
        note.setMaxLength(ProgressNote.MAX_LENGTH);
        note.setMinRows(3);

        save.setText(getTranslation("services.save"));
        save.setId("save-service");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save());

        fields().entrySet().stream()
                .filter(field -> !List.of("note", "progressGoal", "rating", "status", "progressNote")
                        .contains(field.getKey()))
                .forEach(
                        field -> ((AbstractField<?, ?>) field.getValue()).addValueChangeListener(change -> runCheck()));
        List.of(memberAtHome, memberPresent, crisis).forEach(box -> box.addValueChangeListener(change -> runCheck()));
        loadOptions();
        showDelivery();
        showPresence();
        showProgress();
        showTransition();
        Div times = row(date, startsAt, endsAt, contactMinutes);
        Div extra = row(travelMinutes, documentationMinutes);
        Div delivery = row(modality, placeOfService, memberAtHome);
        Div presence = row(memberPresent, absenceReason);
        Div agency = row(agencyContacted, agencyPurpose);
        Div care = row(deliverySystem, level, setting);
        Div progress = row(progressGoal, progressRating, progressStatus, progressNote);
        progress.setId("progress-entry");
        return new Div(
                section("services.form.when", times, extra),
                section("services.form.what", components, delivery, consentPrompt),
                section("services.form.who", presence, collaterals, noCollaterals, agency, moreAgencies, addAgency),
                section("services.form.care", care, transition, crisis),
                section("services.form.goals", goals, noGoals, progress),
                section("services.form.note", note));
    }

    private static List<LevelOfCare> levelsUnder(@Nullable DeliverySystem system) {
        return system == null
                ? List.of()
                : Arrays.stream(LevelOfCare.values())
                        .filter(l -> l.belongsTo(system))
                        .toList();
    }

    private void showDelivery() {
        boolean telehealth = modality.getValue() != null && modality.getValue().isTelehealth();
        placeOfService.setVisible(!telehealth);
        memberAtHome.setVisible(telehealth);
    }

    private void showPresence() {
        absenceReason.setVisible(!memberPresent.getValue());
    }

    /** COL-2, GOAL-3, LOC-3: the member's collaterals, the goals of the plan in force and the transitions that day. */
    private void loadOptions() {
        MemberId id = member;
        LocalDate on = date.getValue();
        if (id == null) {
            return;
        }
        ServiceFormOptions options = formQueries
                .options(currentUser.actor(), id, on == null ? Clocks.today(clock) : on)
                .orElse(new ServiceFormOptions(List.of(), List.of(), List.of()));
        Set<ServiceFormOptions.Participant> people = new HashSet<>(collaterals.getValue());
        collaterals.setItems(options.collaterals());
        people.retainAll(options.collaterals());
        collaterals.setValue(people);
        collaterals.setVisible(!options.collaterals().isEmpty());
        noCollaterals.setVisible(options.collaterals().isEmpty());
        Set<ServiceFormOptions.GoalChoice> chosen = new HashSet<>(goals.getValue());
        goals.setItems(options.goals());
        chosen.retainAll(options.goals());
        goals.setValue(chosen);
        goals.setVisible(!options.goals().isEmpty());
        noGoals.setVisible(options.goals().isEmpty());
        Transition move = transition.getValue();
        transition.setItems(options.transitions());
        transition.setValue(move != null && options.transitions().contains(move) ? move : null);
        transitionsOffered = !options.transitions().isEmpty();
        showTransition();
        showProgress();
    }

    /** GOAL-2: progress can be entered for a goal the service addressed; with one goal, that one. */
    private void showProgress() {
        List<ServiceFormOptions.GoalChoice> addressed = List.copyOf(goals.getValue());
        ServiceFormOptions.GoalChoice kept = progressGoal.getValue();
        progressGoal.setItems(addressed);
        progressGoal.setValue(
                kept != null && addressed.contains(kept) ? kept : addressed.size() == 1 ? addressed.getFirst() : null);
        boolean any = !addressed.isEmpty();
        progressGoal.setVisible(any);
        progressRating.setVisible(any);
        progressStatus.setVisible(any);
        progressNote.setVisible(any);
    }

    /** LOC-3: a transition is referenced by engagement. */
    private void showTransition() {
        boolean engagement = components.getValue().contains(ServiceComponent.ENGAGEMENT);
        transition.setVisible(engagement && transitionsOffered);
        if (!engagement) {
            transition.clear();
        }
    }

    private void purpose(ComboBox<AgencyContact.Purpose> field) {
        field.setLabel(getTranslation("services.field.agency-purpose"));
        field.setItems(AgencyContact.Purpose.values());
        field.setItemLabelGenerator(p -> getTranslation("services.agency-purpose." + p.name()));
        field.setValue(AgencyContact.Purpose.CARE_COORDINATION);
    }

    /** SVC-6: one more provider or agency contacted. */
    private void addAgencyRow() {
        TextField organization = new TextField(getTranslation("services.field.agency"));
        organization.setMaxLength(200);
        organization.addClassName("more-agency");
        ComboBox<AgencyContact.Purpose> why = new ComboBox<>();
        purpose(why);
        why.addClassName("more-agency-purpose");
        organization.addValueChangeListener(change -> runCheck());
        Div row = row(organization, why);
        row.addClassName("agency-row");
        moreAgencies.add(row);
        organization.focus();
    }

    @SuppressWarnings("unchecked")
    private List<AgencyContact> moreAgencyContacts() {
        List<AgencyContact> found = new ArrayList<>();
        moreAgencies.getChildren().forEach(row -> {
            List<Component> parts = row.getChildren().toList();
            String name = ((TextField) parts.get(0)).getValue();
            AgencyContact.Purpose why = ((ComboBox<AgencyContact.Purpose>) parts.get(1)).getValue();
            if (name != null && !name.isBlank() && name.length() <= 200) {
                found.add(new AgencyContact(name.strip(), why == null ? AgencyContact.Purpose.CARE_COORDINATION : why));
            }
        });
        return found;
    }

    /** Every field by the name refusals use for it. */
    private Map<String, HasValidation> fields() {
        Map<String, HasValidation> byName = new LinkedHashMap<>();
        byName.put("dateOfService", date);
        byName.put("startsAt", startsAt);
        byName.put("endsAt", endsAt);
        byName.put("contactMinutes", contactMinutes);
        byName.put("travelMinutes", travelMinutes);
        byName.put("documentationMinutes", documentationMinutes);
        byName.put("components", components);
        byName.put("modality", modality);
        byName.put("placeOfService", placeOfService);
        byName.put("absenceReason", absenceReason);
        byName.put("agencyContacted", agencyContacted);
        byName.put("agencyPurpose", agencyPurpose);
        byName.put("collaterals", collaterals);
        byName.put("goals", goals);
        byName.put("transition", transition);
        byName.put("progressGoal", progressGoal);
        byName.put("rating", progressRating);
        byName.put("status", progressStatus);
        byName.put("progressNote", progressNote);
        byName.put("on", date);
        byName.put("deliverySystem", deliverySystem);
        byName.put("level", level);
        byName.put("note", note);
        return byName;
    }

    ServiceInput input() {
        return ServiceInput.forMember(java.util.Objects.requireNonNull(member))
                .on(date.getValue())
                .between(startsAt.getValue(), endsAt.getValue())
                .contactMinutes(contactMinutes.getValue())
                .travelMinutes(travelMinutes.getValue())
                .documentationMinutes(documentationMinutes.getValue())
                .components(components.getValue())
                .delivered(modality.getValue(), placeOfService.getValue())
                .memberAtHome(memberAtHome.getValue())
                .memberPresent(memberPresent.getValue(), absenceReason.getValue())
                .agencyContacted(agencyContacted.getValue(), agencyPurpose.getValue())
                .under(deliverySystem.getValue())
                .level(level.getValue())
                .crisis(crisis.getValue())
                .collaterals(collaterals.getValue().stream()
                        .map(ServiceFormOptions.Participant::id)
                        .toList())
                .moreAgencies(moreAgencyContacts())
                .goals(goals.getValue().stream()
                        .map(ServiceFormOptions.GoalChoice::id)
                        .toList())
                .transition(transition.isVisible() ? transition.getValue() : null)
                .build();
    }

    /** GOAL-2: the progress entry when a rating was given (the goal defaults to the one addressed). */
    @Nullable
    GoalProgressInput progress() {
        ServiceFormOptions.GoalChoice goal = progressGoal.getValue();
        Integer rating = progressRating.getValue();
        String text = progressNote.getValue();
        boolean any = rating != null || (text != null && !text.isBlank());
        if (!any || !progressGoal.isVisible()) {
            return null;
        }
        if (goal == null) {
            // no goal chosen: the application names the goal field
            goal = new ServiceFormOptions.GoalChoice(GoalId.newId(), "");
        }
        return new GoalProgressInput(
                goal.id(), rating, progressStatus.getValue(), text == null || text.isBlank() ? null : text.strip());
    }

    /** CHECK-1 again after every change; bad input is named at its field first. */
    void runCheck() {
        if (member == null) {
            return;
        }
        fields().values().forEach(field -> field.setInvalid(false));
        ServiceInput input = input();
        try {
            input.requireValid(Clocks.today(clock));
        } catch (ServiceInput.Invalid invalid) {
            DomainErrors.show(invalid, fields());
        }
        long started = System.nanoTime();
        ClaimCheckResult result;
        try {
            // CONF-4: the live re-check is not audited each time; saving is (SERVICE_RECORDED)
            result = claimCheck.check(CheckServiceCommand.live(currentUser.actor(), input));
        } catch (MemberNotFoundException gone) {
            return;
        }
        lastCheckMillis = Duration.ofNanos(System.nanoTime() - started).toMillis();
        check.getElement().setAttribute("data-check-ms", String.valueOf(lastCheckMillis));
        show(result);
        // SVC-5: telephone or video without a telehealth consent on file: say how to record one
        boolean telehealth = modality.getValue() != null && modality.getValue().isTelehealth();
        consentPrompt.setVisible(telehealth && result.findings().stream().anyMatch(f -> "SVC-5".equals(f.ruleId())));
    }

    private void show(ClaimCheckResult result) {
        check.removeAll();
        boolean ready = result.isReady();
        verdict.setText(getTranslation(ready ? "services.check.ready" : "services.check.not-ready"));
        verdict.setId("check-verdict");
        verdict.getElement().setAttribute("data-ready", String.valueOf(ready));
        verdict.addClassNames("check-verdict", ready ? "check-ready" : "check-not-ready");
        checkLine.removeAll();
        checkLine.setId("check-line");
        checkLine.addClassName("check-line");
        checkLine.add(
                fact("services.check.code", result.code().name()),
                fact("services.check.units", result.units() == null ? "–" : String.valueOf(result.units())),
                fact(
                        "services.check.modifiers",
                        result.modifiers().isEmpty()
                                ? getTranslation("services.check.none")
                                : String.join(", ", result.modifiers())),
                fact("services.check.place", result.placeOfService() == null ? "–" : result.placeOfService()));
        setting.setText(result.combinedWith()
                .map(l -> getTranslation("services.setting.combined", getTranslation("enum.LevelOfCare." + l.name())))
                .orElseGet(() -> getTranslation("services.setting.standalone")));
        findings.show(result.findings());
        check.add(new H3(getTranslation("services.check.title")), verdict, checkLine, findings);
    }

    private Div fact(String labelKey, String value) {
        Span label = new Span(getTranslation(labelKey));
        label.addClassName("member-fact-label");
        Span text = new Span(value);
        text.addClassName("member-fact-value");
        Div fact = new Div(label, text);
        fact.addClassName("member-fact");
        return fact;
    }

    private void save() {
        MemberId id = member;
        if (id == null) {
            return;
        }
        fields().values().forEach(field -> field.setInvalid(false));
        try {
            ServiceId saved = recordService.record(
                    new RecordPeerServiceCommand(currentUser.actor(), input(), note.getValue(), progress()));
            DomainErrors.notifySuccess(getTranslation("services.saved"));
            getUI().ifPresent(ui -> ui.navigate(
                    SavedServiceView.class,
                    new RouteParameters(Map.of(
                            "memberId",
                            id.value().toString(),
                            "serviceId",
                            saved.value().toString()))));
        } catch (DomainException refused) {
            DomainErrors.show(refused, fields());
        }
    }

    private void time(TimePicker field, String labelKey, String id) {
        field.setLabel(getTranslation(labelKey));
        field.setId(id);
        field.setStep(Duration.ofMinutes(5));
        field.setLocale(getLocale());
    }

    private void minutes(IntegerField field, String labelKey, String id) {
        field.setLabel(getTranslation(labelKey));
        field.setId(id);
        field.setMin(0);
        field.setMax(24 * 60);
        field.setStepButtonsVisible(false);
    }

    private static Div row(Component... parts) {
        Div row = new Div(parts);
        row.addClassName("form-row");
        return row;
    }

    private Section section(String titleKey, Component... parts) {
        Section section = new Section(new H3(getTranslation(titleKey)));
        section.add(parts);
        section.addClassName("section");
        return section;
    }

    /** Issue H: the work queue's way to record a service, choosing the member first (id {@code record-service}). */
    public static Button recordButton() {
        Button record = new Button(UI.getCurrent().getTranslation("services.record"));
        record.setId("record-service");
        record.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        record.addClickListener(click -> UI.getCurrent().navigate(RecordServiceStartView.class));
        return record;
    }

    @Override
    public String getPageTitle() {
        return title + " · " + getTranslation("app.name");
    }
}
