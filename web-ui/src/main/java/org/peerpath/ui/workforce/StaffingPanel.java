package org.peerpath.ui.workforce;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.peerpath.application.shared.Actor;
import org.peerpath.application.workforce.port.in.DesignatePeerCommand;
import org.peerpath.application.workforce.port.in.RecordSkillsReviewCommand;
import org.peerpath.application.workforce.port.in.RecordStaffingUseCase;
import org.peerpath.application.workforce.port.in.StaffAssignment;
import org.peerpath.application.workforce.port.in.StaffingDetails;
import org.peerpath.application.workforce.port.in.StaffingQueries;
import org.peerpath.county.PeerDesignation;
import org.peerpath.shared.DomainException;
import org.peerpath.shared.StaffId;
import org.peerpath.ui.shared.DomainErrors;

/**
 * The staffing part of the staff record (issue F): the person's supervision and direction assignments with their dates,
 * where they stand and the program sites (SUP-1, DIR-2, CTY-5); and, only where the county profile turns them on, the
 * county designation (CTY-3) and the skills reviews (CTY-4), each with its form.
 */
class StaffingPanel extends Div {

    final Div assignments = new Div();
    final Div designation = new Div();
    final Div reviews = new Div();
    final IntegerField designationHours = new IntegerField();
    final Checkbox designationEducation = new Checkbox();
    final IntegerField designationRecovery = new IntegerField();
    final DatePicker designatedOn;
    final Button recordDesignation = new Button();
    final DatePicker reviewedOn;
    final Button recordReview = new Button();

    private final StaffingQueries queries;
    private final RecordStaffingUseCase staffing;
    private final Supplier<Actor> actor;
    private @Nullable StaffId shown;
    private boolean isPeer;

    StaffingPanel(StaffingQueries queries, RecordStaffingUseCase staffing, Supplier<Actor> actor) {
        this.queries = queries;
        this.staffing = staffing;
        this.actor = actor;
        assignments.setId("staff-assignments");
        designation.setId("staff-designation");
        reviews.setId("staff-skills-reviews");
        designatedOn = WorkforceTexts.datePicker(this, "workforce.field.designated-on", "designated-on");
        reviewedOn = WorkforceTexts.datePicker(this, "workforce.field.reviewed-on", "skills-reviewed-on");
        designationHours.setLabel(getTranslation("workforce.field.designation-hours"));
        designationHours.setId("designation-hours");
        designationHours.setMin(0);
        designationEducation.setLabel(getTranslation("workforce.field.designation-education"));
        designationEducation.setId("designation-education");
        designationRecovery.setLabel(getTranslation("workforce.field.designation-recovery"));
        designationRecovery.setHelperText(getTranslation("workforce.field.designation-recovery.helper"));
        designationRecovery.setId("designation-recovery");
        designationRecovery.setMin(0);
        recordDesignation.setText(getTranslation("workforce.designation.record"));
        recordDesignation.setId("record-designation");
        recordDesignation.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        recordReview.setText(getTranslation("workforce.review.record"));
        recordReview.setId("record-skills-review");
        recordReview.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        for (HasValue<?, ?> field :
                new HasValue<?, ?>[] {designationHours, designationRecovery, designatedOn, reviewedOn}) {
            field.addValueChangeListener(change -> ((HasValidation) field).setInvalid(false));
        }
        recordDesignation.addClickListener(click -> attempt(
                () -> staffing.designate(new DesignatePeerCommand(
                        actor.get(),
                        shownId(),
                        designationHours.getValue(),
                        designationEducation.getValue(),
                        designationRecovery.getValue(),
                        designatedOn.getValue())),
                "workforce.saved.designation",
                fields(
                        "trainingHours", designationHours,
                        "education", designationEducation,
                        "recovery", designationRecovery,
                        "designatedOn", designatedOn),
                designationHours,
                designationEducation,
                designationRecovery,
                designatedOn));
        recordReview.addClickListener(click -> attempt(
                () -> staffing.recordSkillsReview(
                        new RecordSkillsReviewCommand(actor.get(), shownId(), reviewedOn.getValue())),
                "workforce.saved.skills-review",
                fields("reviewedOn", reviewedOn),
                reviewedOn));
    }

    /** Shows the person's assignments and, where the county turns them on, their designation and skills reviews. */
    void show(StaffId id, boolean peer) {
        this.shown = id;
        this.isPeer = peer;
        removeAll();
        queries.staffingOf(actor.get(), id).ifPresent(this::render);
    }

    private StaffId shownId() {
        if (shown == null) {
            throw new IllegalStateException("no staff record shown");
        }
        return shown;
    }

    private void render(StaffingDetails details) {
        renderAssignments(details);
        add(section("workforce.section.assignments", assignments));
        boolean any = false;
        if (details.rules().peerDesignation() && isPeer) {
            renderDesignation(details);
            add(section("workforce.section.designation", designation));
            any = true;
        }
        if (details.rules().skillsReviews() && isPeer) {
            renderReviews(details);
            add(section("workforce.section.skills-reviews", reviews));
            any = true;
        }
        if (!any && isPeer) {
            Paragraph off = new Paragraph(getTranslation("workforce.staffing.off"));
            off.setId("staffing-off");
            off.addClassNames(LumoUtility.TextColor.SECONDARY);
            add(off);
        }
    }

