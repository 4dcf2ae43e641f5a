/**
 * JAX-RS providers shared by every endpoint: problem+json for every error, the body size limit and the
 * correlation id. Discovered by the JAX-RS runtime because the WAR's application class lists no classes.
 */
package org.cspdesk.platform.web;
