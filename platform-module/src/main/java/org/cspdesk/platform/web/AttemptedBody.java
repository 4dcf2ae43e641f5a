package org.cspdesk.platform.web;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.MatrixParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import org.cspdesk.platform.api.ApiProblem;

import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.Type;
import java.util.Optional;
import java.util.Set;

/**
 * What a refused attempt's record may say the caller sent: the body as read and validated for the method
 * ({@link AcceptedBody}), or, when the refusal came before the body was read (a role check), the unread body
 * put through the same strict reading. Never raw bytes, never a secret, never more than {@value #MAX_CHARS}
 * characters: an attacker cannot store text of its own choosing in the log.
 */
final class AttemptedBody {
    static final int MAX_CHARS = 4096;
    private static final int MAX_UNREAD_BYTES = 64 * 1024;
    private static final Set<Class<? extends Annotation>> NOT_THE_BODY = Set.of(PathParam.class, QueryParam.class,
            HeaderParam.class, CookieParam.class, MatrixParam.class, FormParam.class, BeanParam.class, Context.class);

    private AttemptedBody() {
    }

    /** The unread body, read strictly as the method's body type; empty when there is none or it is not valid. */
    static Optional<JsonValue> ofUnread(Method method, InputStream unread) {
        Optional<Type> type = bodyType(method);
        if (type.isEmpty()) {
            return Optional.empty();
        }
        try {
            byte[] bytes = unread.readNBytes(MAX_UNREAD_BYTES + 1);
            if (bytes.length == 0 || bytes.length > MAX_UNREAD_BYTES) {
                return Optional.empty();
            }
            JsonValue parsed = StrictJson.parse(bytes);
            RecordBinding.bind(parsed, type.get()); // refuses what is not of the body's shape
            return Optional.of(RecordBinding.loggable(parsed, type.get()));
        } catch (ApiProblem | IOException | IllegalStateException e) {
            return Optional.empty();
        }
    }

    /** The JSON text the record keeps: the value, or a note of its size when it is too long to keep. */
    static String recorded(JsonValue body) {
        String text = body.toString();
        return text.length() <= MAX_CHARS ? text
                : "{\"notRecorded\":\"the body is longer than " + MAX_CHARS + " characters\",\"length\":" + text.length() + "}";
    }

    /** Whether a switch body turned the switch off: its boolean field is {@code false}. */
    static boolean isOff(JsonValue body, String switchField) {
        return body instanceof JsonObject object && object.get(switchField) == JsonValue.FALSE;
    }

    private static Optional<Type> bodyType(Method method) {
        for (Parameter parameter : method.getParameters()) {
            boolean annotatedAsNotBody = false;
            for (Annotation annotation : parameter.getAnnotations()) {
                annotatedAsNotBody |= NOT_THE_BODY.contains(annotation.annotationType());
            }
            if (!annotatedAsNotBody && RecordBinding.supports(parameter.getParameterizedType())) {
                return Optional.of(parameter.getParameterizedType());
            }
        }
        return Optional.empty();
    }
}
