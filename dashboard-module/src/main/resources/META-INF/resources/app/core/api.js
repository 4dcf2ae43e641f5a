// The only way the dashboard talks to the server: /v1, with the signed-in Bearer token, exactly as any other
// client of the API. Writes carry an MS-RequestId, so a retried click acts once; every call an
// MS-CorrelationId, shown beside any error so support can find it in the server's log and activity log.
import { token, endSession } from './session.js';

/** What the browser tests and the render report read: every API call of this page load. */
const record = (window.__cspdesk ??= { calls: [], renders: [] });

export class ApiError extends Error {
  constructor(status, problem, correlationId) {
    super(problem?.detail || `HTTP ${status}`);
    this.status = status;
    this.problem = problem || {};
    this.code = this.problem.cspdeskCode || (status === 0 ? 'network_error' : 'http_' + status);
    this.correlationId = correlationId;
  }
}

function url(path, query) {
  const target = new URL('/v1' + path, location.origin);
  for (const [name, value] of Object.entries(query || {})) {
    if (value === undefined || value === null || value === '') continue;
    for (const one of Array.isArray(value) ? value : [value]) target.searchParams.append(name, one);
  }
  return target;
}

/**
 * One API call. Options: query (an object; arrays repeat the parameter), body (sent as JSON), etag (If-Match),
 * requestId (MS-RequestId of a write; a new one when left out), headers, frame (a call of the frame around the
 * pages, not of the page: counted apart). Answers {status, body, etag, headers}.
 * Throws ApiError with the problem on any error status.
 */
export async function api(method, path, options = {}) {
  const correlationId = crypto.randomUUID();
  const headers = { Accept: 'application/json', 'MS-CorrelationId': correlationId, ...(options.headers || {}) };
  const bearer = token();
  if (bearer) headers.Authorization = `Bearer ${bearer}`;
  if (method !== 'GET' && method !== 'HEAD') headers['MS-RequestId'] = options.requestId || crypto.randomUUID();
  if (options.etag) headers['If-Match'] = options.etag;
  let body;
  if (options.body !== undefined) {
    headers['Content-Type'] = 'application/json';
    body = JSON.stringify(options.body);
  }
  const started = performance.now();
  let response;
  try {
    response = await fetch(url(path, options.query), { method, headers, body, cache: 'no-store' });
  } catch (networkError) {
    record.calls.push({ method, path, status: 0, ms: performance.now() - started, frame: Boolean(options.frame) });
    throw new ApiError(0, { detail: networkError.message }, correlationId);
  }
  record.calls.push({ method, path, status: response.status, ms: performance.now() - started, frame: Boolean(options.frame) });
  const type = response.headers.get('Content-Type') || '';
  const json = type.includes('json') && response.status !== 204 ? await response.json().catch(() => null) : null;
  if (!response.ok) {
    const error = new ApiError(response.status, json, correlationId);
    // A token the server no longer takes (expired, or its user deleted) ends the session.
    if (response.status === 401 && bearer) endSession('expired');
    throw error;
  }
  return { status: response.status, body: json, etag: response.headers.get('ETag'), headers: response.headers };
}

export const get = async (path, query, options = {}) => (await api('GET', path, { ...options, query })).body;

/** The continuation token of a collection's next page, or null on the last page. */
export function nextToken(page) {
  return page?.links?.next?.headers?.find((h) => h.key === 'MS-ContinuationToken')?.value ?? null;
}

/** Partner Center's JSON filter, as a query parameter value. */
export function filter(field, value, operator) {
  return JSON.stringify(operator ? { field, value, operator } : { field, value });
}
