package org.peerpath.ui.staff;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.notification.Notification;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.peerpath.application.shared.Actor;
import org.peerpath.application.staff.port.in.ChangeStaffAccountCommand;
import org.peerpath.application.staff.port.in.ChangeStaffAccountUseCase;
import org.peerpath.application.staff.port.in.StaffAccount;
import org.peerpath.application.staff.port.in.StaffAccountSummary;
import org.peerpath.application.staff.port.in.StaffQueries;
import org.peerpath.shared.Role;
import org.peerpath.shared.StaffId;
import org.peerpath.ui.form.LeaveQuestion;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.context.support.WithUserDetails;

/** CONF-1: accounts exist only when an admin opens them, and only an admin changes, disables or resets them. */
@SpringBootTest
@WithUserDetails("admin.gale")
class StaffAccountsViewIT extends SpringBrowserlessTest {

    @Autowired
    StaffQueries staff;

    @Autowired
    PasswordEncoder passwords;

    @Autowired
    ChangeStaffAccountUseCase changeAccount;

    private static String unique(String prefix) {
        return prefix + "." + UUID.randomUUID().toString().substring(0, 6);
    }

    private String open(StaffAccountsView view, String username, String name) {
        test(view.username).setValue(username);
        test(view.displayName).setValue(name);
        test(view.password).setValue("lantern-orchard-42");
        view.roles.setValue(Set.of(Role.PEER));
        test(view.create).click();
        return username;
    }

    private StaffAccountSummary summary(String username) {
        return staff.accounts().stream()
                .filter(a -> a.username().equals(username))
                .findFirst()
                .orElseThrow();
    }

    private StaffAccountsView editing(String username) {
        StaffAccountsView view = navigate(StaffAccountsView.class);
        view.accounts.select(summary(username));
        assertThat(view.editor.isVisible()).isTrue();
        return view;
    }

    private String lastNotification() {
        return test($(Notification.class).last()).getText();
    }

    @Test
    void conf1_an_admin_opens_an_account_that_must_choose_its_own_password_at_first_sign_in() {
        StaffAccountsView view = navigate(StaffAccountsView.class);
        String username = unique("peer.new");
        test(view.username).setValue("  " + username.toUpperCase() + " ");
        test(view.displayName).setValue("Nova Peerwell");
        test(view.password).setValue("a-long-first-password");
        view.roles.setValue(Set.of(Role.PEER));

        test(view.create).click();

        StaffAccount account = staff.accountForSignIn(username).orElseThrow();
        assertThat(account.username())
                .as("stored as shown: trimmed, lower case")
                .isEqualTo(username);
        assertThat(account.passwordHash()).startsWith("$2").isNotEqualTo("a-long-first-password");
        assertThat(passwords.matches("a-long-first-password", account.passwordHash()))
                .isTrue();
        assertThat(account.mustChangePassword()).isTrue();
        assertThat(view.username.getValue()).isEmpty();
        assertThat(lastNotification()).contains("The account " + username + " is open");
    }

    @Test
    void conf1_bad_passwords_are_refused_at_their_field_in_words() {
        StaffAccountsView view = navigate(StaffAccountsView.class);
        String username = unique("peer.short");
        test(view.username).setValue(username);
        test(view.displayName).setValue("Short Pass");
        view.roles.setValue(Set.of(Role.PEER));

        test(view.password).setValue("short");
        test(view.create).click();
        assertThat(view.password.isInvalid()).isTrue();
        assertThat(view.password.getErrorMessage()).isEqualTo("A password needs at least 12 characters");

        test(view.password).setValue("aaaaaaaaaaaa");
        test(view.create).click();
        assertThat(view.password.getErrorMessage()).startsWith("This password is too easy to guess");

        test(view.password).setValue("password1234");
        test(view.create).click();
        assertThat(view.password.getErrorMessage()).startsWith("This password is too easy to guess");

        test(view.password).setValue("river-".repeat(13));
        test(view.create).click();
        assertThat(view.password.getErrorMessage()).startsWith("A password can be at most 72 bytes");

        assertThat(staff.accountForSignIn(username)).isEmpty();
    }

    @Test
    void conf1_names_of_invisible_characters_or_with_control_characters_are_refused_at_the_name_field() {
        StaffAccountsView view = navigate(StaffAccountsView.class);
        String username = unique("peer.blank");
        test(view.username).setValue(username);
        test(view.password).setValue("lantern-orchard-42");
        view.roles.setValue(Set.of(Role.PEER));

        test(view.displayName).setValue("\u200B\u3164");
        test(view.create).click();
        assertThat(view.displayName.isInvalid()).isTrue();
        assertThat(view.displayName.getErrorMessage()).startsWith("Enter the person's name");

        test(view.displayName).setValue("N".repeat(300));
        test(view.create).click();
        assertThat(view.displayName.getErrorMessage()).isEqualTo("A name can be at most 80 characters");

        test(view.displayName).setValue("Nul\u0000Name");
        test(view.create).click();
        assertThat(view.displayName.getErrorMessage()).startsWith("Remove the hidden control characters");
        assertThat(staff.accountForSignIn(username)).isEmpty();
    }

