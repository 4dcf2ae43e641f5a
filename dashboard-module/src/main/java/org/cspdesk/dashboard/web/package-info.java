/** The development sign-in, {@code /v1/devsignin}: off unless configured, never with a real issuer. */
package org.cspdesk.dashboard.web;
