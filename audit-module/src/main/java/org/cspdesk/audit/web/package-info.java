/** The activity log API ({@code /v1/auditrecords}) for admins, and its JSON shapes (Partner Center's AuditRecord). */
package org.cspdesk.audit.web;
