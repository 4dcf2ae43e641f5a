/**
 * The self-serve policy API ({@code /v1/SelfServePolicy}, Partner Center's shape) and the Account page's
 * "Customer permissions" area ({@code /v1/customers/{id}/permissions}). Both go through the same service
 * and leave the same records (docs/rules.md rule 4).
 */
package org.cspdesk.permissions.web;
