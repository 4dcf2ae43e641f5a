package org.cspdesk.dashboard.internal;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/**
 * Serves the dashboard's files beside the API, which it never touches ({@code /v1}, health and the OpenAPI
 * document pass through as they are, so their 404s stay problem+json).
 * <ul>
 * <li><b>Deep links</b>: a browser asking for a page ({@code GET}, {@code Accept: text/html}, a path without a
 * file extension, outside the API) gets {@code index.html}, and the application routes on the path; anything
 * else that is not a file is the usual 404 problem.</li>
 * <li><b>Content-Security-Policy</b> on the page: scripts from this origin only, and the one inline script,
 * the import map, by its hash; no framing.</li>
 * <li><b>Caching</b>: webjars have their version in the path and our modules the build
 * ({@code /assets/BUILD/...}), so both are cached for a year; {@code index.html} is revalidated every time, so a
 * new build is seen at the next load.</li>
 * </ul>
 */
@WebFilter(urlPatterns = "/*", dispatcherTypes = DispatcherType.REQUEST, asyncSupported = true)
public class DashboardPages extends HttpFilter {
    private static final long serialVersionUID = 1L;
    private static final String INDEX = "/index.html";
    private static final String ASSETS = "/assets/";
    private static final String YEAR = "public, max-age=31536000, immutable";

    private transient volatile PageHeaders pageHeaders;
    private transient volatile String build;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        if (isServerPath(path)) {
            chain.doFilter(request, response);
            return;
        }
        response.setHeader("X-Content-Type-Options", "nosniff");
        if (path.startsWith("/webjars/")) {
            response.setHeader("Cache-Control", YEAR);
            chain.doFilter(request, response);
        } else if (path.startsWith(ASSETS)) {
            serveAsset(path, request, response, chain);
        } else if (path.startsWith("/app/")) {
            response.setHeader("Cache-Control", "no-cache");
            chain.doFilter(request, response);
        } else if (path.equals(INDEX)) {
            pageHeaders(request.getServletContext()).apply(response);
            chain.doFilter(request, response);
        } else if (isPage(path, request)) {
            pageHeaders(request.getServletContext()).apply(response);
            request.getRequestDispatcher(INDEX).forward(request, response);
        } else {
            chain.doFilter(request, response);
        }
    }

    /** {@code /assets/BUILD/x} is {@code /app/x}; cached for a year when BUILD is this build's. */
    private void serveAsset(String path, HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        int slash = path.indexOf('/', ASSETS.length());
        if (slash < 0) {
            chain.doFilter(request, response); // not an asset: the 404 problem
            return;
        }
        String asked = path.substring(ASSETS.length(), slash);
        response.setHeader("Cache-Control", asked.equals(build(request.getServletContext())) ? YEAR : "no-cache");
        request.getRequestDispatcher("/app" + path.substring(slash)).forward(request, response);
    }

    private static boolean isServerPath(String path) {
        return path.equals("/v1") || path.startsWith("/v1/") || path.startsWith("/health") || path.startsWith("/openapi")
                || path.startsWith("/metrics") || path.equals("/error-page") || path.startsWith("/auth/");
    }

    /** A page of the application: the browser navigating, to a path that is no file. */
    private static boolean isPage(String path, HttpServletRequest request) {
        String method = request.getMethod();
        if (!"GET".equals(method) && !"HEAD".equals(method)) {
            return false;
        }
        if (path.isEmpty() || path.equals("/")) {
            return true;
        }
        String last = path.substring(path.lastIndexOf('/') + 1);
        String accept = request.getHeader("Accept");
        return !last.contains(".") && accept != null && accept.contains("text/html");
    }

    private PageHeaders pageHeaders(ServletContext context) throws IOException {
        PageHeaders headers = pageHeaders;
        if (headers == null) {
            try (InputStream index = context.getResourceAsStream(INDEX)) {
                if (index == null) {
                    throw new IOException("the dashboard's index.html is missing from the WAR");
                }
                headers = PageHeaders.of(new String(index.readAllBytes(), StandardCharsets.UTF_8));
            }
            pageHeaders = headers;
        }
        return headers;
    }

    private String build(ServletContext context) throws IOException {
        String current = build;
        if (current == null) {
            Properties properties = new Properties();
            try (InputStream in = DashboardPages.class.getResourceAsStream("/META-INF/cspdesk-dashboard.properties")) {
                if (in != null) {
                    properties.load(in);
                }
            }
            current = properties.getProperty("build", "");
            build = current;
        }
        return current;
    }
}
