package org.peerpath.ui.security;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.time.Duration;
import org.peerpath.ui.language.LanguageSwitch;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.web.WebAttributes;

@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final LoginForm login = new LoginForm();
    private final long lockMinutes;

    LoginView(@Value("${peerpath.sign-in.lock-duration:15m}") Duration lockDuration) {
        this.lockMinutes = Math.max(1, lockDuration.toMinutes());
        addClassNames(
                "login-view",
                LumoUtility.Display.FLEX,
                LumoUtility.FlexDirection.COLUMN,
                LumoUtility.AlignItems.CENTER,
                LumoUtility.JustifyContent.CENTER,
                LumoUtility.Padding.LARGE);
        setSizeFull();

        H1 title = new H1(getTranslation("app.name"));
        title.addClassNames("brand-title");
        Paragraph tagline = new Paragraph(getTranslation("login.tagline"));
        tagline.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.Margin.Top.NONE);

        login.setI18n(i18n("login.error.title", "login.error.message"));
        login.setForgotPasswordButtonVisible(false);
        login.setAction("login");

        add(title, tagline, login, new LanguageSwitch());
    }

    private LoginI18n i18n(String errorTitleKey, String errorMessageKey, Object... args) {
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle(getTranslation("login.title"));
        i18n.getForm().setUsername(getTranslation("login.username"));
        i18n.getForm().setPassword(getTranslation("login.password"));
        i18n.getForm().setSubmit(getTranslation("login.submit"));
        i18n.getErrorMessage().setTitle(getTranslation(errorTitleKey));
        i18n.getErrorMessage().setMessage(getTranslation(errorMessageKey, args));
        return i18n;
    }

    /**
     * Says why the last attempt failed. A lock reads the same whether or not the username exists: locks count typed
     * usernames, not accounts.
     */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        boolean failed =
                event.getLocation().getQueryParameters().getParameters().containsKey("error");
        if (failed) {
            Object reason = lastFailure();
            if (reason instanceof LockedException) {
                login.setI18n(i18n("login.locked.title", "login.locked.message", lockMinutes));
            } else if (reason instanceof DisabledException) {
                login.setI18n(i18n("login.disabled.title", "login.disabled.message"));
            } else {
                login.setI18n(i18n("login.error.title", "login.error.message"));
            }
        }
        login.setError(failed);
    }

    private static Object lastFailure() {
        VaadinSession vaadin = VaadinSession.getCurrent();
        WrappedSession session = vaadin == null ? null : vaadin.getSession();
        return session == null ? null : session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.page-title");
    }
}
