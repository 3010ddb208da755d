package org.peerpath.ui.supervision;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.peerpath.application.shared.ConcurrentChangeException;
import org.peerpath.application.staff.port.in.StaffSummary;
import org.peerpath.application.supervision.port.in.AssignDirectingBhpCommand;
import org.peerpath.application.supervision.port.in.AssignDirectingBhpUseCase;
import org.peerpath.application.supervision.port.in.AssignSupervisorCommand;
import org.peerpath.application.supervision.port.in.AssignSupervisorUseCase;
import org.peerpath.application.supervision.port.in.AssignmentSummary;
import org.peerpath.application.supervision.port.in.PeerOversightDetails;
import org.peerpath.application.supervision.port.in.SupervisionQueries;
import org.peerpath.shared.DomainException;
import org.peerpath.shared.Role;
import org.peerpath.shared.StaffId;
import org.peerpath.ui.form.UnsavedChangesGuard;
import org.peerpath.ui.security.CurrentUser;
import org.peerpath.ui.shared.DomainErrors;

/**
 * Admins set a peer's supervisor (SUP-1) and directing BHP (SUP-4, DIR-2) from a date, and see who held each
 * position before. Only enabled accounts with the position's role are offered.
 */
@Route("admin/team-assignments")
@Menu(order = 8, title = "menu.team-assignments", icon = "vaadin:sitemap")
@RolesAllowed(Role.ADMIN_ROLE)
public class TeamAssignmentsView extends Main implements BeforeLeaveObserver, HasDynamicTitle {

    /** The county's calendar, as the application counts days (Clocks.COUNTY_ZONE). */
    private static final ZoneId COUNTY = ZoneId.of("America/Los_Angeles");

    final ComboBox<StaffSummary> peer = new ComboBox<>();
    private final Div details = new Div();
    private final SupervisionQueries queries;
    private final AssignSupervisorUseCase assignSupervisor;
    private final AssignDirectingBhpUseCase assignDirectingBhp;
    private final CurrentUser currentUser;
    /** The new person and start date of each section shown, and the start date each was shown with. */
    private final List<Input> inputs = new ArrayList<>();

    private final UnsavedChangesGuard leaving = UnsavedChangesGuard.of(this, this::hasUnsavedInput);

    private record Input(ComboBox<StaffSummary> person, DatePicker startsOn, LocalDate shownStart) {
        boolean changed() {
            return !person.isEmpty() || !shownStart.equals(startsOn.getValue());
        }
    }

