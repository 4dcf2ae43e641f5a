/**
 * The platform: what every business module needs at its edge and nothing else.
 */
module org.cspdesk.platform {
    requires transitive jakarta.cdi;
    requires transitive jakarta.inject;
    requires transitive jakarta.ws.rs;
    requires transitive jakarta.json.bind;
    requires jakarta.json;
    requires transitive jakarta.validation;
    requires transitive jakarta.annotation;
    requires transitive jakarta.transaction;
    requires transitive jakarta.persistence;
    requires transitive microprofile.openapi.api;
    requires jakarta.security;
    requires com.nimbusds.jose.jwt;
    requires oauth2.oidc.sdk;
    requires microprofile.config.api;
    requires transitive jakarta.servlet;
    requires jakarta.resource;
    requires static org.eclipse.persistence.core;
    requires java.sql;
    requires java.logging;

    exports org.cspdesk.platform.api;
}
