/**
 * The assembly: the one WAR that holds every module. It owns the JAX-RS application and its security
 * declaration, the datasource, the schema migrations run at deployment, the health checks and the
 * OpenAPI document's header. It owns no business rule.
 */
package org.cspdesk.app;
