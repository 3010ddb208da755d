package org.peerpath.ui.security;

import static com.vaadin.flow.spring.security.VaadinSecurityConfigurer.vaadin;

import org.peerpath.application.staff.port.in.StaffQueries;
import org.peerpath.application.staff.port.out.PasswordHasher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer.AuthorizedUrl;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;

/** Deny by default (CONF-1): every view and every use case names the roles that may use it. */
@Configuration
@EnableMethodSecurity // JSR-250 on use cases: see UseCaseMethodSecurity
class SecurityConfiguration {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(requests ->
                requests.requestMatchers("/styles.css", "/js/**", "/images/**").permitAll());
        // Unknown addresses reach Vaadin, which shows the PeerPath not-found page (or sign-in) instead of a bare 403;
        // every view still declares its roles, checked by Vaadin's navigation access control.
        http.with(vaadin(), vaadin -> vaadin.loginView(LoginView.class).anyRequest(AuthorizedUrl::permitAll));
        http.addFilterBefore(new SignInLanding("/login"), UsernamePasswordAuthenticationFilter.class);
        http.addFilterAfter(new PageStatus(), AuthorizationFilter.class);
        return http.build();
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
    UserDetailsService userDetailsService(StaffQueries staff) {
        return username -> staff.accountForSignIn(username)
                .map(SignedInStaff::new)
                .orElseThrow(() -> new UsernameNotFoundException("No such account"));
    }
}
