package org.peerpath.ui.security;

import com.vaadin.flow.router.internal.NavigationRouteTarget;
import com.vaadin.flow.server.VaadinServletContext;
import com.vaadin.flow.server.auth.AccessAnnotationChecker;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * What a path means to the signed-in person, outside a Vaadin request: no page there, a page their roles may not open
 * (the view's own access annotation, read as Vaadin's navigation access control reads it), or one they may open.
 */
final class RouteAccess {

    enum Verdict {
        NO_PAGE,
        NOT_ALLOWED,
        ALLOWED
    }

    private final AccessAnnotationChecker access = new AccessAnnotationChecker();

    /** {@code path} is relative to the application, without a leading slash. */
    Verdict verdict(HttpServletRequest request, String path, Authentication signedIn) {
        NavigationRouteTarget route = ApplicationRouteRegistry.getInstance(
                        new VaadinServletContext(request.getServletContext()))
                .getNavigationRouteTarget(path);
        if (!route.hasTarget()) {
            return Verdict.NO_PAGE;
        }
        boolean allowed = access.hasAccess(
                route.getRouteTarget().getTarget(), signedIn, role -> signedIn.getAuthorities().stream()
                        .anyMatch(granted -> ("ROLE_" + role).equals(granted.getAuthority())));
        return allowed ? Verdict.ALLOWED : Verdict.NOT_ALLOWED;
    }

    /** The signed-in person, or null for a visitor who is not signed in. */
    static @Nullable Authentication signedIn() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null
                        || !authentication.isAuthenticated()
                        || authentication instanceof AnonymousAuthenticationToken
                ? null
                : authentication;
    }

    /** The path of the request within the application, without a leading slash. */
    static String pathOf(HttpServletRequest request) {
        return request.getRequestURI()
                .substring(request.getContextPath().length())
                .replaceFirst("^/+", "");
    }
}
