/**
 * The platform's exported API: who is calling ({@link org.cspdesk.platform.api.CurrentRequest}), how an
 * error is told ({@link org.cspdesk.platform.api.ApiProblem}), how a list is paged
 * ({@link org.cspdesk.platform.api.ContinuationTokens}) and the shapes every collection shares.
 *
 * <p>The platform owns no business data. It exists so that five modules do not each write their own
 * problem mapper, paging token and role names (ADR 0002).
 */
package org.cspdesk.platform.api;
