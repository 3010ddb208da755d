package org.peerpath.ui.plan;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Map;
import org.peerpath.application.plan.port.in.PlanTemplate;
import org.peerpath.application.plan.port.in.PlanTemplateUseCase;
import org.peerpath.application.plan.port.in.SavePlanTemplateCommand;
import org.peerpath.application.shared.Clocks;
import org.peerpath.application.shared.ConcurrentChangeException;
import org.peerpath.plan.PlanOfCare;
import org.peerpath.shared.DomainException;
import org.peerpath.shared.Role;
import org.peerpath.ui.language.Languages;
import org.peerpath.ui.security.CurrentUser;
import org.peerpath.ui.shared.DomainErrors;

/**
 * POC-6: the county's Plan of Care narrative template, which every new plan's narrative starts from. The Santa Cruz
 * template is the default; an admin changes it here, saved over the version they read, so a change someone else saved
 * meanwhile is never overwritten silently (the words typed stay in the field).
 */
@Route("admin/plan-template")
@Menu(order = 10.5, title = "menu.plan-template", icon = "vaadin:file-text-o")
@RolesAllowed(Role.ADMIN_ROLE)
class PlanTemplateView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final PlanTemplateUseCase templates;
    private final CurrentUser currentUser;

    final TextArea text = new TextArea();
    final Button save = new Button();
    final Button restore = new Button();
    final Paragraph state = new Paragraph();
    final Paragraph refusal = new Paragraph();
    private long seenVersion;

    PlanTemplateView(PlanTemplateUseCase templates, CurrentUser currentUser) {
        this.templates = templates;
        this.currentUser = currentUser;
        addClassNames("page", LumoUtility.MaxWidth.SCREEN_LARGE);
        text.setId("plan-template-text");
        text.setWidthFull();
        text.setMaxLength(PlanOfCare.MAX_NARRATIVE_LENGTH);
        text.setMinHeight("12em");
        save.setId("plan-template-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> store(
                () -> templates.save(new SavePlanTemplateCommand(currentUser.actor(), text.getValue(), seenVersion))));
        restore.setId("plan-template-restore");
        restore.addClickListener(click -> store(() -> templates.restoreDefault(currentUser.actor(), seenVersion)));
        state.setId("plan-template-state");
        refusal.setId("plan-template-refusal");
        refusal.addClassName("plan-refusal");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        H1 title = new H1(getTranslation("plans.template.title"));
        title.addClassName("view-title");
        Paragraph intro = new Paragraph(getTranslation("plans.template.intro"));
        intro.addClassNames(LumoUtility.TextColor.SECONDARY);
        text.setLabel(getTranslation("plans.template.field"));
        text.setHelperText(getTranslation("plans.template.field.helper"));
        save.setText(getTranslation("plans.template.save"));
        restore.setText(getTranslation("plans.template.restore"));
        FlexLayout buttons = new FlexLayout(save, restore);
        buttons.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        buttons.addClassNames(LumoUtility.Gap.MEDIUM);
        add(title, intro, state, text, buttons, refusal);
        load(true);
    }

    /** Reads the template in use; the typed text is kept unless {@code replaceText}. */
    private void load(boolean replaceText) {
        PlanTemplate current = templates.current(currentUser.actor());
        seenVersion = current.version();
        if (replaceText) {
            text.setValue(current.text());
        }
        if (current.countyDefault() || current.changedAt() == null) {
            state.setText(getTranslation("plans.template.state.default"));
        } else {
            DateTimeFormatter at = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                    .withLocale(Languages.supported(getLocale()))
                    .withZone(Clocks.COUNTY_ZONE);
            state.setText(getTranslation(
                    "plans.template.state.changed", current.changedBy(), at.format(current.changedAt())));
        }
    }

    private void store(Runnable change) {
        text.setInvalid(false);
        refusal.setText("");
        try {
            change.run();
            DomainErrors.notifySuccess(getTranslation("plans.template.saved"));
            load(true);
        } catch (ConcurrentChangeException stale) {
            // Another admin saved first: theirs stands, the words typed here stay in the field to copy.
            String words = getTranslation(ConcurrentChangeException.CODE);
            DomainErrors.notifyError(words);
            refusal.setText(words);
        } catch (DomainException refused) {
            DomainErrors.show(refused, Map.of("text", text));
            refusal.setText(DomainErrors.text(refused));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("plans.template.title") + " · " + getTranslation("app.name");
    }
}
