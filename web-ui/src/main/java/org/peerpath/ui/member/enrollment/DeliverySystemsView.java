package org.peerpath.ui.member.enrollment;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.peerpath.application.enrollment.port.in.EndEnrollmentCommand;
import org.peerpath.application.enrollment.port.in.EndEnrollmentUseCase;
import org.peerpath.application.enrollment.port.in.EnrollInDeliverySystemCommand;
import org.peerpath.application.enrollment.port.in.EnrollInDeliverySystemUseCase;
import org.peerpath.application.enrollment.port.in.EnrollmentQueries;
import org.peerpath.application.enrollment.port.in.EnrollmentSummary;
import org.peerpath.application.enrollment.port.in.MemberEnrollments;
import org.peerpath.application.member.port.in.MemberDetails;
import org.peerpath.application.member.port.in.MemberQueries;
import org.peerpath.application.shared.Clocks;
import org.peerpath.shared.DeliverySystem;
import org.peerpath.shared.Role;
import org.peerpath.ui.member.tab.DatedForms;
import org.peerpath.ui.member.tab.MemberTabView;
import org.peerpath.ui.security.CurrentUser;
import org.peerpath.ui.shared.MainLayout;

/**
 * The Delivery systems tab (SVC-7, MEM-1, CTY-1): every dated enrollment of the member, never overwritten, and which
 * were in force on any chosen day. Front desk and admins add and end enrollments; the care team reads them.
 */
@Route(value = "members/:memberId/delivery-systems", layout = MainLayout.class)
@RolesAllowed({Role.PEER_ROLE, Role.SUPERVISOR_ROLE, Role.BHP_ROLE, Role.STAFF_ROLE, Role.ADMIN_ROLE})
public class DeliverySystemsView extends MemberTabView<MemberEnrollments> {

    private final EnrollmentQueries enrollments;
    private final EnrollInDeliverySystemUseCase enroll;
    private final EndEnrollmentUseCase endEnrollment;
    private final Clock clock;
    private final DatedForms forms = new DatedForms(this);

    final DatePicker inForceOn = new DatePicker();
    final Span inForceText = new Span();
    final Grid<EnrollmentSummary> grid = new Grid<>();
    final ComboBox<DeliverySystem> addSystem = new ComboBox<>();
    final DatePicker addStart = new DatePicker();
    final Button add = new Button();
    final ComboBox<DeliverySystem> endSystem = new ComboBox<>();
    final DatePicker endDate = new DatePicker();
    final Button end = new Button();

    DeliverySystemsView(
            MemberQueries members,
            EnrollmentQueries enrollments,
            EnrollInDeliverySystemUseCase enroll,
            EndEnrollmentUseCase endEnrollment,
            CurrentUser currentUser,
            Clock clock) {
        super(members, currentUser, "enrollments.page-title");
        this.enrollments = enrollments;
        this.enroll = enroll;
        this.endEnrollment = endEnrollment;
        this.clock = clock;
    }

    @Override
    protected Optional<MemberEnrollments> load(MemberDetails member) {
        return enrollments.enrollments(currentUser.actor(), member.id());
    }

    @Override
    protected void draw(MemberDetails member, MemberEnrollments history) {
        H2 heading = new H2(getTranslation("enrollments.title"));
        heading.addClassName("section");
        add(heading, timeline(history));
        if (history.mayEdit()) {
            add(addForm(history), endForm(history));
        }
    }

    private Div timeline(MemberEnrollments history) {
        forms.dateField(inForceOn, "enrollments.in-force-on", "in-force-on");
        inForceOn.setValue(Clocks.today(clock));
        inForceText.setId("in-force-text");
        inForceOn.addValueChangeListener(change -> showInForce(history));

        grid.setId("enrollments");
        grid.addColumn(e ->
                        getTranslation("delivery-system." + e.deliverySystem().name()))
                .setHeader(getTranslation("enrollments.column.system"))
                .setAutoWidth(true);
        grid.addColumn(e -> forms.date(e.startsOn())).setHeader(getTranslation("enrollments.column.start"));
        grid.addColumn(e -> e.endsOn() == null ? getTranslation("enrollments.open") : forms.date(e.endsOn()))
                .setHeader(getTranslation("enrollments.column.end"));
        grid.addColumn(e -> inForce(e) ? getTranslation("enrollments.in-force") : "")
                .setHeader(getTranslation("enrollments.column.in-force"));
        grid.setItems(history.enrollments());
        grid.setAllRowsVisible(true);
        grid.setPartNameGenerator(e -> inForce(e) ? "in-force" : null);
        showInForce(history);

        FlexLayout controls = new FlexLayout(inForceOn, inForceText);
        controls.setAlignItems(FlexComponent.Alignment.BASELINE);
        controls.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        controls.addClassNames(LumoUtility.Gap.MEDIUM);
        Div section = new Div(controls, grid);
        section.addClassName("section");
        return section;
    }

