/** Serving the dashboard's files, and signing development tokens. */
package org.cspdesk.dashboard.internal;
