package org.peerpath.ui.member.plan;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.peerpath.application.member.port.in.MemberDetails;
import org.peerpath.application.member.port.in.MemberQueries;
import org.peerpath.application.plan.port.in.CoSignPlanUseCase;
import org.peerpath.application.plan.port.in.GoalInput;
import org.peerpath.application.plan.port.in.GoalInputRefusedException;
import org.peerpath.application.plan.port.in.GoalProgressSummary;
import org.peerpath.application.plan.port.in.MemberPlan;
import org.peerpath.application.plan.port.in.PlanAction;
import org.peerpath.application.plan.port.in.PlanDetails;
import org.peerpath.application.plan.port.in.PlanQueries;
import org.peerpath.application.plan.port.in.PlanStepCommand;
import org.peerpath.application.plan.port.in.PlanStepKind;
import org.peerpath.application.plan.port.in.PlanVersionSummary;
import org.peerpath.application.plan.port.in.RecordProgressCommand;
import org.peerpath.application.plan.port.in.RecordProgressUseCase;
import org.peerpath.application.plan.port.in.ReturnPlanUseCase;
import org.peerpath.application.plan.port.in.ReviewPlanUseCase;
import org.peerpath.application.plan.port.in.RevisePlanUseCase;
import org.peerpath.application.plan.port.in.SavePlanCommand;
import org.peerpath.application.plan.port.in.SavePlanUseCase;
import org.peerpath.application.plan.port.in.SignPlanUseCase;
import org.peerpath.application.plan.port.in.StartPlanCommand;
import org.peerpath.application.plan.port.in.StartPlanUseCase;
import org.peerpath.application.plan.port.in.StepSummary;
import org.peerpath.application.plan.port.in.VersionPeriod;
import org.peerpath.application.service.port.in.PeerServiceQueries;
import org.peerpath.application.service.port.in.ServiceSummary;
import org.peerpath.application.shared.Clocks;
import org.peerpath.application.shared.ConcurrentChangeException;
import org.peerpath.application.shared.PageSpec;
import org.peerpath.application.shared.Slice;
import org.peerpath.goal.Goal;
import org.peerpath.goal.GoalId;
import org.peerpath.goal.GoalStatus;
import org.peerpath.member.MemberId;
import org.peerpath.plan.AmountDurationScope;
import org.peerpath.plan.PlanOfCare;
import org.peerpath.plan.PlanOfCareId;
import org.peerpath.plan.PlanStatus;
import org.peerpath.shared.DomainException;
import org.peerpath.shared.Role;
import org.peerpath.shared.ServiceId;
import org.peerpath.ui.language.Languages;
import org.peerpath.ui.member.MemberHeader;
import org.peerpath.ui.member.tab.TabPage;
import org.peerpath.ui.member.workspace.MemberWorkspaceTabs;
import org.peerpath.ui.security.CurrentUser;
import org.peerpath.ui.shared.DatePickers;
import org.peerpath.ui.shared.DomainErrors;
import org.peerpath.ui.shared.MainLayout;

/**
 * The Plan tab (POC-1..6, GOAL-1, GOAL-2): the member's Plan of Care, filed as "Peer Specialist – Plan of Care". Its
 * author edits a draft or returned version (goals in the member's words with measure, target and date; amount,
 * duration and scope; the narrative from the template; the DMC-ODS treatment-plan flag) and signs it; the supervisor
 * co-signs or returns it with a comment, or reviews a plan written on the peer's behalf; a complete plan is locked and
 * revised through a new version. Each goal's progress is charted with a table of the same entries. Clinical: the care
 * team and admins only (CONF-2).
 */
