package org.peerpath.ui.security;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.springframework.stereotype.Component;

/** A person whose password an admin set sees nothing else until they have chosen their own (CONF-1). */
@Component
class PasswordChangeGuard implements VaadinServiceInitListener {

    private final AuthenticationContext authentication;

    PasswordChangeGuard(AuthenticationContext authentication) {
        this.authentication = authentication;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(this::beforeEnter));
    }

    private void beforeEnter(BeforeEnterEvent event) {
        Class<?> target = event.getNavigationTarget();
        if (target == ChangePasswordView.class || target == LoginView.class) {
            return;
        }
        authentication
                .getAuthenticatedUser(SignedInStaff.class)
                .filter(SignedInStaff::mustChangePassword)
                .ifPresent(staff -> event.forwardTo(ChangePasswordView.class));
    }
}