    private void renderAssignments(StaffingDetails details) {
        assignments.removeAll();
        Paragraph site = new Paragraph(getTranslation(
                "workforce.assign.program-site",
                details.programSite() == null
                        ? getTranslation("workforce.assign.site-unknown")
                        : details.programSite()));
        assignments.add(site);
        UnorderedList list = new UnorderedList();
        list.addClassNames("staff-assignment-list");
        for (StaffAssignment a : details.assignments()) {
            ListItem item = new ListItem();
            item.addClassNames("staff-assignment");
            Span who = new Span(getTranslation("workforce.assign." + a.kind().name(), a.otherName()));
            who.addClassNames(LumoUtility.FontWeight.SEMIBOLD);
            String dates = getTranslation(
                    "workforce.assign.dates",
                    WorkforceTexts.date(this, a.startsOn()),
                    a.endsOn() == null
                            ? getTranslation("workforce.assign.open")
                            : WorkforceTexts.date(this, a.endsOn()));
            item.add(
                    who,
                    new Span(" · " + dates + " · "
                            + getTranslation(
                                    "workforce.assign.standing." + a.standing().name())));
            if (a.kind() == StaffAssignment.Kind.SUPERVISED_BY || a.kind() == StaffAssignment.Kind.SUPERVISES) {
                Div sites = new Div(new Span(getTranslation(
                        "workforce.assign.sites", siteName(a.peerSite()), siteName(a.supervisorSite()))));
                sites.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
                item.add(sites);
                // CTY-5: the direct supervisor works at the peer's program site, where the county asks for it
                if (!a.sameSite() && details.rules().supervisorAtSameSite()) {
                    Div warning = new Div(new Span(getTranslation("workforce.assign.other-site")));
                    warning.addClassNames("staff-assignment-other-site", LumoUtility.FontSize.SMALL);
                    item.add(warning);
                }
            }
            list.add(item);
        }
        if (details.assignments().isEmpty()) {
            list.add(new ListItem(getTranslation("workforce.assign.none")));
        }
        assignments.add(list);
    }

    private String siteName(@Nullable String site) {
        return site == null ? getTranslation("workforce.assign.site-unknown") : site;
    }

    private void renderDesignation(StaffingDetails details) {
        designation.removeAll();
        UnorderedList list = new UnorderedList();
        for (PeerDesignation d : details.designations()) {
            list.add(new ListItem(getTranslation(
                    "workforce.designation.item",
                    WorkforceTexts.date(this, d.designatedOn()),
                    d.trainingHours(),
                    d.monthsInRecoverySelfAttested())));
        }
        if (details.designations().isEmpty()) {
            list.add(new ListItem(getTranslation("workforce.designation.none")));
        }
        designation.add(list);
        designation.add(block(
                "workforce.form.designation",
                form(designationHours, designationEducation, designationRecovery, designatedOn),
                recordDesignation));
    }

    private void renderReviews(StaffingDetails details) {
        reviews.removeAll();
        Paragraph due = new Paragraph();
        due.setId("skills-review-due");
        if (details.nextReviewDue() == null) {
            due.setText(getTranslation("workforce.review.no-hire-date"));
        } else if (details.reviewOverdue()) {
            due.setText(getTranslation("workforce.review.overdue", WorkforceTexts.date(this, details.nextReviewDue())));
            due.addClassNames("staff-review-overdue");
        } else {
            due.setText(
                    getTranslation("workforce.review.next-due", WorkforceTexts.date(this, details.nextReviewDue())));
        }
        reviews.add(due);
        if (details.hiredOn() != null) {
            reviews.add(new Paragraph(
                    getTranslation("workforce.review.hired-on", WorkforceTexts.date(this, details.hiredOn()))));
        }
        UnorderedList list = new UnorderedList();
        details.skillsReviews()
                .forEach(on ->
                        list.add(new ListItem(getTranslation("workforce.review.item", WorkforceTexts.date(this, on)))));
        if (details.skillsReviews().isEmpty()) {
            list.add(new ListItem(getTranslation("workforce.review.none")));
        }
        reviews.add(list);
        reviews.add(block("workforce.form.skills-review", form(reviewedOn), recordReview));
    }

    private Div section(String titleKey, Div content) {
        Div section = new Div();
        section.addClassNames("workforce-section", LumoUtility.Margin.Top.LARGE);
        H2 heading = new H2(getTranslation(titleKey));
        heading.addClassNames(LumoUtility.FontSize.XLARGE);
        section.add(heading, content);
        return section;
    }

    private Div block(String titleKey, FormLayout form, Button button) {
        H3 heading = new H3(getTranslation(titleKey));
        heading.addClassNames(LumoUtility.FontSize.MEDIUM, LumoUtility.Margin.Top.MEDIUM);
        Div block = new Div(heading, form, button);
        block.addClassNames("workforce-form");
        return block;
    }

    private static FormLayout form(com.vaadin.flow.component.Component... fields) {
        FormLayout form = new FormLayout(fields);
        form.setResponsiveSteps(
                new FormLayout.ResponsiveStep("0", 1),
                new FormLayout.ResponsiveStep("30em", 2),
                new FormLayout.ResponsiveStep("60em", 3));
        return form;
    }

    private static Map<String, HasValidation> fields(Object... pairs) {
        Map<String, HasValidation> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            if (pairs[i + 1] instanceof HasValidation field) {
                map.put((String) pairs[i], field);
            }
        }
        return map;
    }

    /** Runs a change; a refusal goes to its field (or a notification) and the input stays; success clears and reloads. */
    private void attempt(
            Runnable action, String savedKey, Map<String, HasValidation> fields, HasValue<?, ?>... toClear) {
        try {
            action.run();
            DomainErrors.notifySuccess(getTranslation(savedKey));
            for (HasValue<?, ?> field : toClear) {
                field.clear();
            }
            show(shownId(), isPeer);
        } catch (DomainException refused) {
            DomainErrors.show(refused, fields);
        }
    }
}
