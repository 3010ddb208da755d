package org.peerpath.ui.member.service;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Aside;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.peerpath.application.claim.port.in.ClaimCheckResult;
import org.peerpath.application.member.port.in.MemberQueries;
import org.peerpath.application.member.port.in.MemberSummary;
import org.peerpath.application.service.port.in.AttendeeCheck;
import org.peerpath.application.service.port.in.GroupSessionInvalid;
import org.peerpath.application.service.port.in.GroupSessionQueries;
import org.peerpath.application.service.port.in.GroupSessionRecorded;
import org.peerpath.application.service.port.in.RecordGroupSessionCommand;
import org.peerpath.application.service.port.in.RecordGroupSessionUseCase;
import org.peerpath.application.service.port.in.ServiceFormOptions;
import org.peerpath.application.shared.Clocks;
import org.peerpath.application.shared.PageSpec;
import org.peerpath.application.staff.port.in.StaffSummary;
import org.peerpath.goal.GoalId;
import org.peerpath.member.MemberId;
import org.peerpath.service.Modality;
import org.peerpath.service.PlaceOfService;
import org.peerpath.shared.DeliverySystem;
import org.peerpath.shared.DomainException;
import org.peerpath.shared.Role;
import org.peerpath.ui.security.CurrentUser;
import org.peerpath.ui.shared.DatePickers;
import org.peerpath.ui.shared.DomainErrors;
import org.peerpath.ui.shared.FindingList;
import org.peerpath.ui.shared.MainLayout;

/**
 * Recording a group session once (GRP-1..3): the lead's minutes and co-facilitators with theirs, topic, delivery,
 * attendees from the peer's caseload with the goals of their plan in force the group addressed (GOAL-3) and a few words
 * about each, and one shared narrative. Beside it, each attendee's
 * claim check (CHECK-1), answered again as the group changes. Saving yields one H0025 service and note per attendee;
 * bad input gets words at its field.
 */
