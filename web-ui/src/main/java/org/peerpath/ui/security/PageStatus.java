package org.peerpath.ui.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives a page load the HTTP status of what the person will see (CONF-1): 404 for an address with no page, 403 for a
 * page their roles may not open. Vaadin answers every page load with its start page and renders the view (here the
 * PeerPath not-found or access-denied page) in a later request, so without this the status would always be 200.
 * Visitors who are not signed in are left alone: Vaadin sends them to the sign-in page.
 */
final class PageStatus extends OncePerRequestFilter {

    private final RouteAccess routes = new RouteAccess();

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String accept = request.getHeader("Accept");
        return !"GET".equals(request.getMethod())
                || request.getParameter("v-r") != null
                || accept == null
                || !accept.contains("text/html")
                || RouteAccess.pathOf(request).startsWith("VAADIN/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var signedIn = RouteAccess.signedIn();
        if (signedIn == null) {
            chain.doFilter(request, response);
            return;
        }
        int status =
                switch (routes.verdict(request, RouteAccess.pathOf(request), signedIn)) {
                    case NO_PAGE -> HttpStatus.NOT_FOUND.value();
                    case NOT_ALLOWED -> HttpStatus.FORBIDDEN.value();
                    case ALLOWED -> HttpStatus.OK.value();
                };
        if (status == HttpStatus.OK.value()) {
            chain.doFilter(request, response);
            return;
        }
        response.setStatus(status);
        chain.doFilter(request, new HttpServletResponseWrapper(response) {
            @Override
            public void setStatus(int ignoredOk) {
                // Vaadin's start page would say 200; the view it renders is an error page.
                if (ignoredOk != HttpStatus.OK.value()) {
                    super.setStatus(ignoredOk);
                }
            }
        });
    }
}