@Route(value = "members/:memberId/plan", layout = MainLayout.class)
@RolesAllowed({Role.PEER_ROLE, Role.SUPERVISOR_ROLE, Role.BHP_ROLE, Role.ADMIN_ROLE})
public class PlanView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    static final String VERSION_PARAMETER = "version";

    private final MemberQueries members;
    private final PlanQueries plans;
    private final StartPlanUseCase startPlan;
    private final SavePlanUseCase savePlan;
    private final SignPlanUseCase signPlan;
    private final CoSignPlanUseCase coSignPlan;
    private final ReturnPlanUseCase returnPlan;
    private final ReviewPlanUseCase reviewPlan;
    private final RevisePlanUseCase revisePlan;
    private final RecordProgressUseCase recordProgress;
    private final PeerServiceQueries services;
    private final CurrentUser currentUser;
    private final Clock clock;
    private String title = "";

    Button start = new Button();
    TextArea narrative = new TextArea();
    TextField amount = new TextField();
    TextField duration = new TextField();
    TextField scope = new TextField();
    Checkbox embedded = new Checkbox();
    TextField reference = new TextField();
    ComboBox<ServiceSummary> developedIn = new ComboBox<>();
    final List<GoalEditor> goals = new ArrayList<>();
    final Div goalList = new Div();
    Button addGoal = new Button();
    Button save = new Button();
    Button sign = new Button();
    Button cosign = new Button();
    TextArea returnComment = new TextArea();
    Button returnToAuthor = new Button();
    Button review = new Button();
    Button revise = new Button();
    Paragraph refusal = new Paragraph();
    final List<ProgressForm> progressForms = new ArrayList<>();

    @Nullable
    PlanDetails shown;

    @Nullable
    VersionCompare compare;

    /** POC-1, POC-4, GOAL-2: the member's recorded services, newest first (read-only, from the service feature). */
    List<ServiceSummary> memberServices = List.of();

    private @Nullable MemberId shownMember;
    private boolean shownMeasurable = true;

    PlanView(
            MemberQueries members,
            PlanQueries plans,
            StartPlanUseCase startPlan,
            SavePlanUseCase savePlan,
            SignPlanUseCase signPlan,
            CoSignPlanUseCase coSignPlan,
            ReturnPlanUseCase returnPlan,
            ReviewPlanUseCase reviewPlan,
            RevisePlanUseCase revisePlan,
            RecordProgressUseCase recordProgress,
            PeerServiceQueries services,
            CurrentUser currentUser,
            Clock clock) {
        this.members = members;
        this.plans = plans;
        this.startPlan = startPlan;
        this.savePlan = savePlan;
        this.signPlan = signPlan;
        this.coSignPlan = coSignPlan;
        this.returnPlan = returnPlan;
        this.reviewPlan = reviewPlan;
        this.revisePlan = revisePlan;
        this.recordProgress = recordProgress;
        this.services = services;
        this.currentUser = currentUser;
        this.clock = clock;
        addClassNames("page", LumoUtility.MaxWidth.SCREEN_LARGE);
    }

    /** The view instance is reused when the route is shown again: fresh fields and buttons, no listener twice. */
    private void reset() {
        start = new Button();
        narrative = new TextArea();
        amount = new TextField();
        duration = new TextField();
        scope = new TextField();
        embedded = new Checkbox();
        reference = new TextField();
        developedIn = new ComboBox<>();
        addGoal = new Button();
        save = new Button();
        sign = new Button();
        cosign = new Button();
        returnComment = new TextArea();
        returnToAuthor = new Button();
        review = new Button();
        revise = new Button();
        refusal = new Paragraph();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        reset();
        goals.clear();
        goalList.removeAll();
        progressForms.clear();
        shown = null;
        compare = null;
        memberServices = List.of();
        @Nullable
        PlanOfCareId version = event.getLocation()
                .getQueryParameters()
                .getSingleParameter(VERSION_PARAMETER)
                .flatMap(PlanView::planId)
                .orElse(null);
        Optional<MemberDetails> member =
                MemberWorkspaceTabs.memberIdOf(event).flatMap(id -> members.member(currentUser.actor(), id));
        Optional<MemberPlan> plan = member.flatMap(m -> plans.plan(currentUser.actor(), m.id(), version));
        if (member.isEmpty() || plan.isEmpty()) {
            title = getTranslation("member.not-found.title");
            add(TabPage.notFound(this));
            return;
        }
        title = getTranslation("plans.page-title", member.get().fullName());
        H2 heading = new H2(getTranslation("plans.title"));
        heading.addClassName("section");
        Paragraph noteType = new Paragraph(getTranslation("plans.note-type", PlanOfCare.NOTE_TYPE));
        noteType.setId("plan-note-type");
        add(
                new MemberHeader(member.get()),
                new MemberWorkspaceTabs(member.get().id(), PlanView.class),
                heading,
                noteType);
        memberServices = services.servicesOf(currentUser.actor(), member.get().id(), PageSpec.first(PageSpec.MAX_SIZE))
                .map(Slice::items)
                .orElse(List.of());
        show(plan.get());
    }

    /** GOAL-2, POC-1: a service as a person picks it: its date and code. */
    String serviceLabel(ServiceSummary service) {
        return getTranslation(
                "plans.service.label",
                date(service.dateOfService()),
                service.code().name());
    }

    String serviceLabel(ServiceId id) {
        return memberServices.stream()
                .filter(s -> s.id().equals(id))
                .findFirst()
                .map(this::serviceLabel)
                .orElseGet(() -> getTranslation("plans.service.unknown"));
    }

    private Optional<ServiceSummary> service(@Nullable ServiceId id) {
        return memberServices.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    private void serviceChoice(ComboBox<ServiceSummary> box, String labelKey, String id) {
        box.setLabel(getTranslation(labelKey));
        box.setId(id);
        box.setItems(memberServices);
        box.setItemLabelGenerator(this::serviceLabel);
        box.setClearButtonVisible(true);
        box.setPlaceholder(getTranslation("plans.service.none"));
    }

    private void show(MemberPlan plan) {
        refusal.setId("plan-refusal");
        refusal.addClassName("plan-refusal");
        refusal.setText("");
        shownMember = plan.member();
        shownMeasurable = plan.measurableGoals();
        if (plan.plan().isEmpty()) {
            add(new Paragraph(getTranslation("plans.none")));
            if (plan.mayStart()) {
                button(start, "plans.start", "plan-start");
                start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                start.addClickListener(click -> act(
                        () -> startPlan.start(new StartPlanCommand(currentUser.actor(), plan.member())),
                        "plans.started",
                        Map.of()));
                add(start);
            }
            return;
        }
        PlanDetails details = plan.plan().get();
        shown = details;
        add(statusLine(details));
        if (details.returnComment() != null) {
            Div returned = new Div(
                    new H3(getTranslation("plans.returned.title", details.returnedBy())),
                    new Paragraph(details.returnComment()));
            returned.setId("plan-return-note");
            returned.addClassNames("section", "plan-returned");
            add(returned);
        }
        if (details.may(PlanAction.EDIT)) {
            add(editor(plan, details));
        } else {
            add(readOnly(details));
        }
        add(signOff(details), refusal);
        add(progress(plan, details));
        add(versionServices(plan));
        add(history(plan));
    }

    private Component statusLine(PlanDetails details) {
        Span status = new Span(getTranslation("plans.status." + details.status().name()));
        status.setId("plan-status");
        status.addClassNames(
                "badge", details.status() == PlanStatus.COMPLETE ? "badge-standing-current" : "badge-standing-past");
        Span version = new Span(getTranslation("plans.version", details.versionNumber()));
        Span author = new Span(getTranslation(
                details.byPeer() ? "plans.written-by-peer" : "plans.written-on-behalf", details.authorName()));
        Div line = new Div(status, version, author);
        line.addClassNames("badge-row", "plan-status-line");
        if (details.completedOn() != null) {
            line.add(new Span(getTranslation("plans.in-force-from", date(details.completedOn()))));
        }
        if (details.status() == PlanStatus.COMPLETE || details.status() == PlanStatus.SUPERSEDED) {
            Span locked = new Span(getTranslation("plans.locked"));
            locked.setId("plan-locked");
            line.add(locked);
        }
        return line;
    }

    /** POC-5, POC-6, GOAL-1: the author's form. */
    private Component editor(MemberPlan plan, PlanDetails details) {
        narrative.setLabel(getTranslation("plans.field.narrative"));
        narrative.setHelperText(getTranslation("plans.field.narrative.helper"));
        narrative.setId("plan-narrative");
        narrative.setWidthFull();
        narrative.setMaxLength(PlanOfCare.MAX_NARRATIVE_LENGTH);
        narrative.setValue(details.narrative());
        AmountDurationScope ads = details.amountDurationScope();
        text(amount, "plans.field.amount", "plan-amount", ads == null ? "" : ads.amount());
        amount.setHelperText(getTranslation("plans.field.amount.helper"));
        text(duration, "plans.field.duration", "plan-duration", ads == null ? "" : ads.duration());
        duration.setHelperText(getTranslation("plans.field.duration.helper"));
        text(scope, "plans.field.scope", "plan-scope", ads == null ? "" : ads.scope());
        scope.setHelperText(getTranslation("plans.field.scope.helper"));
        FlexLayout services = row(amount, duration, scope);
        serviceChoice(developedIn, "plans.field.developed-in", "plan-developed-in");
        developedIn.setHelperText(getTranslation("plans.field.developed-in.helper"));
        developedIn.setMinWidth("16rem");
        service(details.developmentSession()).ifPresent(developedIn::setValue);
        Div form = new Div(new H3(getTranslation("plans.editor.title")), narrative, services, row(developedIn));
        form.addClassName("section");
        form.setId("plan-editor");
        if (plan.substanceUse()) {
            embedded.setLabel(getTranslation("plans.field.embedded"));
            embedded.setId("plan-embedded");
            embedded.setValue(details.treatmentPlanReference() != null);
            text(reference, "plans.field.reference", "plan-reference", details.treatmentPlanReference());
            reference.setVisible(embedded.getValue());
            embedded.addValueChangeListener(change -> reference.setVisible(change.getValue()));
            form.add(row(embedded, reference));
        }
        H4 goalsHeading = new H4(getTranslation("plans.goals.title"));
        Paragraph goalsHint = new Paragraph(
                getTranslation(plan.measurableGoals() ? "plans.goals.hint.measurable" : "plans.goals.hint"));
        goalList.setId("plan-goals");
        details.goals().forEach(this::addGoalEditor);
        if (goals.isEmpty()) {
            addGoalEditor(null);
        }
        button(addGoal, "plans.goal.add", "plan-add-goal");
        addGoal.addClickListener(click -> addGoalEditor(null));
        button(save, "plans.save", "plan-save");
        save.addClickListener(click -> {
            if (saveForm(plan.measurableGoals(), details)) {
                DomainErrors.notifySuccess(getTranslation("plans.saved"));
                refresh();
            }
        });
        form.add(goalsHeading, goalsHint, goalList, addGoal, row(save));
        return form;
    }

    private void addGoalEditor(@Nullable Goal goal) {
        GoalEditor editor = new GoalEditor(goals.size(), goal);
        goals.add(editor);
        goalList.add(editor);
    }

    /** The form's goals and fields, checked here first so every field gets its words at once, then by the use case. */
    private boolean saveForm(boolean measurable, PlanDetails details) {
        List<HasValidation> all = new ArrayList<>(List.of(narrative, amount, duration, scope, reference));
        goals.forEach(g -> all.addAll(g.fields()));
        all.forEach(f -> f.setInvalid(false));
        LocalDate today = Clocks.today(clock);
        boolean valid = true;
        List<GoalEditor> kept = goals.stream().filter(g -> !g.removed).toList();
        for (GoalEditor goal : kept) {
            valid &= goal.check(measurable, today);
        }
        if (embedded.getValue() && reference.getValue().isBlank()) {
            invalid(reference, "plans.field.reference.required");
            valid = false;
        }
        if (!valid) {
            return false;
        }
        try {
            savePlan.save(new SavePlanCommand(
                    currentUser.actor(),
                    details.id(),
                    details.version(),
                    narrative.getValue(),
                    amount.getValue(),
                    duration.getValue(),
                    scope.getValue(),
                    embedded.getValue(),
                    reference.getValue(),
                    kept.stream().map(GoalEditor::input).toList(),
                    developedIn.getValue() == null
                            ? null
                            : developedIn.getValue().id()));
            return true;
        } catch (ConcurrentChangeException stale) {
            // Someone changed the plan since this page was shown: nothing is overwritten, the input stays.
            DomainErrors.notifyError(getTranslation(ConcurrentChangeException.CODE));
            refusal.setText(getTranslation(ConcurrentChangeException.CODE));
        } catch (GoalInputRefusedException refused) {
            GoalEditor goal = kept.get(refused.index());
            goal.field(refused.field())
                    .ifPresentOrElse(
                            field -> invalid(field, DomainErrors.text(refused.problem())),
                            () -> DomainErrors.notifyError(DomainErrors.text(refused.problem())));
        } catch (DomainException refused) {
            DomainErrors.show(
                    refused,
                    Map.of(
                            "narrative", narrative,
                            "amount", amount,
                            "duration", duration,
                            "scope", scope,
                            "treatmentPlanReference", reference,
                            "service", developedIn));
            refusal.setText(DomainErrors.text(refused));
        }
        return false;
    }

    private Component readOnly(PlanDetails details) {
        Div plan = new Div(new H3(getTranslation("plans.read.title")));
        plan.addClassName("section");
        plan.setId("plan-read");
        Paragraph text = new Paragraph(details.narrative());
        text.addClassName("plan-narrative");
        plan.add(text);
        AmountDurationScope ads = details.amountDurationScope();
        if (ads != null) {
            plan.add(new Paragraph(getTranslation("plans.read.services", ads.amount(), ads.duration(), ads.scope())));
        }
        if (details.treatmentPlanReference() != null) {
            plan.add(new Paragraph(getTranslation("plans.read.embedded", details.treatmentPlanReference())));
        }
        if (details.developmentSession() != null) {
            Paragraph developed = new Paragraph(
                    getTranslation("plans.read.developed-in", serviceLabel(details.developmentSession())));
            developed.setId("plan-developed-in-read");
            plan.add(developed);
        }
        UnorderedList list = new UnorderedList();
        list.setId("plan-goal-list");
        for (Goal goal : details.goals()) {
            ListItem item = new ListItem(new Span(goal.inMemberWords()));
            item.addClassName("plan-goal");
            if (goal.measure() != null || goal.target() != null || goal.targetDate() != null) {
                Span measure = new Span(getTranslation(
                        "plans.read.goal-measure",
                        goal.measure() == null ? "—" : goal.measure(),
                        goal.target() == null ? "—" : goal.target(),
                        goal.targetDate() == null ? "—" : date(goal.targetDate())));
                measure.addClassName("plan-goal-measure");
                item.add(measure);
            }
            list.add(item);
        }
        plan.add(new H4(getTranslation("plans.goals.title")), list);
        return plan;
    }

    /** POC-2..4: the steps the reader may take on this version. */
    private Component signOff(PlanDetails details) {
        Div actions = new Div();
        actions.addClassName("section");
        actions.setId("plan-actions");
        FlexLayout buttons = row();
        if (details.may(PlanAction.SIGN)) {
            button(sign, "plans.sign", "plan-sign");
            sign.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            sign.addClickListener(click -> signNow(details));
            buttons.add(sign);
        }
        if (details.may(PlanAction.CO_SIGN)) {
            button(cosign, "plans.cosign", "plan-cosign");
            cosign.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            cosign.addClickListener(click -> act(() -> coSignPlan.cosign(step(details)), "plans.cosigned", Map.of()));
            buttons.add(cosign);
        }
        if (details.may(PlanAction.REVIEW)) {
            button(review, "plans.review", "plan-review");
            review.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            review.addClickListener(click -> act(() -> reviewPlan.review(step(details)), "plans.reviewed", Map.of()));
            buttons.add(review);
        }
        if (details.may(PlanAction.REVISE)) {
            button(revise, "plans.revise", "plan-revise");
            revise.addClickListener(click -> act(() -> revisePlan.revise(step(details)), "plans.revised", Map.of()));
            buttons.add(revise);
        }
        if (details.may(PlanAction.RETURN)) {
            returnComment.setLabel(getTranslation("plans.field.return-comment"));
            returnComment.setId("plan-return-comment");
            returnComment.setMaxLength(2000);
            returnComment.setWidthFull();
            button(returnToAuthor, "plans.return", "plan-return");
            returnToAuthor.addClickListener(click -> {
                returnComment.setInvalid(false);
                if (returnComment.getValue().isBlank()) {
                    invalid(returnComment, "plans.field.return-comment.required");
                    return;
                }
                act(
                        () -> returnPlan.returnToAuthor(new PlanStepCommand(
                                currentUser.actor(), details.id(), details.version(), returnComment.getValue())),
                        "plans.returned",
                        Map.of("returnComment", returnComment));
            });
            actions.add(buttons, returnComment, row(returnToAuthor));
        } else {
            actions.add(buttons);
        }
        if (details.status() == PlanStatus.SIGNED && !details.byPeer()) {
            Paragraph reviews = new Paragraph(getTranslation(
                    "plans.reviews",
                    getTranslation(details.peerReviewed() ? "plans.reviews.done" : "plans.reviews.waiting"),
                    getTranslation(details.supervisorReviewed() ? "plans.reviews.done" : "plans.reviews.waiting")));
            reviews.setId("plan-reviews");
            actions.add(reviews);
        }
        return actions;
    }

    /** POC-4: what the author typed is saved first, then the version just saved is signed. */
    private void signNow(PlanDetails details) {
        if (!saveForm(shownMeasurable, details)) {
            return;
        }
        Optional<PlanDetails> saved =
                plans.plan(currentUser.actor(), memberOf(), null).flatMap(MemberPlan::plan);
        saved.ifPresent(now -> act(() -> signPlan.sign(step(now)), "plans.signed", Map.of()));
    }

    private MemberId memberOf() {
        return Objects.requireNonNull(shownMember);
    }

    private PlanStepCommand step(PlanDetails details) {
        return new PlanStepCommand(currentUser.actor(), details.id(), details.version());
    }

    /** GOAL-2: each goal's chart and table, and a form to record an entry once a plan is in force. */
    private Component progress(MemberPlan plan, PlanDetails details) {
        Div section = new Div(new H3(getTranslation("plans.progress.title")));
        section.addClassName("section");
        section.setId("plan-progress");
        boolean inForce = plan.versions().stream()
                .anyMatch(v -> v.status() == PlanStatus.COMPLETE || v.status() == PlanStatus.SUPERSEDED);
        if (!inForce) {
            section.add(new Paragraph(getTranslation("plans.progress.after-complete")));
            return section;
        }
        List<GoalProgressSummary> progress = plan.progress();
        section.add(GoalsOverviewChart.of(progress, this, locale()));
        for (int i = 0; i < progress.size(); i++) {
            GoalProgressSummary goal = progress.get(i);
            Div card = new Div(new H4(goal.inMemberWords()));
            card.addClassName("progress-card");
            Span status = new Span(getTranslation("plans.progress.current", statusName(goal.status())));
            card.add(status, ProgressChart.of(goal, this, locale(), String.valueOf(i), this::serviceLabel));
            if (details.may(PlanAction.RECORD_PROGRESS)) {
                ProgressForm form = new ProgressForm(i, plan, goal);
                progressForms.add(form);
                card.add(form);
            }
            section.add(card);
        }
        return section;
    }

    /**
     * POC-4: the services dated in each complete version's period, under the version in force on their date (newest
     * version first); services before the first complete plan are listed apart. POC-1: the service in which the plan
     * was developed is named.
     */
    private Component versionServices(MemberPlan plan) {
        Div section = new Div(new H3(getTranslation("plans.version-services.title")));
        section.addClassName("section");
        section.setId("plan-version-services");
        if (plan.periods().isEmpty()) {
            section.add(new Paragraph(getTranslation("plans.version-services.no-plan")));
        }
        List<VersionPeriod> newestFirst = new ArrayList<>(plan.periods());
        java.util.Collections.reverse(newestFirst);
        for (VersionPeriod period : newestFirst) {
            String when = period.until() == null
                    ? getTranslation("plans.version-services.since", period.versionNumber(), date(period.from()))
                    : getTranslation(
                            "plans.version-services.between",
                            period.versionNumber(),
                            date(period.from()),
                            date(period.until().minusDays(1)));
            Div block = new Div(new H4(when));
            block.setId("plan-version-services-" + period.versionNumber());
            block.addClassName("version-services");
            if (period.developedIn() != null) {
                Paragraph developed =
                        new Paragraph(getTranslation("plans.read.developed-in", serviceLabel(period.developedIn())));
                developed.addClassName("version-developed-in");
                block.add(developed);
            }
            List<ServiceSummary> dated = memberServices.stream()
                    .filter(s -> period.covers(s.dateOfService()))
                    .toList();
            block.add(serviceList(dated, period.developedIn()));
            section.add(block);
        }
        List<ServiceSummary> before = memberServices.stream()
                .filter(s -> plan.inForceOn(s.dateOfService()).isEmpty())
                .toList();
        if (!before.isEmpty()) {
            Div block = new Div(new H4(getTranslation("plans.version-services.none-in-force")));
            block.setId("plan-version-services-none");
            block.addClassName("version-services");
            ServiceId developed = plan.periods().stream()
                    .map(VersionPeriod::developedIn)
                    .filter(Objects::nonNull)
                    .findFirst()
                    .orElse(null);
            block.add(serviceList(before, developed));
            section.add(block);
        }
        return section;
    }

    private Component serviceList(List<ServiceSummary> dated, @Nullable ServiceId developedIn) {
        if (dated.isEmpty()) {
            return new Paragraph(getTranslation("plans.version-services.empty"));
        }
        UnorderedList list = new UnorderedList();
        list.addClassName("version-service-list");
        for (ServiceSummary service : dated) {
            ListItem item = new ListItem(serviceLabel(service));
            if (service.id().equals(developedIn)) {
                Span mark = new Span(getTranslation("plans.version-services.developed-here"));
                mark.addClassNames("badge", "badge-standing-current");
                item.add(new Span(" "), mark);
            }
            list.add(item);
        }
        return list;
    }

    /** POC-4: every version with who did what and when, newest first; an older version opens read-only. */
    private Component history(MemberPlan plan) {
        Div section = new Div(new H3(getTranslation("plans.history.title")));
        section.addClassName("section");
        section.setId("plan-history");
        DateTimeFormatter at = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale())
                .withZone(Clocks.COUNTY_ZONE);
        for (PlanVersionSummary version : plan.versions()) {
            RouterLink open = new RouterLink(
                    getTranslation(
                            "plans.history.version",
                            version.versionNumber(),
                            getTranslation("plans.status." + version.status().name())),
                    PlanView.class,
                    new RouteParameters("memberId", plan.member().value().toString()));
            open.setQueryParameters(
                    QueryParameters.of(VERSION_PARAMETER, version.id().value().toString()));
            open.setId("plan-version-" + version.versionNumber());
            OrderedList steps = new OrderedList();
            for (StepSummary step : version.steps()) {
                String text = getTranslation("plans.step." + step.kind().name(), step.by(), at.format(step.at()));
                ListItem item = new ListItem(text);
                if (step.comment() != null && step.kind() == PlanStepKind.RETURNED) {
                    item.add(new Span(" — “" + step.comment() + "”"));
                }
                steps.add(item);
            }
            section.add(new Div(open, steps));
        }
        if (plan.versions().size() > 1) {
            compare = new VersionCompare(plan, id -> plans.plan(currentUser.actor(), plan.member(), id)
                    .flatMap(MemberPlan::plan));
            section.add(compare);
        }
        return section;
    }

    private void act(Runnable step, String doneKey, Map<String, ? extends HasValidation> fields) {
        refusal.setText("");
        try {
            step.run();
            DomainErrors.notifySuccess(getTranslation(doneKey));
            refresh();
        } catch (ConcurrentChangeException stale) {
            // Someone else took a step on this version first: theirs stands, this one is refused in words.
            DomainErrors.notifyError(getTranslation(ConcurrentChangeException.CODE));
            refusal.setText(getTranslation(ConcurrentChangeException.CODE));
        } catch (DomainException refused) {
            // POC-2: the reason in words, e.g. a supervisor whose training was overdue today.
            DomainErrors.show(refused, fields);
            refusal.setText(DomainErrors.text(refused));
        }
    }

    private void refresh() {
        getUI().ifPresent(ui -> ui.refreshCurrentRoute(false));
    }

    private void invalid(HasValidation field, String key) {
        field.setErrorMessage(getTranslation(key));
        field.setInvalid(true);
    }

    private void text(TextField field, String labelKey, String id, @Nullable String value) {
        field.setLabel(getTranslation(labelKey));
        field.setId(id);
        field.setValue(value == null ? "" : value);
    }

    private void button(Button button, String labelKey, String id) {
        button.setText(getTranslation(labelKey));
        button.setId(id);
    }

    private static FlexLayout row(Component... parts) {
        FlexLayout row = new FlexLayout(parts);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        row.addClassNames(LumoUtility.Gap.MEDIUM);
        return row;
    }

    private String statusName(GoalStatus status) {
        return getTranslation("enum.GoalStatus." + status.name());
    }

    private Locale locale() {
        return Languages.supported(getLocale());
    }

    private String date(LocalDate day) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                .withLocale(locale())
                .format(day);
    }

    private static Optional<PlanOfCareId> planId(String text) {
        try {
            return Optional.of(new PlanOfCareId(UUID.fromString(text)));
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }

    @Override
    public String getPageTitle() {
        return title + " · " + getTranslation("app.name");
    }

    /** GOAL-1: one goal in the member's words, with its measure, target and target date. */
    final class GoalEditor extends Div {

        final @Nullable GoalId id;
        final TextArea words = new TextArea();
        final TextField measure = new TextField();
        final TextField target = new TextField();
        final DatePicker targetDate = new DatePicker();
        final Button remove = new Button();
        boolean removed;

        GoalEditor(int index, @Nullable Goal goal) {
            this.id = goal == null ? null : goal.id();
            addClassName("goal-editor");
            words.setLabel(getTranslation("plans.goal.words", index + 1));
            words.setHelperText(getTranslation("plans.goal.words.helper"));
            words.setId("goal-words-" + index);
            words.setMaxLength(Goal.MAX_LENGTH);
            words.setWidthFull();
            measure.setLabel(getTranslation("plans.goal.measure"));
            measure.setId("goal-measure-" + index);
            target.setLabel(getTranslation("plans.goal.target"));
            target.setId("goal-target-" + index);
            targetDate.setLabel(getTranslation("plans.goal.date"));
            targetDate.setId("goal-date-" + index);
            DatePickers.localize(targetDate, PlanView.this);
            remove.setText(getTranslation("plans.goal.remove"));
            remove.setId("goal-remove-" + index);
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            remove.addClickListener(click -> {
                removed = true;
                setVisible(false);
            });
            if (goal != null) {
                words.setValue(goal.inMemberWords());
                measure.setValue(goal.measure() == null ? "" : goal.measure());
                target.setValue(goal.target() == null ? "" : goal.target());
                targetDate.setValue(goal.targetDate());
            }
            add(words, row(measure, target, targetDate, remove));
        }

        List<HasValidation> fields() {
            return List.of(words, measure, target, targetDate);
        }

        Optional<HasValidation> field(String name) {
            return switch (name) {
                case "inMemberWords" -> Optional.of(words);
                case "measure" -> Optional.of(measure);
                case "target" -> Optional.of(target);
                case "targetDate" -> Optional.of(targetDate);
                default -> Optional.empty();
            };
        }

        /** GOAL-1 in words at each field; the use case checks the same again. */
        boolean check(boolean measurable, LocalDate today) {
            boolean valid = true;
            if (words.getValue().isBlank()) {
                invalid(words, "plans.goal.words.required");
                valid = false;
            }
            if (measurable && measure.getValue().isBlank()) {
                invalid(measure, "plans.goal.measure.required");
                valid = false;
            }
            if (measurable && target.getValue().isBlank()) {
                invalid(target, "plans.goal.target.required");
                valid = false;
            }
            if (measurable && targetDate.getValue() == null) {
                invalid(targetDate, "plans.goal.date.required");
                valid = false;
            } else if (targetDate.getValue() != null
                    && targetDate.getValue().isBefore(today)
                    && (id == null || !targetDate.getValue().equals(storedDate()))) {
                invalid(targetDate, "plans.refused.target-date-past");
                valid = false;
            }
            return valid;
        }

        private @Nullable LocalDate storedDate() {
            PlanDetails details = shown;
            if (details == null) {
                return null;
            }
            return details.goals().stream()
                    .filter(g -> g.id().equals(id))
                    .map(Goal::targetDate)
                    .findFirst()
                    .orElse(null);
        }

        GoalInput input() {
            return new GoalInput(id, words.getValue(), measure.getValue(), target.getValue(), targetDate.getValue());
        }
    }

    /** GOAL-2: a progress entry for one goal: date, rating 0–10, status, a note and optionally the service it came from. */
    final class ProgressForm extends Div {

        final DatePicker on = new DatePicker();
        final IntegerField rating = new IntegerField();
        final ComboBox<GoalStatus> status = new ComboBox<>();
        final TextField note = new TextField();
        final ComboBox<ServiceSummary> service = new ComboBox<>();
        final Button record = new Button();

        ProgressForm(int index, MemberPlan plan, GoalProgressSummary goal) {
            addClassName("progress-form");
            on.setLabel(getTranslation("plans.progress.date"));
            on.setId("progress-date-" + index);
            DatePickers.localize(on, PlanView.this);
            on.setValue(Clocks.today(clock));
            rating.setLabel(getTranslation("plans.progress.rating-field"));
            rating.setId("progress-rating-" + index);
            rating.setMin(0);
            rating.setMax(10);
            rating.setStepButtonsVisible(true);
            status.setLabel(getTranslation("plans.progress.status"));
            status.setId("progress-status-" + index);
            status.setItems(GoalStatus.values());
            status.setItemLabelGenerator(PlanView.this::statusName);
            status.setValue(goal.status() == GoalStatus.NOT_STARTED ? GoalStatus.IN_PROGRESS : goal.status());
            note.setLabel(getTranslation("plans.progress.note"));
            note.setId("progress-note-" + index);
            note.setMaxLength(2000);
            serviceChoice(service, "plans.progress.service-field", "progress-service-" + index);
            record.setText(getTranslation("plans.progress.record"));
            record.setId("progress-record-" + index);
            record.addClickListener(click -> {
                List.<HasValidation>of(on, rating, status, note, service).forEach(f -> f.setInvalid(false));
                if (rating.getValue() == null) {
                    invalid(rating, "plans.progress.rating.required");
                    return;
                }
                act(
                        () -> recordProgress.record(new RecordProgressCommand(
                                currentUser.actor(),
                                plan.member(),
                                goal.goal(),
                                on.getValue(),
                                rating.getValue(),
                                status.getValue(),
                                note.getValue(),
                                service.getValue() == null
                                        ? null
                                        : service.getValue().id())),
                        "plans.progress.recorded",
                        Map.of("on", on, "rating", rating, "status", status, "note", note, "service", service));
            });
            add(new H4(getTranslation("plans.progress.add")), row(on, rating, status, note, service, record));
        }
    }
}
