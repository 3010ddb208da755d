package org.peerpath.ui;

import java.time.LocalDate;
import java.util.Set;
import java.util.function.Supplier;
import org.peerpath.application.member.port.in.AssignPrimaryPeerCommand;
import org.peerpath.application.member.port.in.AssignPrimaryPeerUseCase;
import org.peerpath.application.member.port.in.EnrollMemberCommand;
import org.peerpath.application.member.port.in.EnrollMemberUseCase;
import org.peerpath.application.member.port.in.MemberQueries;
import org.peerpath.member.MemberId;
import org.peerpath.shared.County;
import org.peerpath.shared.DeliverySystem;
import org.peerpath.shared.StaffId;
import org.peerpath.ui.security.CurrentUser;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * Test steps taken through the use cases as a named demo account, as that person would take them, for the setup a
 * test needs before or beside its browser (tests only; found by the application's component scan).
 */
@Component
public class ActingAs {

    private final UserDetailsService accounts;
    private final CurrentUser currentUser;
    private final EnrollMemberUseCase enroll;
    private final AssignPrimaryPeerUseCase assignPeer;
    private final MemberQueries members;

    ActingAs(
            UserDetailsService accounts,
            CurrentUser currentUser,
            EnrollMemberUseCase enroll,
            AssignPrimaryPeerUseCase assignPeer,
            MemberQueries members) {
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.enroll = enroll;
        this.assignPeer = assignPeer;
        this.members = members;
    }

    /** Runs {@code step} signed in as {@code username}, then puts back whoever was signed in. */
    public <T> T as(String username, Supplier<T> step) {
        SecurityContext saved = SecurityContextHolder.getContext();
        SecurityContext other = SecurityContextHolder.createEmptyContext();
        UserDetails user = accounts.loadUserByUsername(username);
        other.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(other);
        try {
            return step.get();
        } finally {
            SecurityContextHolder.setContext(saved);
        }
    }

    /**
     * A member enrolled by the admin for one test only (SMHS, in {@code county}), with {@code peer} as primary peer, so
     * that no other test of the shared database changes what the test reads.
     */
    public MemberId newMemberOf(String peer, String given, String family, County county) {
        StaffId peerId = as(peer, () -> currentUser.actor().id());
        return as("admin.gale", () -> {
            MemberId enrolled = enroll.enroll(new EnrollMemberCommand(
                    currentUser.actor(),
                    given,
                    family,
                    LocalDate.of(1987, 4, 5),
                    "8" + String.format("%07d", (int) (System.nanoTime() % 10_000_000)) + "T",
                    county,
                    Set.of(DeliverySystem.SMHS),
                    "English"));
            long version =
                    members.member(currentUser.actor(), enrolled).orElseThrow().version();
            assignPeer.assign(new AssignPrimaryPeerCommand(currentUser.actor(), enrolled, peerId, version));
            return enrolled;
        });
    }
}
