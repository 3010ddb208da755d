package org.peerpath.ui.error;

import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.HttpStatusCode;
import jakarta.annotation.security.PermitAll;
import org.peerpath.ui.shared.MainLayout;

/**
 * What a signed-in person sees when their role may not open a page (CONF-1): the menu, one sentence, a way home, and
 * HTTP 403. People who are not signed in never get here: Vaadin's navigation access control sends them to sign in.
 */
@ParentLayout(MainLayout.class)
@PermitAll
public class AccessDeniedView extends ErrorPage implements HasErrorParameter<AccessDeniedException> {

    AccessDeniedView() {
        super("access-denied", "error.access-denied.title", "error.access-denied.text");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        return HttpStatusCode.FORBIDDEN.getCode();
    }
}
