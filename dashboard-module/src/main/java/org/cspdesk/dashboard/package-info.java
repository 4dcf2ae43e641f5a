/**
 * The dashboard module: {@code web} holds the development sign-in's endpoints, {@code internal} the filter that
 * serves the single-page application's files and the development signer. The application itself lives in
 * {@code META-INF/resources} (index.html, app/).
 */
package org.cspdesk.dashboard;
