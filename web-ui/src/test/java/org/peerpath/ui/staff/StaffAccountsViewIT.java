package org.peerpath.ui.staff;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.peerpath.application.staff.port.in.StaffQueries;
import org.peerpath.shared.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.context.support.WithUserDetails;

/** CONF-1: accounts exist only when an admin opens them; passwords are kept as bcrypt hashes. */
@SpringBootTest
@WithUserDetails("admin.gale")
class StaffAccountsViewIT extends SpringBrowserlessTest {

    @Autowired
    StaffQueries staff;

    @Autowired
    PasswordEncoder passwords;

    @Test
    void conf1_an_admin_opens_an_account_that_can_then_sign_in() {
        StaffAccountsView view = navigate(StaffAccountsView.class);
        test(view.username).setValue("peer.new");
        test(view.displayName).setValue("Nova Peerwell");
        test(view.password).setValue("a-long-first-password");
        view.roles.setValue(Set.of(Role.PEER));

        test(view.create).click();

        var account = staff.accountForSignIn("peer.new").orElseThrow();
        assertThat(account.passwordHash()).startsWith("$2").isNotEqualTo("a-long-first-password");
        assertThat(passwords.matches("a-long-first-password", account.passwordHash()))
                .isTrue();
        assertThat(staff.accounts()).anyMatch(a -> a.username().equals("peer.new"));
        assertThat(view.username.getValue()).isEmpty();
    }

    @Test
    void conf1_a_short_password_is_refused_at_its_field() {
        StaffAccountsView view = navigate(StaffAccountsView.class);
        test(view.username).setValue("peer.short");
        test(view.displayName).setValue("Short Pass");
        test(view.password).setValue("short");
        view.roles.setValue(Set.of(Role.PEER));

        test(view.create).click();

        assertThat(view.password.isInvalid()).isTrue();
        assertThat(view.password.getErrorMessage()).isEqualTo("A password needs at least 12 characters");
        assertThat(staff.accountForSignIn("peer.short")).isEmpty();
    }
}
