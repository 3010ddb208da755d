package org.peerpath.ui.staff;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.peerpath.application.shared.Clocks;
import org.peerpath.application.shared.ConcurrentChangeException;
import org.peerpath.application.staff.port.in.ChangeStaffAccountCommand;
import org.peerpath.application.staff.port.in.ChangeStaffAccountUseCase;
import org.peerpath.application.staff.port.in.CreateStaffAccountUseCase;
import org.peerpath.application.staff.port.in.ResetStaffPasswordCommand;
import org.peerpath.application.staff.port.in.ResetStaffPasswordUseCase;
import org.peerpath.application.staff.port.in.StaffAccountException;
import org.peerpath.application.staff.port.in.StaffAccountSummary;
import org.peerpath.application.staff.port.in.StaffQueries;
import org.peerpath.shared.DomainException;
import org.peerpath.shared.Role;
import org.peerpath.shared.StaffId;
import org.peerpath.ui.form.UnsavedChangesGuard;
import org.peerpath.ui.security.CurrentUser;
import org.peerpath.ui.shared.DomainErrors;

/**
 * Admins open accounts, change their name and roles, disable and re-enable them and reset passwords; nobody else can,
 * and no account exists otherwise (CONF-1). Each row reads on two lines, so a phone needs no sideways scrolling.
 */
@Route("admin/staff")
@Menu(order = 9, title = "menu.staff", icon = "vaadin:key")
@RolesAllowed(Role.ADMIN_ROLE)
public class StaffAccountsView extends Main implements BeforeLeaveObserver, HasDynamicTitle {

    final Grid<StaffAccountSummary> accounts = new Grid<>();

    final Div editor = new Div();
    final H2 editorTitle = new H2();
    final Paragraph lastSignIn = new Paragraph();
    final TextField editName = new TextField();
    final CheckboxGroup<Role> editRoles = new CheckboxGroup<>();
    final Checkbox enabled = new Checkbox();
    final Button saveChanges = new Button();
    final PasswordField resetPassword = new PasswordField();
    final Button reset = new Button();

    final TextField username = new TextField();
    final TextField displayName = new TextField();
    final PasswordField password = new PasswordField();
    final CheckboxGroup<Role> roles = new CheckboxGroup<>();
    final Button create = new Button();

    private final Binder<StaffFormData> binder = new Binder<>();
    private final CreateStaffAccountUseCase createAccount;
    private final ChangeStaffAccountUseCase changeAccount;
    private final ResetStaffPasswordUseCase resetAccountPassword;
    private final StaffQueries staff;
    private final CurrentUser currentUser;
    private @Nullable StaffAccountSummary editing;
    private final UnsavedChangesGuard leaving = UnsavedChangesGuard.of(this, this::hasUnsavedInput);

    StaffAccountsView(
            CreateStaffAccountUseCase createAccount,
            ChangeStaffAccountUseCase changeAccount,
            ResetStaffPasswordUseCase resetAccountPassword,
            StaffQueries staff,
            CurrentUser currentUser) {
        this.createAccount = createAccount;
        this.changeAccount = changeAccount;
        this.resetAccountPassword = resetAccountPassword;
        this.staff = staff;
        this.currentUser = currentUser;
        addClassNames("page", "staff-accounts-view", LumoUtility.MaxWidth.SCREEN_LARGE);

        accounts.addComponentColumn(this::row).setHeader(getTranslation("staff.column.account"));
        accounts.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        accounts.setAllRowsVisible(true);
        accounts.setId("staff-grid");
        accounts.setAriaLabel(getTranslation("staff.title"));
        accounts.asSingleSelect().addValueChangeListener(selected -> edit(selected.getValue()));

        Paragraph hint = new Paragraph(getTranslation("staff.select-hint"));
        hint.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);
        buildEditor();

