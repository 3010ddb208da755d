package org.peerpath.ui.shared;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.DefaultErrorHandler;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * The session's handler for what nobody expected: logged in full for us, a calm sentence for the user, never a stack
 * trace on screen. What was already saved stays saved: each use case runs in its own transaction.
 */
@Component
class UnexpectedErrorHandler implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(UnexpectedErrorHandler.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(this::handle));
    }

    private void handle(ErrorEvent event) {
        Throwable error = event.getThrowable();
        boolean denied = DefaultErrorHandler.findRelevantThrowable(error) instanceof AccessDeniedException;
        if (denied) {
            log.warn("Access denied: {}", error.getMessage());
        } else {
            log.error("Unexpected error", error);
        }
        UI ui = UI.getCurrent();
        if (ui != null) {
            ui.access(() ->
                    DomainErrors.notifyError(ui.getTranslation(denied ? "error.access-denied" : "error.unexpected")));
        }
    }
}
