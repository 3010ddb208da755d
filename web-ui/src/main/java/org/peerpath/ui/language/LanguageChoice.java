package org.peerpath.ui.language;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import jakarta.servlet.http.Cookie;
import java.time.Duration;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Which language a person reads: the one they chose in the language switch, remembered in a cookie on this browser;
 * before any choice, the browser's language (Accept-Language), Spanish for any Spanish and English otherwise. The
 * page's {@code <html lang>} follows, from the first byte of the page and after every switch, so that screen readers
 * and the browser's spelling and hyphenation use the right language.
 */
@Component
public class LanguageChoice implements VaadinServiceInitListener {

    static final String COOKIE = "peerpath-language";
    private static final int REMEMBERED_SECONDS = (int) Duration.ofDays(365).toSeconds();

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(response -> response.getDocument()
                .getElementsByTag("html")
                .attr("lang", chosen(response.getVaadinRequest()).toLanguageTag()));
        event.getSource().addUIInitListener(init -> {
            VaadinRequest request = VaadinRequest.getCurrent();
            if (request != null) {
                show(init.getUI(), chosen(request));
            }
        });
    }

    /** Switches the UI (and every later page of this browser) to {@code language} and redraws the current view. */
    public static void choose(UI ui, Locale language) {
        Locale chosen = Languages.supported(language);
        VaadinResponse response = VaadinService.getCurrentResponse();
        if (response != null) {
            Cookie cookie = new Cookie(COOKIE, chosen.getLanguage());
            cookie.setPath(cookiePath());
            cookie.setMaxAge(REMEMBERED_SECONDS);
            cookie.setHttpOnly(true);
            cookie.setAttribute("SameSite", "Lax");
            response.addCookie(cookie);
        }
        VaadinSession session = ui.getSession();
        if (session != null) {
            session.setLocale(chosen);
        }
        show(ui, chosen);
        ui.refreshCurrentRoute(true);
    }

    static Locale chosen(VaadinRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (COOKIE.equals(cookie.getName())) {
                    return Languages.supported(Locale.forLanguageTag(cookie.getValue()));
                }
            }
        }
        return Languages.supported(request.getLocale());
    }

    private static void show(UI ui, Locale language) {
        ui.setLocale(language);
        ui.getPage().executeJs("document.documentElement.lang = $0", language.toLanguageTag());
    }

    private static String cookiePath() {
        @Nullable VaadinRequest request = VaadinRequest.getCurrent();
        String contextPath = request == null ? "" : request.getContextPath();
        return contextPath.isEmpty() ? "/" : contextPath;
    }
}