        H2 newAccount = new H2(getTranslation("staff.new"));
        newAccount.addClassNames(LumoUtility.Margin.Top.XLARGE);
        add(new H1(getTranslation("staff.title")), hint, accounts, editor, newAccount, createForm(), create);
        refresh(null);
    }

    private Component row(StaffAccountSummary account) {
        Span name = new Span(account.displayName());
        name.addClassNames("staff-name", LumoUtility.FontWeight.SEMIBOLD);
        Div first = new Div(name);
        first.addClassNames("badge-row", LumoUtility.AlignItems.CENTER);
        account.roles().stream().sorted().forEach(role -> {
            Span badge = new Span(getTranslation("role." + role.name()));
            badge.addClassNames("badge", "badge-delivery-system");
            first.add(badge);
        });
        if (!account.enabled()) {
            Span disabled = new Span(getTranslation("staff.disabled"));
            disabled.addClassNames("badge", "badge-disabled");
            first.add(disabled);
        }
        if (account.mustChangePassword()) {
            Span mustChange = new Span(getTranslation("staff.must-change-password"));
            mustChange.addClassNames("badge", "badge-epsdt");
            first.add(mustChange);
        }
        Span second = new Span(account.username() + " · " + lastSignInText(account.lastSignInAt()));
        second.addClassNames("staff-second-line", LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
        Div row = new Div(first, second);
        row.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN, LumoUtility.Gap.XSMALL);
        return row;
    }

    private String lastSignInText(@Nullable Instant at) {
        if (at == null) {
            return getTranslation("staff.last-sign-in.never");
        }
        DateTimeFormatter format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(getLocale())
                .withZone(Clocks.COUNTY_ZONE);
        return getTranslation("staff.last-sign-in", format.format(at));
    }

    private void buildEditor() {
        editor.setId("staff-editor");
        editor.addClassNames("staff-editor", LumoUtility.Margin.Top.LARGE);
        editName.setLabel(getTranslation("staff.field.display-name"));
        editName.setId("edit-display-name");
        editRoles.setLabel(getTranslation("staff.field.roles"));
        editRoles.setItems(Role.values());
        editRoles.setItemLabelGenerator(role -> getTranslation("role." + role.name()));
        editRoles.setId("edit-roles");
        enabled.setLabel(getTranslation("staff.field.enabled"));
        enabled.setHelperText(getTranslation("staff.field.enabled.helper"));
        enabled.setId("edit-enabled");
        saveChanges.setText(getTranslation("staff.save"));
        saveChanges.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        saveChanges.setId("save-account");
        saveChanges.addClickListener(click -> saveChanges());
        Stream.<HasValidation>of(editName, editRoles, enabled, resetPassword)
                .forEach(field -> ((com.vaadin.flow.component.HasValue<?, ?>) field)
                        .addValueChangeListener(change -> field.setInvalid(false)));

        FormLayout details = new FormLayout(editName, editRoles, enabled);
        details.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        details.setColspan(editRoles, 2);
        details.setColspan(enabled, 2);

        H3 resetTitle = new H3(getTranslation("staff.reset.title"));
        resetTitle.addClassNames(LumoUtility.Margin.Top.LARGE);
        resetPassword.setLabel(getTranslation("staff.field.new-password"));
        resetPassword.setHelperText(getTranslation("staff.field.password.rules"));
        resetPassword.setId("reset-password");
        resetPassword.setWidthFull();
        reset.setText(getTranslation("staff.reset"));
        reset.setId("reset-account-password");
        reset.addClickListener(click -> resetPassword());

        lastSignIn.setId("edit-last-sign-in");
        lastSignIn.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.Margin.Top.NONE);
        editorTitle.setId("edit-title");
        editor.add(editorTitle, lastSignIn, details, saveChanges, resetTitle, resetPassword, reset);
        editor.setVisible(false);
    }

    private FormLayout createForm() {
        username.setLabel(getTranslation("staff.field.username"));
        username.setHelperText(getTranslation("staff.field.username.helper"));
        username.setId("new-username");
        displayName.setLabel(getTranslation("staff.field.display-name"));
        displayName.setId("new-display-name");
        password.setLabel(getTranslation("staff.field.password"));
        password.setHelperText(getTranslation("staff.field.password.helper"));
        password.setId("new-password");
        roles.setLabel(getTranslation("staff.field.roles"));
        roles.setItems(Role.values());
        roles.setItemLabelGenerator(role -> getTranslation("role." + role.name()));
        roles.setId("new-roles");
        binder.forField(username)
                .asRequired(getTranslation("staff.field.username.required"))
                .bind(StaffFormData::getUsername, StaffFormData::setUsername);
        binder.forField(displayName)
                .asRequired(getTranslation("staff.field.display-name.required"))
                .bind(StaffFormData::getDisplayName, StaffFormData::setDisplayName);
        binder.forField(password)
                .asRequired(getTranslation("staff.field.password.required"))
                .bind(StaffFormData::getPassword, StaffFormData::setPassword);
        // A validator, not asRequired: a required indicator on a checkbox group is an invalid ARIA attribute.
        binder.forField(roles)
                .withValidator(chosen -> !chosen.isEmpty(), getTranslation("staff.field.roles.required"))
                .bind(StaffFormData::getRoles, StaffFormData::setRoles);
        binder.readBean(new StaffFormData());

        create.setText(getTranslation("staff.create"));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setId("create-account");
        create.addClickListener(click -> submit());

        FormLayout form = new FormLayout(username, displayName, password);
        form.add(roles, 3);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 3));
        return form;
    }

    private List<StaffAccountSummary> refresh(@Nullable StaffId select) {
        List<StaffAccountSummary> all = staff.accounts();
        accounts.setItems(all);
        if (select != null) {
            all.stream().filter(a -> a.id().equals(select)).findFirst().ifPresent(accounts::select);
        }
        return all;
    }

    private void edit(@Nullable StaffAccountSummary account) {
        if (account == null) {
            return; // keep the editor open with what was typed
        }
        editing = account;
        editorTitle.setText(getTranslation("staff.edit.title", account.displayName(), account.username()));
        lastSignIn.setText(lastSignInText(account.lastSignInAt()));
        editName.setValue(account.displayName());
        editRoles.setValue(account.roles());
        enabled.setValue(account.enabled());
        resetPassword.clear();
        Stream.<HasValidation>of(editName, editRoles, enabled, resetPassword).forEach(f -> f.setInvalid(false));
        editor.setVisible(true);
    }

    void saveChanges() {
        StaffAccountSummary seen = Objects.requireNonNull(editing, "no account chosen");
        try {
            changeAccount.change(new ChangeStaffAccountCommand(
                    currentUser.actor(),
                    seen.id(),
                    seen.version(),
                    editName.getValue(),
                    editRoles.getValue(),
                    enabled.getValue()));
        } catch (DomainException refused) {
            show(
                    refused,
                    Map.of(
                            StaffAccountException.DISPLAY_NAME, editName,
                            StaffAccountException.ROLES, editRoles,
                            StaffAccountException.ENABLED, enabled));
            return;
        }
        DomainErrors.notifySuccess(getTranslation("staff.saved", seen.username()));
        refresh(seen.id());
    }

    void resetPassword() {
        StaffAccountSummary seen = Objects.requireNonNull(editing, "no account chosen");
        try {
            resetAccountPassword.reset(new ResetStaffPasswordCommand(
                    currentUser.actor(), seen.id(), seen.version(), resetPassword.getValue()));
        } catch (DomainException refused) {
            show(refused, Map.of(StaffAccountException.PASSWORD, resetPassword));
            return;
        }
        DomainErrors.notifySuccess(getTranslation("staff.reset.done", seen.username()));
        refresh(seen.id());
    }

    void submit() {
        StaffFormData data = new StaffFormData();
        if (!binder.writeBeanIfValid(data)) {
            return;
        }
        StaffId created;
        try {
            created = createAccount.create(data.toCommand(currentUser.actor()));
        } catch (DomainException refused) {
            show(
                    refused,
                    Map.of(
                            StaffAccountException.USERNAME, username,
                            StaffAccountException.DISPLAY_NAME, displayName,
                            StaffAccountException.PASSWORD, password,
                            StaffAccountException.ROLES, roles));
            return;
        }
        binder.readBean(new StaffFormData());
        // Announced as stored (trimmed, lower case), which is how the person signs in.
        String stored = refresh(created).stream()
                .filter(account -> account.id().equals(created))
                .map(StaffAccountSummary::username)
                .findFirst()
                .orElseThrow();
        DomainErrors.notifySuccess(getTranslation("staff.created", stored));
    }

    /**
     * A refusal in words from the bundle: under its field, or as a notification. After a stale save the list is
     * reloaded, keeping what the admin typed; choosing the row again shows the newer account.
     */
    private void show(DomainException refused, Map<String, ? extends HasValidation> fields) {
        DomainErrors.show(refused, fields);
        if (refused instanceof ConcurrentChangeException) {
            refresh(null);
        }
    }

    /** Typed into the new-account form, or changed in the open account and not saved. */
    boolean hasUnsavedInput() {
        if (binder.hasChanges() || !resetPassword.isEmpty()) {
            return true;
        }
        StaffAccountSummary seen = editing;
        return seen != null
                && (!editName.getValue().equals(seen.displayName())
                        || !editRoles.getValue().equals(seen.roles())
                        || enabled.getValue() != seen.enabled());
    }

    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        leaving.beforeLeave(event);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("staff.title") + " · " + getTranslation("app.name");
    }
}
