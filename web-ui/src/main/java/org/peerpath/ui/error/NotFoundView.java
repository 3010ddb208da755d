package org.peerpath.ui.error;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.HttpStatusCode;
import jakarta.annotation.security.PermitAll;
import org.peerpath.ui.shared.MainLayout;

/**
 * An address with no page behind it: the menu, one sentence, a way home, HTTP 404, and never Vaadin's list of routes
 * (dev mode shows that list by default). Anonymous visitors are sent to sign in instead.
 */
@ParentLayout(MainLayout.class)
@PermitAll
public class NotFoundView extends ErrorPage implements HasErrorParameter<NotFoundException> {

    NotFoundView() {
        super("not-found", "error.not-found.title", "error.not-found.text");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        return HttpStatusCode.NOT_FOUND.getCode();
    }
}