    @Test
    void conf1_an_admin_renames_and_changes_roles_and_the_list_shows_it() {
        StaffAccountsView view = navigate(StaffAccountsView.class);
        String username = open(view, unique("peer.edit"), "Edit Me");
        view = editing(username);

        test(view.editName).setValue("Edited Name");
        view.editRoles.setValue(Set.of(Role.PEER, Role.SUPERVISOR));
        test(view.saveChanges).click();

        StaffAccountSummary after = summary(username);
        assertThat(after.displayName()).isEqualTo("Edited Name");
        assertThat(after.roles()).containsExactlyInAnyOrder(Role.PEER, Role.SUPERVISOR);
        assertThat(after.version()).isEqualTo(1);
        assertThat(lastNotification()).isEqualTo("Saved the changes to " + username + ".");
        assertThat(view.lastSignIn.getText()).isEqualTo("Never signed in");
    }

    @Test
    void conf1_an_admin_disables_and_re_enables_an_account() {
        StaffAccountsView view = navigate(StaffAccountsView.class);
        String username = open(view, unique("peer.off"), "Off And On");
        view = editing(username);

        test(view.enabled).click();
        test(view.saveChanges).click();
        assertThat(summary(username).enabled()).isFalse();
        assertThat(staff.withRole(Role.PEER)).noneMatch(p -> p.displayName().equals("Off And On"));

        test(view.enabled).click();
        test(view.saveChanges).click();
        assertThat(summary(username).enabled()).isTrue();
        assertThat(summary(username).version()).isEqualTo(2);
    }

    @Test
    void conf1_an_admin_resets_a_password_which_must_be_changed_at_next_sign_in() {
        StaffAccountsView view = navigate(StaffAccountsView.class);
        String username = open(view, unique("peer.reset"), "Reset Me");
        view = editing(username);

        test(view.resetPassword).setValue("123456789012");
        test(view.reset).click();
        assertThat(view.resetPassword.isInvalid()).isTrue();
        assertThat(view.resetPassword.getErrorMessage()).startsWith("This password is too easy to guess");

        test(view.resetPassword).setValue("quiet-harbor-lights");
        test(view.reset).click();

        StaffAccount account = staff.accountForSignIn(username).orElseThrow();
        assertThat(passwords.matches("quiet-harbor-lights", account.passwordHash()))
                .isTrue();
        assertThat(account.mustChangePassword()).isTrue();
        assertThat(lastNotification()).startsWith(username + " has a new password");
    }

    @Test
    void conf1_an_admin_cannot_disable_themselves_or_drop_their_own_admin_role() {
        StaffAccountsView view = editing("admin.gale");

        test(view.enabled).click();
        test(view.saveChanges).click();
        assertThat(view.enabled.isInvalid()).isTrue();
        assertThat(view.enabled.getErrorMessage()).isEqualTo("You can't turn off your own account. Ask another admin.");

        test(view.enabled).click();
        view.editRoles.setValue(Set.of(Role.STAFF));
        test(view.saveChanges).click();
        assertThat(view.editRoles.isInvalid()).isTrue();
        assertThat(view.editRoles.getErrorMessage())
                .isEqualTo("You can't take away your own Admin role. Ask another admin.");
        assertThat(summary("admin.gale").roles()).contains(Role.ADMIN);
        assertThat(summary("admin.gale").enabled()).isTrue();
    }

    @Test
    void conf1_a_change_on_a_stale_copy_is_refused_in_words_and_keeps_what_was_typed() {
        StaffAccountsView view = navigate(StaffAccountsView.class);
        String username = open(view, unique("peer.stale"), "Stale Copy");
        view = editing(username);
        StaffAccountSummary seen = summary(username);
        Actor otherAdmin = new Actor(StaffId.newId(), "another.admin", Set.of(Role.ADMIN));
        changeAccount.change(new ChangeStaffAccountCommand(
                otherAdmin, seen.id(), seen.version(), "Changed Elsewhere", seen.roles(), true));

        test(view.editName).setValue("My Edit");
        test(view.saveChanges).click();

        assertThat(lastNotification()).startsWith("Someone else changed this");
        assertThat(view.editName.getValue()).isEqualTo("My Edit");
        assertThat(summary(username).displayName()).isEqualTo("Changed Elsewhere");
    }

    @Test
    void leaving_the_new_account_form_with_typed_input_asks_stay_or_leave() {
        StaffAccountsView view = navigate(StaffAccountsView.class);
        test(view.displayName).setValue("Half Typed");

        assertThat(LeaveQuestion.leavingAsksThenStaysThenLeaves(view, "members"))
                .isEqualTo("Leave without saving?");
    }

    @Test
    void leaving_an_account_with_a_changed_name_asks_and_after_saving_it_does_not() {
        String username = open(navigate(StaffAccountsView.class), unique("peer.leave"), "Lee Leaver");
        StaffAccountsView view = editing(username);
        test(view.editName).setValue("Lee Leaver-Stays");
        LeaveQuestion.leavingAsksAndStays(view, "members");

        test(view.saveChanges).click();

        assertThat(summary(username).displayName()).isEqualTo("Lee Leaver-Stays");
        LeaveQuestion.leavingDoesNotAsk(view, "members");
    }

    @Test
    void leaving_without_typing_anything_does_not_ask() {
        StaffAccountsView view = navigate(StaffAccountsView.class);
        view.accounts.select(summary("peer.ava"));

        LeaveQuestion.leavingDoesNotAsk(view, "members");
    }
}
