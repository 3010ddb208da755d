package org.peerpath.ui.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Every response says not to guess content types and not to send our addresses elsewhere; everything but static
 * files says not to store it, since pages and UI updates carry member data. Set before anything else runs: Vaadin's
 * pages reach the browser by a route on which Spring Security's header writer does not act.
 */
final class SafetyHeadersFilter extends OncePerRequestFilter {

    private static final List<String> STATIC = List.of("/VAADIN/", "/styles.css", "/js/", "/images/", "/icons/");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (STATIC.stream().noneMatch(path::startsWith)) {
            response.setHeader("Cache-Control", "no-store");
            response.setHeader("Pragma", "no-cache");
        }
        chain.doFilter(request, response);
    }
}
