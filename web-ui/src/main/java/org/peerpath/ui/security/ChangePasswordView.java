package org.peerpath.ui.security;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.PermitAll;
import java.util.Map;
import java.util.stream.Stream;
import org.peerpath.application.shared.ConcurrentChangeException;
import org.peerpath.application.staff.port.in.ChangeOwnPasswordCommand;
import org.peerpath.application.staff.port.in.ChangeOwnPasswordUseCase;
import org.peerpath.application.staff.port.in.StaffAccountException;
import org.peerpath.shared.DomainException;
import org.peerpath.shared.FieldProblem;
import org.peerpath.ui.form.UnsavedChangesGuard;

/**
 * Choosing one's own password. After an admin set or reset it, every other page leads here until it is done
 * ({@link PasswordChangeGuard}); the menu is not shown, so there is no way around it but signing out.
 */
@Route(value = "account/password", autoLayout = false)
@PermitAll
public class ChangePasswordView extends Main implements BeforeLeaveObserver, HasDynamicTitle {

    final PasswordField currentPassword = new PasswordField();
    final PasswordField newPassword = new PasswordField();
    final PasswordField repeatPassword = new PasswordField();
    final Button save = new Button();
    final Button signOut = new Button();

    private final ChangeOwnPasswordUseCase changePassword;
    private final CurrentUser currentUser;
    private boolean saved;
    private final UnsavedChangesGuard leaving = UnsavedChangesGuard.of(
            this, () -> !saved && UnsavedChangesGuard.anyFilled(currentPassword, newPassword, repeatPassword));

    ChangePasswordView(ChangeOwnPasswordUseCase changePassword, CurrentUser currentUser) {
        this.changePassword = changePassword;
        this.currentUser = currentUser;
        addClassNames("page", "change-password-view", LumoUtility.MaxWidth.SCREEN_SMALL);

        H1 title = new H1(getTranslation("password.title"));
        title.setId("change-password-title");
        Paragraph why = new Paragraph(
                getTranslation(currentUser.staff().mustChangePassword() ? "password.must-change" : "password.intro"));
        why.setId("change-password-why");

        currentPassword.setLabel(getTranslation("password.current"));
        currentPassword.setId("current-password");
        newPassword.setLabel(getTranslation("password.new"));
        newPassword.setHelperText(getTranslation("staff.field.password.rules"));
        newPassword.setId("new-password");
        repeatPassword.setLabel(getTranslation("password.repeat"));
        repeatPassword.setId("repeat-password");
        Stream.of(currentPassword, newPassword, repeatPassword).forEach(field -> {
            field.setWidthFull();
            field.addValueChangeListener(change -> field.setInvalid(false));
        });

        save.setText(getTranslation("password.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("save-password");
        save.addClickListener(click -> submit());
        signOut.setText(getTranslation("menu.sign-out"));
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        signOut.setId("sign-out");
        // On a phone the sign-out button shows no label (styles.css, as in the layout): the name stays for readers.
        signOut.setAriaLabel(getTranslation("menu.sign-out"));
        signOut.addClickListener(click -> currentUser.signOut());
        HorizontalLayout buttons = new HorizontalLayout(save, signOut);
        buttons.setAlignItems(FlexComponent.Alignment.BASELINE);

        add(title, why, currentPassword, newPassword, repeatPassword, buttons);
    }

    void submit() {
        if (!newPassword.getValue().equals(repeatPassword.getValue())) {
            repeatPassword.setErrorMessage(getTranslation("password.repeat.mismatch"));
            repeatPassword.setInvalid(true);
            return;
        }
        try {
            changePassword.change(new ChangeOwnPasswordCommand(
                    currentUser.actor(), currentPassword.getValue(), newPassword.getValue()));
        } catch (ConcurrentChangeException | StaffAccountException refused) {
            show(refused);
            return;
        }
        saved = true;
        currentUser.passwordChanged();
        Notification.show(getTranslation("password.changed"), 4000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        getUI().ifPresent(ui -> ui.navigate(""));
    }

    private void show(DomainException refused) {
        Map<String, HasValidation> fields = Map.of(
                StaffAccountException.CURRENT_PASSWORD, currentPassword, StaffAccountException.PASSWORD, newPassword);
        if (refused instanceof FieldProblem problem && fields.containsKey(problem.field())) {
            HasValidation field = fields.get(problem.field());
            field.setErrorMessage(getTranslation(refused.code()));
            field.setInvalid(true);
        } else {
            // ui.shared depends on ui.security (the layout shows who is signed in), so not the other way round.
            Notification.show(getTranslation(refused.code()), 6000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        leaving.beforeLeave(event);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("password.title") + " · " + getTranslation("app.name");
    }
}
