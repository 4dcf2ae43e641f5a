/**
 * The dashboard: the browser application partner staff and customers' users work in, served by the WAR.
 *
 * <p>Static files only (Lit and Pico CSS from webjars, our ES modules under {@code META-INF/resources/app}); the
 * application calls nothing but {@code /v1}, so it does exactly what the API does: the same roles, refusals,
 * records, idempotency and problems. The module's Java code serves those files (deep links, Content-Security-Policy,
 * caching) and, in development only, signs people in with the development key (docs/adr/0019-dashboard.md).
 */
module org.cspdesk.dashboard {
    requires org.cspdesk.platform;
    requires org.cspdesk.customers;
    requires microprofile.config.api;
    requires jakarta.json;
    requires java.logging;
}