@Route(value = "services/group/new", layout = MainLayout.class)
@RolesAllowed(Role.PEER_ROLE)
public class GroupSessionView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    /** A caseload larger than this is unusual; the list stays a plain set of boxes a keyboard can walk. */
    static final int CASELOAD_LIMIT = 200;

    private final MemberQueries members;
    private final GroupSessionQueries groups;
    private final RecordGroupSessionUseCase recordGroup;
    private final CurrentUser currentUser;
    private final Clock clock;

    final DatePicker date = new DatePicker();
    final TextField topic = new TextField();
    final IntegerField leadMinutes = new IntegerField();
    final RadioButtonGroup<Modality> modality = new RadioButtonGroup<>();
    final ComboBox<PlaceOfService> placeOfService = new ComboBox<>();
    final Div coFacilitators = new Div();
    final Button addCoFacilitator = new Button();
    final CheckboxGroup<MemberSummary> attendees = new CheckboxGroup<>();
    final Div attendeeDetails = new Div();
    final TextArea narrative = new TextArea();
    final Button save = new Button();
    final Aside checks = new Aside();

    private final List<CoFacilitatorRow> coRows = new ArrayList<>();
    private final Map<MemberId, AttendeeRow> attendeeRows = new LinkedHashMap<>();
    private List<StaffSummary> peers = List.of();

    GroupSessionView(
            MemberQueries members,
            GroupSessionQueries groups,
            RecordGroupSessionUseCase recordGroup,
            CurrentUser currentUser,
            Clock clock) {
        this.members = members;
        this.groups = groups;
        this.recordGroup = recordGroup;
        this.currentUser = currentUser;
        this.clock = clock;
        addClassNames("page", LumoUtility.MaxWidth.SCREEN_XLARGE);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        showForm();
    }

    private void showForm() {
        removeAll();
        coRows.clear();
        attendeeRows.clear();
        coFacilitators.removeAll();
        attendeeDetails.removeAll();
        H1 title = new H1(getTranslation("groups.title"));
        title.addClassName("view-title");
        GroupSessionQueries.GroupSizeLimits limits = groups.sizeLimits(currentUser.actor());
        peers = groups.coFacilitatorChoices(currentUser.actor());

        date.setLabel(getTranslation("groups.field.date"));
        date.setId("group-date");
        DatePickers.localize(date, this);
        date.setValue(Clocks.today(clock));
        date.setRequiredIndicatorVisible(true);
        topic.setLabel(getTranslation("groups.field.topic"));
        topic.setId("group-topic");
        topic.setMaxLength(200);
        topic.setRequiredIndicatorVisible(true);
        modality.setLabel(getTranslation("groups.field.modality"));
        modality.setId("group-modality");
        modality.setItems(Modality.values());
        modality.setItemLabelGenerator(m -> getTranslation("services.modality." + m.name()));
        modality.setValue(Modality.IN_PERSON);
        placeOfService.setLabel(getTranslation("groups.field.place"));
        placeOfService.setId("group-place");
        placeOfService.setItems(Arrays.stream(PlaceOfService.values())
                .filter(p -> !p.isTelehealth())
                .toList());
        placeOfService.setItemLabelGenerator(p -> p.code() + " · " + getTranslation("services.place." + p.name()));
        placeOfService.setValue(PlaceOfService.OFFICE);
        modality.addValueChangeListener(change -> {
            placeOfService.setVisible(
                    change.getValue() == null || !change.getValue().isTelehealth());
            runCheck();
        });

        leadMinutes.setLabel(getTranslation("groups.field.lead-minutes"));
        leadMinutes.setId("lead-minutes");
        leadMinutes.setHelperText(getTranslation("groups.field.lead-minutes.help"));
        leadMinutes.setMin(1);
        leadMinutes.setMax(24 * 60);
        leadMinutes.setRequiredIndicatorVisible(true);
        coFacilitators.setId("co-facilitators");
        coFacilitators.addClassName("group-co-facilitators");
        addCoFacilitator.setText(getTranslation("groups.co.add"));
        addCoFacilitator.setId("add-co-facilitator");
        addCoFacilitator.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        addCoFacilitator.setVisible(!peers.isEmpty());
        addCoFacilitator.addClickListener(click -> addCoFacilitatorRow());

        attendees.setLabel(getTranslation("groups.field.attendees", limits.min(), limits.max()));
        attendees.setId("group-attendees");
        attendees.setItems(members.myCaseload(currentUser.actor(), "", PageSpec.first(CASELOAD_LIMIT))
                .items());
        attendees.setItemLabelGenerator(MemberSummary::fullName);
        attendees.addClassName("group-attendees");
        attendees.addValueChangeListener(change -> {
            showAttendees();
            runCheck();
        });
        attendeeDetails.setId("attendee-details");
        attendeeDetails.addClassName("group-attendee-details");

        narrative.setLabel(getTranslation("groups.field.narrative"));
        narrative.setId("group-narrative");
        narrative.setHelperText(getTranslation("groups.field.narrative.help"));
        narrative.setMaxLength(6000);
        narrative.setMinRows(3);
        narrative.setWidthFull();
        narrative.setRequiredIndicatorVisible(true);

        save.setText(getTranslation("groups.save"));
        save.setId("save-group");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save());

        date.addValueChangeListener(change -> {
            // GOAL-3: the plan in force may differ on another date
            attendeeRows.values().forEach(AttendeeRow::showGoals);
            runCheck();
        });
        leadMinutes.addValueChangeListener(change -> runCheck());
        placeOfService.addValueChangeListener(change -> runCheck());
        topic.addValueChangeListener(change -> runCheck());

        checks.setId("group-checks");
        checks.addClassName("claim-check");
        checks.getElement().setAttribute("aria-live", "polite");
        checks.getElement().setAttribute("aria-label", getTranslation("groups.check.label"));

        Div form = new Div(
                section("groups.form.when", row(date, topic), row(modality, placeOfService)),
                section("groups.form.facilitators", row(leadMinutes), coFacilitators, addCoFacilitator),
                section("groups.form.attendees", attendees, attendeeDetails),
                section("groups.form.narrative", narrative));
        form.addClassName("service-form");
        Div layout = new Div(form, checks);
        layout.addClassName("service-layout");
        Div actions = new Div(save);
        actions.addClassName("service-actions");
        add(title, new Paragraph(getTranslation("groups.intro")), layout, actions);
        runCheck();
    }

    /** One co-facilitator: who, and their minutes (GRP-1). */
    private final class CoFacilitatorRow {
        final ComboBox<StaffSummary> who = new ComboBox<>();
        final IntegerField minutes = new IntegerField();
        final Button remove = new Button();
        final Div row;

        CoFacilitatorRow(int number) {
            who.setLabel(getTranslation("groups.co.who", number));
            who.setItems(peers);
            who.setItemLabelGenerator(StaffSummary::displayName);
            who.addClassName("co-facilitator");
            minutes.setLabel(getTranslation("groups.co.minutes", number));
            minutes.addClassName("co-minutes");
            minutes.setMin(1);
            minutes.setMax(24 * 60);
            remove.setText(getTranslation("groups.co.remove"));
            remove.getElement().setAttribute("aria-label", getTranslation("groups.co.remove-label", number));
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            row = row(who, minutes, remove);
            who.addValueChangeListener(change -> runCheck());
            minutes.addValueChangeListener(change -> runCheck());
            remove.addClickListener(click -> {
                coRows.remove(this);
                coFacilitators.remove(row);
                runCheck();
            });
        }
    }

    private void addCoFacilitatorRow() {
        CoFacilitatorRow co = new CoFacilitatorRow(coRows.size() + 1);
        coRows.add(co);
        coFacilitators.add(co.row);
        co.who.focus();
    }

    /**
     * One attendee's delivery system, the goals of their plan in force that the group addressed (GOAL-3) and their own
     * words in the note (SVC-7, SVC-8).
     */
    private final class AttendeeRow {
        final MemberId member;
        final RadioButtonGroup<DeliverySystem> system = new RadioButtonGroup<>();
        final CheckboxGroup<ServiceFormOptions.GoalChoice> goals = new CheckboxGroup<>();
        final Paragraph noGoals = new Paragraph();
        final TextArea words = new TextArea();
        final Section block;
        private List<ServiceFormOptions.GoalChoice> choices = List.of();

        AttendeeRow(MemberSummary summary) {
            member = summary.id();
            List<DeliverySystem> systems =
                    summary.deliverySystems().stream().sorted().toList();
            system.setLabel(getTranslation("groups.attendee.system", summary.fullName()));
            system.setItems(systems);
            system.setItemLabelGenerator(s -> getTranslation("delivery-system." + s.name()));
            if (!systems.isEmpty()) {
                system.setValue(systems.getFirst());
            }
            system.addClassName("attendee-system");
            goals.setLabel(getTranslation("groups.attendee.goals", summary.fullName()));
            goals.setItemLabelGenerator(ServiceFormOptions.GoalChoice::inMemberWords);
            goals.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
            goals.addClassName("attendee-goals");
            goals.setWidthFull();
            noGoals.setText(getTranslation("groups.attendee.goals.none", summary.fullName()));
            noGoals.addClassNames("hint", "attendee-no-goals");
            words.setLabel(getTranslation("groups.attendee.words", summary.fullName()));
            words.setMaxLength(1500);
            words.addClassName("attendee-words");
            words.setWidthFull();
            words.setRequiredIndicatorVisible(true);
            system.addValueChangeListener(change -> runCheck());
            goals.addValueChangeListener(change -> {
                goals.setInvalid(false);
                runCheck();
            });
            H3 name = new H3(summary.fullName());
            block = new Section(name, system, goals, noGoals, words);
            block.addClassName("group-attendee");
            showGoals();
        }

        /** GOAL-3: the goals of the member's plan in force on the group's date; those still in force stay chosen. */
        void showGoals() {
            LocalDate on = date.getValue();
            choices = List.of();
            if (on != null) {
                try {
                    choices = groups.goalsInForce(currentUser.actor(), member, on);
                } catch (DomainException refused) {
                    // e.g. the member left the peer's caseload meanwhile: saving will say so at the attendees
                }
            }
            Set<ServiceFormOptions.GoalChoice> chosen = new HashSet<>(goals.getValue());
            chosen.retainAll(choices);
            goals.setItems(choices);
            goals.setValue(chosen);
            goals.setVisible(!choices.isEmpty());
            noGoals.setVisible(on != null && choices.isEmpty());
        }

        /** The goals picked, in the plan's order. */
        List<GoalId> chosenGoals() {
            Set<ServiceFormOptions.GoalChoice> picked = goals.getValue();
            return choices.stream()
                    .filter(picked::contains)
                    .map(ServiceFormOptions.GoalChoice::id)
                    .toList();
        }
    }

    private void showAttendees() {
        List<MemberSummary> chosen = attendees.getValue().stream()
                .sorted(Comparator.comparing(MemberSummary::fullName))
                .toList();
        Map<MemberId, AttendeeRow> kept = new LinkedHashMap<>();
        for (MemberSummary m : chosen) {
            AttendeeRow row = attendeeRows.get(m.id());
            kept.put(m.id(), row != null ? row : new AttendeeRow(m));
        }
        attendeeRows.clear();
        attendeeRows.putAll(kept);
        attendeeDetails.removeAll();
        attendeeRows.values().forEach(row -> attendeeDetails.add(row.block));
    }

    RecordGroupSessionCommand command() {
        return new RecordGroupSessionCommand(
                currentUser.actor(),
                date.getValue(),
                topic.getValue(),
                leadMinutes.getValue(),
                coRows.stream()
                        .filter(co -> co.who.getValue() != null)
                        .map(co -> new RecordGroupSessionCommand.CoFacilitator(
                                co.who.getValue().id(), co.minutes.getValue()))
                        .toList(),
                modality.getValue(),
                placeOfService.getValue(),
                attendeeRows.entrySet().stream()
                        .map(e -> new RecordGroupSessionCommand.Attendee(
                                e.getKey(),
                                e.getValue().system.getValue(),
                                e.getValue().chosenGoals(),
                                e.getValue().words.getValue()))
                        .toList(),
                narrative.getValue());
    }

    /**
     * CHECK-1 for each attendee as the group takes shape. Until the group could be saved, the panel says what is still
     * missing instead of marking fields the peer has not reached yet.
     */
    void runCheck() {
        checks.removeAll();
        checks.add(new H2(getTranslation("groups.check.title")));
        RecordGroupSessionCommand command = command();
        List<AttendeeCheck> answers;
        try {
            // the shared narrative and the attendees' words do not change a claim; placeholders let the check answer
            // early
            answers = groups.check(withPlaceholderWords(command));
        } catch (GroupSessionInvalid incomplete) {
            Paragraph waiting = new Paragraph(DomainErrors.text(incomplete));
            waiting.setId("group-check-waiting");
            waiting.addClassName("check-verdict");
            checks.add(waiting);
            return;
        } catch (DomainException refused) {
            // e.g. a member moved off the peer's caseload meanwhile: saving will say so at the field
            return;
        }
        checks.add(checkList(answers));
    }

    private static RecordGroupSessionCommand withPlaceholderWords(RecordGroupSessionCommand c) {
        return new RecordGroupSessionCommand(
                c.actor(),
                c.date(),
                c.topic(),
                c.leadMinutes(),
                c.coFacilitators(),
                c.modality(),
                c.placeOfService(),
                c.attendees().stream()
                        .map(a ->
                                new RecordGroupSessionCommand.Attendee(a.member(), a.deliverySystem(), a.goals(), "-"))
                        .toList(),
                "-");
    }

    private UnorderedList checkList(List<AttendeeCheck> answers) {
        UnorderedList list = new UnorderedList();
        list.setId("attendee-checks");
        list.addClassNames("group-check-list", LumoUtility.Padding.NONE, LumoUtility.ListStyleType.NONE);
        for (AttendeeCheck answer : answers) {
            list.add(checkItem(answer));
        }
        return list;
    }

    private ListItem checkItem(AttendeeCheck answer) {
        ClaimCheckResult result = answer.check();
        boolean ready = result.isReady();
        Span name = new Span(answer.memberName());
        name.addClassName("service-date");
        Span verdict = new Span(getTranslation(ready ? "services.claimable.yes" : "services.claimable.no"));
        verdict.addClassNames("badge", ready ? "badge-standing-current" : "badge-block");
        Span line = new Span(getTranslation(
                "groups.check.line",
                result.code().name(),
                result.units() == null ? 0 : result.units(),
                answer.contactMinutes(),
                result.placeOfService() == null ? "–" : result.placeOfService()));
        Div head = new Div(name, verdict, line);
        head.addClassName("service-row-head");
        if (!answer.renderer().equals(currentUser.actor().id())) {
            Span co = new Span(getTranslation("groups.check.co-facilitator", rendererName(answer)));
            co.addClassName("badge");
            head.add(co);
        }
        ListItem item = new ListItem(head);
        item.addClassNames("attendee-check", "service-row");
        item.getElement().setAttribute("data-ready", String.valueOf(ready));
        item.getElement().setAttribute("data-units", String.valueOf(result.units()));
        if (!result.findings().isEmpty()) {
            item.add(FindingList.row(result.findings()));
        }
        return item;
    }

    private String rendererName(AttendeeCheck answer) {
        return peers.stream()
                .filter(p -> p.id().equals(answer.renderer()))
                .map(StaffSummary::displayName)
                .findFirst()
                .orElse("");
    }

    private void save() {
        fields().values().forEach(field -> field.setInvalid(false));
        try {
            GroupSessionRecorded recorded = recordGroup.record(command());
            DomainErrors.notifySuccess(
                    getTranslation("groups.saved", recorded.services().size()));
            showSaved(recorded);
        } catch (DomainException refused) {
            DomainErrors.show(refused, fields());
        }
    }

    /** After saving: what was created and each service's claim check, with the way to each member's services. */
    private void showSaved(GroupSessionRecorded recorded) {
        removeAll();
        H1 title = new H1(getTranslation("groups.saved.title"));
        title.addClassName("view-title");
        Paragraph summary =
                new Paragraph(getTranslation("groups.saved", recorded.services().size()));
        summary.setId("group-saved");
        UnorderedList list = checkList(recorded.services());
        list.setId("saved-checks");
        Div links = new Div();
        links.addClassName("form-row");
        recorded.services().stream().map(AttendeeCheck::member).distinct().forEach(member -> {
            String name = recorded.services().stream()
                    .filter(s -> s.member().equals(member))
                    .findFirst()
                    .map(AttendeeCheck::memberName)
                    .orElse("");
            RouterLink link = new RouterLink(
                    getTranslation("groups.saved.open", name),
                    ServicesView.class,
                    new RouteParameters("memberId", member.value().toString()));
            links.add(link);
        });
        Button another = new Button(getTranslation("groups.saved.another"), click -> showForm());
        another.setId("record-another-group");
        RouterLink queue = new RouterLink(getTranslation("groups.saved.queue"), WorkQueueView.class);
        queue.setId("back-to-queue");
        add(title, summary, list, links, new Div(another, queue));
    }

    /** Every field by the name refusals use for it; an attendee's or co-facilitator's problem goes to the first one. */
    private Map<String, HasValidation> fields() {
        Map<String, HasValidation> byName = new LinkedHashMap<>();
        byName.put("date", date);
        byName.put("topic", topic);
        byName.put("leadMinutes", leadMinutes);
        byName.put("modality", modality);
        byName.put("placeOfService", placeOfService);
        byName.put("attendees", attendees);
        byName.put("narrative", narrative);
        coRows.stream()
                .filter(co -> co.minutes.getValue() == null || co.minutes.getValue() <= 0)
                .findFirst()
                .or(() -> coRows.stream().findFirst())
                .ifPresentOrElse(
                        co -> byName.put(
                                "coFacilitators",
                                co.minutes.getValue() == null || co.minutes.getValue() <= 0 ? co.minutes : co.who),
                        () -> byName.put("coFacilitators", leadMinutes));
        attendeeRows.values().stream()
                .filter(a -> a.words.getValue().isBlank() || a.words.getValue().length() > 1500)
                .findFirst()
                .ifPresent(a -> byName.put("individualization", a.words));
        attendeeRows.values().stream()
                .filter(a -> !a.goals.getValue().isEmpty())
                .findFirst()
                .ifPresentOrElse(a -> byName.put("goals", a.goals), () -> byName.put("goals", attendees));
        attendeeRows.values().stream()
                .filter(a -> a.system.getValue() == null)
                .findFirst()
                .ifPresent(a -> byName.put("deliverySystem", a.system));
        return byName;
    }

    private static Div row(Component... parts) {
        Div row = new Div(parts);
        row.addClassName("form-row");
        return row;
    }

    private Section section(String titleKey, Component... parts) {
        Section section = new Section(new H2(getTranslation(titleKey)));
        section.add(parts);
        section.addClassName("section");
        return section;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("groups.title") + " · " + getTranslation("app.name");
    }
}
