package org.peerpath.ui.security;

import static com.vaadin.flow.spring.security.VaadinSecurityConfigurer.vaadin;

import java.time.Clock;
import java.time.Duration;
import org.peerpath.application.staff.port.in.SignInUseCase;
import org.peerpath.application.staff.port.in.SignOutUseCase;
import org.peerpath.application.staff.port.in.StaffQueries;
import org.peerpath.application.staff.port.out.PasswordHasher;
import org.peerpath.application.staff.port.out.PasswordVerifier;
import org.peerpath.application.staff.port.out.StaffSessions;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer.AuthorizedUrl;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Deny by default (CONF-1): every view and every use case names the roles that may use it. Signing in goes through
 * the application's sign-in use case only (lock and audit); sessions end when idle, at an absolute limit, or when an
 * admin disables the account; every response says not to sniff types, not to cache, and not to leak the address.
 */
@Configuration
@EnableMethodSecurity // JSR-250 on use cases: see UseCaseMethodSecurity
class SecurityConfiguration {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, SessionLimitsFilter sessionLimits) throws Exception {
        http.authorizeHttpRequests(requests ->
                requests.requestMatchers("/styles.css", "/js/**", "/images/**").permitAll());
        http.with(vaadin(), vaadin -> vaadin.loginView(LoginView.class).anyRequest(AuthorizedUrl::permitAll));
        http.addFilterBefore(sessionLimits, SecurityContextHolderFilter.class);
        http.addFilterBefore(new SignInLanding("/login"), UsernamePasswordAuthenticationFilter.class);
        http.addFilterAfter(new PageStatus(), AuthorizationFilter.class);
        // Spring Security already sends nosniff and "Cache-Control: no-cache, no-store, max-age=0, must-revalidate".
        http.headers(headers -> headers.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)));
        return http.build();
    }

    @Bean
    SessionRegistry sessionRegistry() {
        return new SessionRegistryImpl();
    }

    /**
     * Idle limit: {@code server.servlet.session.timeout} (15 minutes), enforced to the second here, since the
     * container counts whole minutes and Vaadin's heartbeat would keep an open tab alive. Absolute limit since
     * sign-in: {@code peerpath.session.absolute-limit} (12 hours).
     */
    @Bean
    SessionLimitsFilter sessionLimitsFilter(
            SessionRegistry registry,
            SignOutUseCase signOut,
            Clock clock,
            @Value("${server.servlet.session.timeout:15m}") Duration idleLimit,
            @Value("${peerpath.session.absolute-limit:12h}") Duration absoluteLimit) {
        return new SessionLimitsFilter(registry, signOut, clock, idleLimit, absoluteLimit);
    }

    /** The filter runs inside the security chain only, not a second time as a plain servlet filter. */
    @Bean
    FilterRegistrationBean<SessionLimitsFilter> sessionLimitsFilterOnlyInChain(SessionLimitsFilter filter) {
        FilterRegistrationBean<SessionLimitsFilter> registration = new FilterRegistrationBean<>(filter);
        registration.setEnabled(false);
        return registration;
    }

    /** Ahead of every other filter, for every response including Vaadin's pages (see the filter). */
    @Bean
    FilterRegistrationBean<SafetyHeadersFilter> safetyHeaders() {
        FilterRegistrationBean<SafetyHeadersFilter> registration =
                new FilterRegistrationBean<>(new SafetyHeadersFilter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    @Bean
    StaffSessions staffSessions(SessionRegistry registry) {
        return new StaffSessionsAdapter(registry);
    }

    /** The one authentication provider: with it, Spring Security never checks a password by itself. */
    @Bean
    AuthenticationProvider signInAuthenticationProvider(SignInUseCase signIn, Clock clock) {
        return new SignInAuthenticationProvider(signIn, clock);
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }

    @Bean
    PasswordHasher passwordHasher(PasswordEncoder encoder) {
        return encoder::encode;
    }

    @Bean
    PasswordVerifier passwordVerifier(PasswordEncoder encoder) {
        return new BcryptPasswordVerifier(encoder);
    }

    /** For tests ({@code @WithUserDetails}) and Vaadin's session: never used to check a password. */
    @Bean
    UserDetailsService userDetailsService(StaffQueries staff, Clock clock) {
        return username -> staff.accountForSignIn(username)
                .map(account -> new SignedInStaff(account, clock.instant()))
                .orElseThrow(() -> new UsernameNotFoundException("No such account"));
    }
}
