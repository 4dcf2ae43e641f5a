package org.cspdesk.platform.web;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.cspdesk.platform.api.ApiProblem;

@Provider
public class ApiProblemMapper implements ExceptionMapper<ApiProblem> {
    @Override
    public Response toResponse(ApiProblem problem) {
        return ProblemResponses.of(problem);
    }
}
