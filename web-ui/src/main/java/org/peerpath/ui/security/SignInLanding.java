package org.peerpath.ui.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import org.springframework.security.core.Authentication;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * After a successful sign-in, the browser goes back to the address that sent the person to the sign-in page only
 * when that address is a page their role may open (CONF-1); otherwise to their start page, so that signing in never
 * lands on the access-denied or not-found page. It rewrites the redirect of whatever success handler Vaadin
 * configured, so the rest of the sign-in (saved request, CSRF) stays Vaadin's.
 */
final class SignInLanding extends OncePerRequestFilter {

    private final String loginPath;
    private final RouteAccess routes = new RouteAccess();

    SignInLanding(String loginPath) {
        this.loginPath = loginPath;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !"POST".equals(request.getMethod()) || !loginPath.equals(path);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        chain.doFilter(request, new HttpServletResponseWrapper(response) {
            @Override
            public void sendRedirect(String location) throws IOException {
                super.sendRedirect(safeLanding(request, location));
            }
        });
    }

    private String safeLanding(HttpServletRequest request, String location) {
        Authentication signedIn = RouteAccess.signedIn();
        if (signedIn == null) {
            return location; // a refused sign-in goes back to the sign-in page as Spring decided
        }
        String home = request.getContextPath() + "/";
        try {
            URI target = new URI(location);
            if (target.getHost() != null && !target.getHost().equalsIgnoreCase(request.getServerName())) {
                return home;
            }
            String path = target.getPath() == null ? "" : target.getPath();
            if (path.startsWith(request.getContextPath())) {
                path = path.substring(request.getContextPath().length());
            }
            path = path.replaceFirst("^/+", "");
            return path.isEmpty() || routes.verdict(request, path, signedIn) == RouteAccess.Verdict.ALLOWED
                    ? location
                    : home;
        } catch (URISyntaxException notAnAddress) {
            return home;
        }
    }
}
