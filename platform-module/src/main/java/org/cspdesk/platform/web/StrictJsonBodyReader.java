package org.cspdesk.platform.web;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;
import org.cspdesk.platform.api.ApiProblem;
import org.cspdesk.platform.api.Echo;

import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;

/**
 * Every JSON request body of the API passes here: read whole (at most 1 MiB, {@link BodySizeLimit}),
 * parsed strictly once ({@link StrictJson}), then bound to the resource method's record ({@link
 * RecordBinding}). What was accepted is kept for the request, so that a refusal recorded in the activity
 * log carries what we read and validated, never the raw bytes a caller sent.
 *
 * <p>Preferred by the JAX-RS runtime over its own JSON-B reader, as an application's providers are.
 */
@Provider
@Consumes({MediaType.APPLICATION_JSON, "application/*+json"})
@Priority(Priorities.USER)
public class StrictJsonBodyReader implements MessageBodyReader<Object> {

    @Inject
    AcceptedBody acceptedBody;

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type.isRecord() && RecordBinding.supports(genericType);
    }

    @Override
    public Object readFrom(Class<Object> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                           MultivaluedMap<String, String> headers, InputStream entityStream) throws IOException {
        String charset = mediaType.getParameters().get(MediaType.CHARSET_PARAMETER);
        if (charset != null && !charset.equalsIgnoreCase(StandardCharsets.UTF_8.name())) {
            throw new ApiProblem(415, "unsupported_media_type", "Unsupported media type",
                    "Send the body as UTF-8 (charset=" + Echo.shortly(charset) + " is not accepted).", null);
        }
        byte[] body = entityStream.readNBytes((int) BodySizeLimit.MAX_BYTES + 1);
        if (body.length > BodySizeLimit.MAX_BYTES) {
            throw BodySizeLimit.tooLarge();
        }
        if (body.length == 0) {
            return null; // the method's @NotNull says that a body is required
        }
        JsonValue parsed = StrictJson.parse(body);
        Object bound = RecordBinding.bind(parsed, genericType);
        acceptedBody.accept(RecordBinding.loggable(parsed, genericType));
        return bound;
    }
}
