package org.peerpath.ui.member.enrollment;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
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
import org.peerpath.application.shared.ConcurrentChangeException;
import org.peerpath.shared.DeliverySystem;
import org.peerpath.shared.DomainException;
import org.peerpath.shared.Role;
import org.peerpath.ui.language.Languages;
import org.peerpath.ui.member.tab.MemberTabView;
import org.peerpath.ui.security.CurrentUser;
import org.peerpath.ui.shared.DatePickers;
import org.peerpath.ui.shared.DomainErrors;
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
        inForceOn.setLabel(getTranslation("enrollments.in-force-on"));
        inForceOn.setId("in-force-on");
        DatePickers.localize(inForceOn, this);
        inForceOn.setValue(Clocks.today(clock));
        inForceText.setId("in-force-text");
        inForceOn.addValueChangeListener(change -> showInForce(history));

        grid.setId("enrollments");
        grid.addColumn(e ->
                        getTranslation("delivery-system." + e.deliverySystem().name()))
                .setHeader(getTranslation("enrollments.column.system"))
                .setAutoWidth(true);
        grid.addColumn(e -> date(e.startsOn())).setHeader(getTranslation("enrollments.column.start"));
        grid.addColumn(e -> e.endsOn() == null ? getTranslation("enrollments.open") : date(e.endsOn()))
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
                            ? getTranslation("enrollments.none-in-force", date(day))
                            : getTranslation(
                                    "enrollments.in-force-list",
                                    date(day),
                                    String.join(
                                            ", ",
                                            systems.stream()
                                                    .map(s -> getTranslation("delivery-system." + s.name()))
                                                    .toList())));
        }
        grid.getDataProvider().refreshAll();
    }

    private Div addForm(MemberEnrollments history) {
        systemField(addSystem, "add-system", List.of(DeliverySystem.values()));
        dateField(addStart, "enrollments.field.start", "add-start");
        Binder<EnrollmentFormData> binder = new Binder<>();
        binder.forField(addSystem)
                .asRequired(getTranslation("enrollments.system.required"))
                .bind(EnrollmentFormData::getDeliverySystem, EnrollmentFormData::setDeliverySystem);
        binder.forField(addStart)
                .asRequired(getTranslation("enrollments.start.required"))
                .bind(EnrollmentFormData::getDate, EnrollmentFormData::setDate);
        add.setText(getTranslation("enrollments.add"));
        add.setId("add-enrollment");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickListener(click -> {
            EnrollmentFormData data = new EnrollmentFormData();
            if (!binder.writeBeanIfValid(data)) {
                return;
            }
            save(
                    () -> enroll.enroll(new EnrollInDeliverySystemCommand(
                            currentUser.actor(),
                            history.member(),
                            data.getDeliverySystem(),
                            data.getDate(),
                            history.version())),
                    Map.of("deliverySystem", addSystem, "deliverySystems", addSystem, "startsOn", addStart),
                    getTranslation("enrollments.added"));
        });
        return form("enrollments.add.title", addSystem, addStart, add);
    }

    private Div endForm(MemberEnrollments history) {
        systemField(
                endSystem,
                "end-system",
                history.enrollments().stream()
                        .filter(EnrollmentSummary::isOpen)
                        .map(EnrollmentSummary::deliverySystem)
                        .toList());
        dateField(endDate, "enrollments.field.end", "end-date");
        Binder<EnrollmentFormData> binder = new Binder<>();
        binder.forField(endSystem)
                .asRequired(getTranslation("enrollments.system.required"))
                .bind(EnrollmentFormData::getDeliverySystem, EnrollmentFormData::setDeliverySystem);
        binder.forField(endDate)
                .asRequired(getTranslation("enrollments.end.required"))
                .bind(EnrollmentFormData::getDate, EnrollmentFormData::setDate);
        end.setText(getTranslation("enrollments.end"));
        end.setId("end-enrollment");
        end.addClickListener(click -> {
            EnrollmentFormData data = new EnrollmentFormData();
            if (!binder.writeBeanIfValid(data) || data.getDeliverySystem() == null) {
                return;
            }
            save(
                    () -> endEnrollment.end(new EndEnrollmentCommand(
                            currentUser.actor(),
                            history.member(),
                            data.getDeliverySystem(),
                            data.getDate(),
                            history.version())),
                    Map.of("deliverySystem", endSystem, "deliverySystems", endSystem, "endsOn", endDate),
                    getTranslation("enrollments.ended"));
        });
        return form("enrollments.end.title", endSystem, endDate, end);
    }

    private void save(
            Runnable change, Map<String, ? extends com.vaadin.flow.component.HasValidation> fields, String done) {
        try {
            change.run();
            DomainErrors.notifySuccess(done);
            getUI().ifPresent(ui -> ui.refreshCurrentRoute(false));
        } catch (ConcurrentChangeException stale) {
            // Someone changed the member since this page was shown: nothing is overwritten, the input stays.
            DomainErrors.notifyError(getTranslation(ConcurrentChangeException.CODE));
        } catch (DomainException refused) {
            DomainErrors.show(refused, fields);
        }
    }

    private void systemField(ComboBox<DeliverySystem> field, String id, List<DeliverySystem> systems) {
        field.setLabel(getTranslation("enrollments.field.system"));
        field.setId(id);
        field.setItems(systems);
        field.setItemLabelGenerator(s -> getTranslation("delivery-system." + s.name()));
    }

    private void dateField(DatePicker field, String labelKey, String id) {
        field.setLabel(getTranslation(labelKey));
        field.setId(id);
        DatePickers.localize(field, this);
    }

    private Div form(String titleKey, com.vaadin.flow.component.Component... parts) {
        FlexLayout row = new FlexLayout(parts);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        row.addClassNames(LumoUtility.Gap.MEDIUM);
        Div section = new Div(new H3(getTranslation(titleKey)), new Paragraph(getTranslation(titleKey + ".hint")), row);
        section.addClassName("section");
        return section;
    }

    private String date(LocalDate day) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                .withLocale(Languages.supported(getLocale()))
                .format(day);
    }
}
