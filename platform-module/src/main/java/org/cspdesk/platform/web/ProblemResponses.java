package org.cspdesk.platform.web;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.cspdesk.platform.api.ApiProblem;
import org.cspdesk.platform.api.PartnerCenterCodes;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Builds the {@code application/problem+json} body that every error of the API shares: RFC 9457's members,
 * and what a Partner Center client reads ({@code code}, {@code description}, {@code source}), with our stable
 * string code in {@code cspdeskCode} (docs/adr/0014-partner-center-errors.md). The servlet-level answers
 * ({@code app.ServletProblem}) write the same members.
 */
public final class ProblemResponses {
    static final MediaType PROBLEM_JSON = MediaType.valueOf("application/problem+json");

    private ProblemResponses() {
    }

    static Response of(ApiProblem problem) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "urn:cspdesk:problem:" + problem.code());
        body.put("title", problem.title());
        body.put("status", problem.status());
        body.put("detail", problem.detail());
        body.put("code", PartnerCenterCodes.wireCode(problem.code()));
        body.put("cspdeskCode", problem.code());
        body.put("description", problem.detail());
        body.put("source", PartnerCenterCodes.SOURCE);
        body.putAll(problem.extensions());
        Response.ResponseBuilder response = Response.status(problem.status()).type(PROBLEM_JSON).entity(body);
        if (problem.retryAfterSeconds() != null) {
            response.header(HttpHeaders.RETRY_AFTER, problem.retryAfterSeconds());
        }
        return response.build();
    }

    public static Response of(int status, String code, String title, String detail) {
        return of(new ApiProblem(status, code, title, detail, null));
    }
}
