package org.peerpath.ui.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peerpath.application.staff.port.in.StaffAccount;
import org.peerpath.application.staff.port.in.StaffQueries;
import org.peerpath.application.staff.port.out.StaffDirectory;
import org.peerpath.shared.Role;
import org.peerpath.shared.StaffId;
import org.peerpath.ui.form.LeaveQuestion;
import org.peerpath.ui.member.CaseloadView;
import org.peerpath.ui.member.service.WorkQueueView;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

/** After an admin set the password, the person chooses their own before anything else opens (CONF-1). */
@SpringBootTest
class ChangePasswordViewIT extends SpringBrowserlessTest {

    private static final String SET_BY_ADMIN = "harbor-lights-quiet";

    @Autowired
    StaffDirectory directory;

    @Autowired
    StaffQueries staff;

    @Autowired
    PasswordEncoder encoder;

    @BeforeEach
    void accountsWhosePasswordAnAdminSet() {
        for (String username : new String[] {"chpw.guard", "chpw.words", "chpw.done"}) {
            if (staff.accountForSignIn(username).isEmpty()) {
                directory.save(new StaffAccount(
                        StaffId.newId(),
                        username,
                        "Changing " + username,
                        encoder.encode(SET_BY_ADMIN),
                        Set.of(Role.PEER),
                        true,
                        true,
                        null,
                        0));
            }
        }
    }

    @Autowired
    UserDetailsService accounts;

    /**
     * Signs in after the accounts exist and builds the UI for that person, as a fresh sign-in does; a context set up
     * by {@code @WithUserDetails} before the UI was built did not reach it in every order of the test classes.
     */
    private void signInAs(String username) {
        var user = accounts.loadUserByUsername(username);
        SecurityContextHolder.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        cleanVaadinEnvironment();
        initVaadinEnvironment();
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void conf1_every_other_page_leads_to_choosing_a_password() {
        signInAs("chpw.guard");
        ChangePasswordView view = navigate("caseload", ChangePasswordView.class);

        assertThat(view.getElement().getTextRecursively()).contains("An admin set your password");
    }

    @Test
    void conf1_wrong_current_password_mismatch_and_a_common_password_get_words_at_their_field() {
        signInAs("chpw.words");
        ChangePasswordView view = navigate(ChangePasswordView.class);

        test(view.currentPassword).setValue("not-what-the-admin-set");
        test(view.newPassword).setValue("river-stones-and-moss");
        test(view.repeatPassword).setValue("river-stones-and-moss");
        test(view.save).click();
        assertThat(view.currentPassword.getErrorMessage()).isEqualTo("That is not your current password");

        test(view.currentPassword).setValue(SET_BY_ADMIN);
        test(view.repeatPassword).setValue("river-stones-and-mos");
        test(view.save).click();
        assertThat(view.repeatPassword.getErrorMessage()).isEqualTo("The two new passwords are not the same");

        test(view.newPassword).setValue("qwertyuiopasdf");
        test(view.repeatPassword).setValue("qwertyuiopasdf");
        test(view.save).click();
        assertThat(view.newPassword.isInvalid()).isTrue();
        assertThat(view.newPassword.getErrorMessage()).startsWith("This password is too easy to guess");
        assertThat(staff.accountForSignIn("chpw.words").orElseThrow().mustChangePassword())
                .isTrue();
    }

    @Test
    void conf1_once_chosen_the_persons_own_start_page_opens() {
        signInAs("chpw.done");
        ChangePasswordView view = navigate(ChangePasswordView.class);

        test(view.currentPassword).setValue(SET_BY_ADMIN);
        test(view.newPassword).setValue("river-stones-and-moss");
        test(view.repeatPassword).setValue("river-stones-and-moss");
        test(view.save).click();

        StaffAccount account = staff.accountForSignIn("chpw.done").orElseThrow();
        assertThat(account.mustChangePassword()).isFalse();
        assertThat(encoder.matches("river-stones-and-moss", account.passwordHash()))
                .isTrue();
        // issue H.5: a peer's start page is the work queue
        assertThat(getCurrentView()).isInstanceOf(WorkQueueView.class);
        assertThat(LeaveQuestion.asked()).as("saved: leaving does not ask").isEmpty();
    }

    @Test
    void leaving_with_a_typed_password_asks_stay_or_leave_and_leaving_untouched_does_not() {
        if (staff.accountForSignIn("chpw.leave").isEmpty()) {
            directory.save(new StaffAccount(
                    StaffId.newId(),
                    "chpw.leave",
                    "Changing chpw.leave",
                    encoder.encode(SET_BY_ADMIN),
                    Set.of(Role.PEER),
                    true));
        }
        signInAs("chpw.leave");
        ChangePasswordView view = navigate(ChangePasswordView.class);
        test(view.newPassword).setValue("half-typed-new-password");

        assertThat(LeaveQuestion.leavingAsksThenStaysThenLeaves(view, "caseload"))
                .isEqualTo("Leave without saving?");
        assertThat(getCurrentView()).isInstanceOf(CaseloadView.class);

        LeaveQuestion.leavingDoesNotAsk(navigate(ChangePasswordView.class), "caseload");
        assertThat(getCurrentView()).isInstanceOf(CaseloadView.class);
    }
}
