package org.cspdesk.platform.web;

import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.cspdesk.platform.api.ApiProblem;

/**
 * A body the runtime could not read is the client's mistake: 400. Our own reader ({@link
 * StrictJsonBodyReader}) explains itself with an {@link ApiProblem}, which may arrive wrapped; anything
 * else gets a fixed sentence, never the runtime's own message (those name Java classes).
 */
@Provider
public class UnreadableBodyMapper implements ExceptionMapper<ProcessingException> {

    @Override
    public Response toResponse(ProcessingException exception) {
        return UnreadableBody.toResponse(exception);
    }

    /** JSON-B may also throw its own exception, outside a ProcessingException. */
    @Provider
    public static class JsonbExceptionMapper implements ExceptionMapper<JsonbException> {
        @Override
        public Response toResponse(JsonbException exception) {
            return UnreadableBody.toResponse(exception);
        }
    }

    static final class UnreadableBody {
        private UnreadableBody() {
        }

        static Response toResponse(Throwable exception) {
            for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
                if (cause instanceof ApiProblem problem) {
                    return ProblemResponses.of(problem);
                }
            }
            return ProblemResponses.of(ApiProblem.badRequest("malformed_body",
                    "The body cannot be read as JSON for this request."));
        }
    }
}
