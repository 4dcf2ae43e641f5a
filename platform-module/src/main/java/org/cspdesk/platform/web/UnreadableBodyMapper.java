package org.cspdesk.platform.web;

import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.cspdesk.platform.api.ApiProblem;

/**
 * A body that is not JSON, or JSON of the wrong shape (a string where a number belongs, an object
 * where a list belongs), is the client's mistake: 400 with the parser's explanation.
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
                    "The body is not valid JSON for this request: " + innermostMessage(exception)));
        }

        private static String innermostMessage(Throwable exception) {
            String message = exception.getMessage();
            for (Throwable cause = exception.getCause(); cause != null; cause = cause.getCause()) {
                if (cause.getMessage() != null) {
                    message = cause.getMessage();
                }
            }
            if (message == null) {
                return "it cannot be read.";
            }
            // Parser messages can quote Java class names; clients need the JSON part only.
            return message.replaceAll("(?:[a-z]+\\.)+([A-Z][A-Za-z]*)", "$1");
        }
    }
}