    TeamAssignmentsView(
            SupervisionQueries queries,
            AssignSupervisorUseCase assignSupervisor,
            AssignDirectingBhpUseCase assignDirectingBhp,
            CurrentUser currentUser) {
        this.queries = queries;
        this.assignSupervisor = assignSupervisor;
        this.assignDirectingBhp = assignDirectingBhp;
        this.currentUser = currentUser;
        addClassNames("page", LumoUtility.MaxWidth.SCREEN_LARGE);

        Paragraph intro = new Paragraph(getTranslation("assignments.intro"));
        intro.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.Margin.Top.NONE);
        peer.setLabel(getTranslation("assignments.peer"));
        peer.setItems(queries.eligible(currentUser.actor(), Role.PEER));
        peer.setItemLabelGenerator(StaffSummary::displayName);
        peer.setId("team-peer");
        peer.setWidth("22rem");
        peer.setMaxWidth("100%");
        peer.addValueChangeListener(change -> show());
        details.setId("team-assignments");
        add(new H1(getTranslation("assignments.title")), intro, peer, details);
    }

    private void show() {
        details.removeAll();
        inputs.clear();
        if (peer.getValue() == null) {
            return;
        }
        PeerOversightDetails oversight =
                queries.oversightOf(currentUser.actor(), peer.getValue().id());
        details.add(
                section(
                        "supervisor",
                        "assignments.supervisor.title",
                        "assignments.none-supervisor",
                        "assignments.new-supervisor",
                        "assignments.set-supervisor",
                        oversight.supervisors(),
                        oversight.currentSupervisor(),
                        Role.SUPERVISOR,
                        (choice, startsOn) -> assignSupervisor.assign(new AssignSupervisorCommand(
                                currentUser.actor(),
                                oversight.peer(),
                                choice,
                                startsOn,
                                oversight.supervisionVersion()))),
                section(
                        "bhp",
                        "assignments.bhp.title",
                        "assignments.none-bhp",
                        "assignments.new-bhp",
                        "assignments.set-bhp",
                        oversight.directingBhps(),
                        oversight.currentDirectingBhp(),
                        Role.BHP,
                        (choice, startsOn) -> assignDirectingBhp.assign(new AssignDirectingBhpCommand(
                                currentUser.actor(),
                                oversight.peer(),
                                choice,
                                startsOn,
                                oversight.directionVersion()))));
    }

    private interface Assignment {
        void assign(@Nullable StaffId person, @Nullable LocalDate startsOn);
    }

    private Div section(
            String field,
            String titleKey,
            String noneKey,
            String newKey,
            String setKey,
            List<AssignmentSummary> history,
            Optional<AssignmentSummary> current,
            Role role,
            Assignment assignment) {
        Paragraph now =
                new Paragraph(current.map(a -> getTranslation("assignments.current", a.name(), date(a.startsOn())))
                        .orElseGet(() -> getTranslation(noneKey)));
        now.setId(field + "-current");

        // One two-line cell per assignment, readable on a phone without sideways scrolling.
        Grid<AssignmentSummary> grid = new Grid<>();
        grid.addComponentColumn(this::assignmentCell).setHeader(getTranslation("assignments.column.assignment"));
        grid.setItems(history);
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setEmptyStateText(getTranslation("assignments.history-empty"));
        grid.setAriaLabel(getTranslation(titleKey));
        grid.setId(field + "-history");

        ComboBox<StaffSummary> person = new ComboBox<>(getTranslation(newKey));
        person.setItems(queries.eligible(currentUser.actor(), role));
        person.setItemLabelGenerator(StaffSummary::displayName);
        person.setId("new-" + field);
        DatePicker startsOn = new DatePicker(getTranslation("assignments.starts-on"));
        startsOn.setValue(LocalDate.now(COUNTY));
        startsOn.setHelperText(getTranslation("assignments.starts-on.helper"));
        startsOn.setId(field + "-starts-on");
        inputs.add(new Input(person, startsOn, startsOn.getValue()));
        Button set = new Button(getTranslation(setKey));
        set.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        set.setId("set-" + field);
        set.addClickListener(click -> submit(field, person, startsOn, assignment));
        FormLayout form = new FormLayout(person, startsOn);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("36em", 2));

        H2 title = new H2(getTranslation(titleKey));
        Div section = new Div(title, now, grid, form, set);
        section.addClassName("section");
        return section;
    }

    private Div assignmentCell(AssignmentSummary assignment) {
        Span name = new Span(assignment.name());
        name.addClassNames(LumoUtility.FontWeight.MEDIUM);
        Span standing = new Span(
                getTranslation("assignments.standing." + assignment.standing().name()));
        standing.addClassNames(
                "badge", "badge-standing-" + assignment.standing().name().toLowerCase(Locale.ROOT));
        Span period = new Span(
                assignment.endsOn() == null
                        ? getTranslation("assignments.period-open", date(assignment.startsOn()))
                        : getTranslation("assignments.period", date(assignment.startsOn()), date(assignment.endsOn())));
        period.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
        Div first = new Div(name, standing);
        first.addClassName("team-peer");
        Div cell = new Div(first, period);
        cell.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN);
        return cell;
    }

    private void submit(String field, ComboBox<StaffSummary> person, DatePicker startsOn, Assignment assignment) {
        person.setInvalid(false);
        startsOn.setInvalid(false);
        try {
            assignment.assign(
                    person.getValue() == null ? null : person.getValue().id(), startsOn.getValue());
            DomainErrors.notifySuccess(
                    getTranslation("assignments.saved", person.getValue().displayName(), date(startsOn.getValue())));
            show();
        } catch (ConcurrentChangeException stale) {
            // Someone saved this peer's assignments since they were shown: nothing is overwritten, the input stays.
            DomainErrors.notifyError(getTranslation(ConcurrentChangeException.CODE));
        } catch (DomainException refused) {
            Map<String, HasValidation> fields = Map.of(field, person, "startsOn", startsOn, "peer", peer);
            DomainErrors.show(refused, fields);
        }
    }

    private String date(LocalDate date) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                .withLocale(getLocale())
                .format(date);
    }

    /** A person chosen or a start date changed in a section, and not yet set. */
    boolean hasUnsavedInput() {
        return inputs.stream().anyMatch(Input::changed);
    }

    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        leaving.beforeLeave(event);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("assignments.title") + " · " + getTranslation("app.name");
    }
}