    private boolean inForce(EnrollmentSummary enrollment) {
        return inForceOn.getValue() != null && enrollment.inForceOn(inForceOn.getValue());
    }

    private void showInForce(MemberEnrollments history) {
        LocalDate day = inForceOn.getValue();
        if (day == null) {
            inForceText.setText(getTranslation("enrollments.choose-day"));
        } else {
            List<DeliverySystem> systems = history.inForceOn(day);
            inForceText.setText(
                    systems.isEmpty()
                            ? getTranslation("enrollments.none-in-force", forms.date(day))
                            : getTranslation(
                                    "enrollments.in-force-list",
                                    forms.date(day),
                                    String.join(
                                            ", ",
                                            systems.stream()
                                                    .map(s -> getTranslation("delivery-system." + s.name()))
                                                    .toList())));
        }
        grid.getDataProvider().refreshAll();
    }

    private Div addForm(MemberEnrollments history) {
        forms.systemField(addSystem, "enrollments.field.system", "add-system", List.of(DeliverySystem.values()));
        forms.dateField(addStart, "enrollments.field.start", "add-start");
        Binder<EnrollmentFormData> binder = new Binder<>();
        forms.required(
                binder,
                addSystem,
                "enrollments.system.required",
                EnrollmentFormData::getDeliverySystem,
                EnrollmentFormData::setDeliverySystem);
        forms.required(
                binder,
                addStart,
                "enrollments.start.required",
                EnrollmentFormData::getDate,
                EnrollmentFormData::setDate);
        forms.button(add, "enrollments.add", "add-enrollment");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        forms.onClick(
                add,
                binder,
                EnrollmentFormData::new,
                data -> forms.save(
                        () -> enroll.enroll(new EnrollInDeliverySystemCommand(
                                currentUser.actor(),
                                history.member(),
                                data.getDeliverySystem(),
                                data.getDate(),
                                history.version())),
                        Map.of("deliverySystem", addSystem, "deliverySystems", addSystem, "startsOn", addStart),
                        "enrollments.added"));
        return forms.section("enrollments.add.title", addSystem, addStart, add);
    }

    private Div endForm(MemberEnrollments history) {
        forms.systemField(
                endSystem,
                "enrollments.field.system",
                "end-system",
                history.enrollments().stream()
                        .filter(EnrollmentSummary::isOpen)
                        .map(EnrollmentSummary::deliverySystem)
                        .toList());
        forms.dateField(endDate, "enrollments.field.end", "end-date");
        Binder<EnrollmentFormData> binder = new Binder<>();
        forms.required(
                binder,
                endSystem,
                "enrollments.system.required",
                EnrollmentFormData::getDeliverySystem,
                EnrollmentFormData::setDeliverySystem);
        forms.required(
                binder, endDate, "enrollments.end.required", EnrollmentFormData::getDate, EnrollmentFormData::setDate);
        forms.button(end, "enrollments.end", "end-enrollment");
        forms.onClick(
                end,
                binder,
                EnrollmentFormData::new,
                data -> forms.save(
                        () -> endEnrollment.end(new EndEnrollmentCommand(
                                currentUser.actor(),
                                history.member(),
                                data.getDeliverySystem(),
                                data.getDate(),
                                history.version())),
                        Map.of("deliverySystem", endSystem, "deliverySystems", endSystem, "endsOn", endDate),
                        "enrollments.ended"));
        return forms.section("enrollments.end.title", endSystem, endDate, end);
    }
}
