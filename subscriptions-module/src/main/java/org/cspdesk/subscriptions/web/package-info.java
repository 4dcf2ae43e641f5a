/** The offers, subscriptions, role assignments and purchase prerequisites API, after Partner Center's shapes. */
package org.cspdesk.subscriptions.web;
