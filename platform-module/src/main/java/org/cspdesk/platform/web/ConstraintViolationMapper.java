package org.cspdesk.platform.web;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.cspdesk.platform.api.ApiProblem;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Bean Validation at the edge: every broken constraint named by its field, e.g.
 * {@code "companyProfile.domain: must not be blank"}.
 */
@Provider
public class ConstraintViolationMapper implements ExceptionMapper<ConstraintViolationException> {

    @Override
    public Response toResponse(ConstraintViolationException exception) {
        List<Map<String, String>> violations = exception.getConstraintViolations().stream()
                .map(v -> Map.of("field", field(v), "message", v.getMessage()))
                .sorted(Comparator.comparing((Map<String, String> v) -> v.get("field")))
                .toList();
        String detail = violations.stream().map(v -> v.get("field") + ": " + v.get("message"))
                .reduce((a, b) -> a + "; " + b).orElse("The request is invalid.");
        return ProblemResponses.of(ApiProblem.badRequest("validation_failed", detail).with("violations", violations));
    }

    /** The JSON path of the field, without the Java method and parameter names Bean Validation puts first. */
    private static String field(ConstraintViolation<?> violation) {
        StringBuilder field = new StringBuilder();
        for (Path.Node node : violation.getPropertyPath()) {
            switch (node.getKind()) {
                case METHOD, CONSTRUCTOR, CROSS_PARAMETER, RETURN_VALUE -> { }
                case PARAMETER -> field.setLength(0);
                default -> {
                    if (node.getName() == null) {
                        continue;
                    }
                    if (!field.isEmpty()) {
                        field.append('.');
                    }
                    field.append(node.getName());
                    if (node.getIndex() != null) {
                        field.append('[').append(node.getIndex()).append(']');
                    }
                }
            }
        }
        return field.isEmpty() ? "body" : field.toString();
    }
}
