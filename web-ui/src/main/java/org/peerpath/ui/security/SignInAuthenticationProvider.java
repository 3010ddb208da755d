package org.peerpath.ui.security;

import java.time.Clock;
import java.time.Duration;
import org.peerpath.application.staff.port.in.SignInAttempt;
import org.peerpath.application.staff.port.in.SignInOutcome;
import org.peerpath.application.staff.port.in.SignInUseCase;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;

/**
 * The only way to sign in: the application decides (lock, delay, audit); this adapter turns its answer into Spring
 * Security's, and holds a refusal back for the delay the application asks, after its transaction has ended.
 */
final class SignInAuthenticationProvider implements AuthenticationProvider {

    private final SignInUseCase signIn;
    private final Clock clock;

    SignInAuthenticationProvider(SignInUseCase signIn, Clock clock) {
        this.signIn = signIn;
        this.clock = clock;
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String username = authentication.getName() == null ? "" : authentication.getName();
        Object credentials = authentication.getCredentials();
        String password = credentials == null ? "" : credentials.toString();
        SignInOutcome outcome = signIn.signIn(new SignInAttempt(username, password));
        return switch (outcome) {
            case SignInOutcome.SignedIn signedIn -> {
                SignedInStaff staff = new SignedInStaff(signedIn.account(), clock.instant());
                yield UsernamePasswordAuthenticationToken.authenticated(staff, null, staff.getAuthorities());
            }
            case SignInOutcome.Refused refused -> {
                pause(refused.delay());
                throw switch (refused.reason()) {
                    case LOCKED -> new LockedException("Signing in is paused for this username");
                    case DISABLED -> new DisabledException("Account disabled");
                    case WRONG_CREDENTIALS -> new BadCredentialsException("Wrong username or password");
                };
            }
        };
    }

    private static void pause(Duration delay) {
        if (delay.isPositive()) {
            try {
                Thread.sleep(delay);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
