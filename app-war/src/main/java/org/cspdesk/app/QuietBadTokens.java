package org.cspdesk.app;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A malformed, tampered or expired bearer token is the caller's mistake, answered 401: Payara's MP-JWT identity
 * store logged each one at INFO with a 49-line stack trace, so anyone without a token could fill the log. Its
 * warnings and errors still reach the log.
 * <p>
 * Set by the WAR rather than by {@code asadmin set-log-levels} in the boot files: on Payara Micro 6.2025.10 that
 * command re-reads the logging configuration and switches the whole console log from Payara's format to plain
 * java.util.logging lines (ADR 0013).
 */
@WebListener
public class QuietBadTokens implements ServletContextListener {
    /** Held here: java.util.logging keeps loggers weakly, and a collected logger forgets its level. */
    private static final Logger IDENTITY_STORE =
            Logger.getLogger("fish.payara.microprofile.jwtauth.eesecurity.SignedJWTIdentityStore");

    @Override
    public void contextInitialized(ServletContextEvent event) {
        IDENTITY_STORE.setLevel(Level.WARNING);
    }
}
