package org.peerpath.ui.staff;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import java.util.stream.Collectors;
import org.peerpath.application.staff.port.in.CreateStaffAccountUseCase;
import org.peerpath.application.staff.port.in.StaffAccountSummary;
import org.peerpath.application.staff.port.in.StaffQueries;
import org.peerpath.shared.DomainException;
import org.peerpath.shared.Role;
import org.peerpath.ui.security.CurrentUser;
import org.peerpath.ui.shared.DomainErrors;

/** Admins open accounts; nobody else can, and no account exists otherwise (CONF-1). */
@Route("admin/staff")
@Menu(order = 9, title = "menu.staff", icon = "vaadin:key")
@RolesAllowed(Role.ADMIN_ROLE)
public class StaffAccountsView extends Main implements HasDynamicTitle {

    final TextField username = new TextField();
    final TextField displayName = new TextField();
    final PasswordField password = new PasswordField();
    final CheckboxGroup<Role> roles = new CheckboxGroup<>();
    final Button create = new Button();
    final Grid<StaffAccountSummary> accounts = new Grid<>();

    private final Binder<StaffFormData> binder = new Binder<>();
    private final CreateStaffAccountUseCase createAccount;
    private final StaffQueries staff;
    private final CurrentUser currentUser;

    StaffAccountsView(CreateStaffAccountUseCase createAccount, StaffQueries staff, CurrentUser currentUser) {
        this.createAccount = createAccount;
        this.staff = staff;
        this.currentUser = currentUser;
        addClassNames("page", LumoUtility.MaxWidth.SCREEN_LARGE);

        accounts.addColumn(StaffAccountSummary::displayName).setHeader(getTranslation("staff.column.name"));
        accounts.addColumn(StaffAccountSummary::username).setHeader(getTranslation("staff.column.username"));
        accounts.addColumn(account ->
                        account.roles().stream().sorted().map(Enum::name).collect(Collectors.joining(", ")))
                .setHeader(getTranslation("staff.column.roles"));
        accounts.addColumn(account -> getTranslation(account.enabled() ? "staff.enabled" : "staff.disabled"))
                .setHeader(getTranslation("staff.column.status"));
        accounts.setAllRowsVisible(true);
        accounts.setId("staff-grid");
        accounts.setAriaLabel(getTranslation("staff.title"));

        username.setLabel(getTranslation("staff.field.username"));
        username.setMaxLength(40);
        username.setHelperText(getTranslation("staff.field.username.helper"));
        displayName.setLabel(getTranslation("staff.field.display-name"));
        displayName.setMaxLength(80);
        password.setLabel(getTranslation("staff.field.password"));
        password.setHelperText(getTranslation("staff.field.password.helper"));
        roles.setLabel(getTranslation("staff.field.roles"));
        roles.setItems(Role.values());
        roles.setItemLabelGenerator(role -> getTranslation("role." + role.name()));
        binder.forField(username)
                .asRequired(getTranslation("staff.field.username.required"))
                .bind(StaffFormData::getUsername, StaffFormData::setUsername);
        binder.forField(displayName)
                .asRequired(getTranslation("staff.field.display-name.required"))
                .bind(StaffFormData::getDisplayName, StaffFormData::setDisplayName);
        binder.forField(password)
                .asRequired(getTranslation("staff.field.password.required"))
                .bind(StaffFormData::getPassword, StaffFormData::setPassword);
        binder.forField(roles)
                .asRequired(getTranslation("staff.field.roles.required"))
                .bind(StaffFormData::getRoles, StaffFormData::setRoles);
        binder.readBean(new StaffFormData());

        create.setText(getTranslation("staff.create"));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setId("create-account");
        create.addClickListener(click -> submit());

        FormLayout form = new FormLayout(username, displayName, password);
        form.add(roles, 3);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 3));

        H3 newAccount = new H3(getTranslation("staff.new"));
        newAccount.addClassNames(LumoUtility.Margin.Top.XLARGE);
        add(new H2(getTranslation("staff.title")), accounts, newAccount, form, create);
        refresh();
    }

    private void refresh() {
        accounts.setItems(staff.accounts());
    }

    void submit() {
        StaffFormData data = new StaffFormData();
        if (!binder.writeBeanIfValid(data)) {
            return;
        }
        try {
            createAccount.create(data.toCommand(currentUser.actor()));
            DomainErrors.notifySuccess(getTranslation("staff.created", data.getUsername()));
            binder.readBean(new StaffFormData());
            refresh();
        } catch (DomainException refused) {
            DomainErrors.show(refused, fieldsByName());
        }
    }

    private Map<String, HasValidation> fieldsByName() {
        return Map.of("username", username, "displayName", displayName, "password", password, "roles", roles);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("staff.title") + " · " + getTranslation("app.name");
    }
}
