package org.cspdesk.platform.web;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonLocation;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParserFactory;
import jakarta.json.stream.JsonParsingException;
import org.cspdesk.platform.api.ApiProblem;
import org.cspdesk.platform.api.Echo;

import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Reads a request body as JSON once, whole and strictly, before anything binds it: UTF-8 only, nested at
 * most {@value #MAX_DEPTH} deep, no member named twice, no U+0000 and no lone surrogate in any string or
 * name, no number longer than {@value #MAX_NUMBER_LENGTH} characters or with an exponent beyond an {@code int},
 * nothing after the value.
 *
 * <p>Why here and not in the binder: Parsson's {@code skipObject}/{@code skipArray} loop forever on an
 * unterminated value (eclipse-ee4j/parsson#23), and Yasson calls them for members it does not know, so
 * {@code {"x":{} } held a core per request. This reader only ever calls {@code next()}, which ends at the
 * end of the input, so every body is read in time proportional to its size (at most 1 MiB, {@link
 * BodySizeLimit}). A string holding U+0000 reached PostgreSQL (which refuses it: a 500) and a lone
 * surrogate was stored as {@code ?}: both are refused here, for every string of every body.
 */
public final class StrictJson {
    static final int MAX_DEPTH = 32;
    static final int MAX_NUMBER_LENGTH = 100;

    private static final JsonProvider PROVIDER = JsonProvider.provider();
    private static final JsonParserFactory PARSERS = PROVIDER.createParserFactory(Map.of());

    private StrictJson() {
    }

    /** The body's one JSON value; a 400 {@code malformed_body} saying what is wrong and where. */
    public static JsonValue parse(byte[] body) {
        String text = utf8(body);
        try (JsonParser parser = PARSERS.createParser(new StringReader(text))) {
            return read(parser);
        } catch (JsonParsingException e) {
            throw malformed("The body is not valid JSON (" + where(e.getLocation()) + ").", null);
        } catch (JsonException e) {
            throw malformed("The body is not valid JSON.", null);
        }
    }

    private static JsonValue read(JsonParser parser) {
        Deque<Container> open = new ArrayDeque<>();
        JsonValue done = null;
        if (!parser.hasNext()) {
            throw malformed("The body is empty; send a JSON object.", null);
        }
        while (parser.hasNext()) {
            JsonParser.Event event = parser.next();
            Container current = open.peek();
            String path = current == null ? "" : current.pathOfNext();
            switch (event) {
                case KEY_NAME -> current.name(text(parser.getString(), current.path()));
                case START_OBJECT, START_ARRAY -> {
                    if (open.size() == MAX_DEPTH) {
                        throw malformed("The body is nested deeper than " + MAX_DEPTH + " levels.", path);
                    }
                    open.push(event == JsonParser.Event.START_OBJECT
                            ? new ObjectContainer(path, PROVIDER.createObjectBuilder())
                            : new ArrayContainer(path, PROVIDER.createArrayBuilder()));
                }
                case END_OBJECT, END_ARRAY -> {
                    JsonValue value = open.pop().build();
                    if (open.isEmpty()) {
                        done = value;
                    } else {
                        open.peek().add(value);
                    }
                }
                default -> {
                    JsonValue value = scalar(parser, event, path);
                    if (current == null) {
                        done = value;
                    } else {
                        current.add(value);
                    }
                }
            }
        }
        return done;
    }

    private static JsonValue scalar(JsonParser parser, JsonParser.Event event, String path) {
        return switch (event) {
            case VALUE_STRING -> PROVIDER.createValue(text(parser.getString(), path));
            case VALUE_NUMBER -> {
                if (parser.getString().length() > MAX_NUMBER_LENGTH) {
                    throw malformed("A number has more than " + MAX_NUMBER_LENGTH + " characters.", path);
                }
                try {
                    yield PROVIDER.createValue(parser.getBigDecimal());
                } catch (NumberFormatException | ArithmeticException e) {
                    // A BigDecimal's scale is an int: 1e-2147483648 or 1e99999999999 holds no Java number.
                    throw malformed("A number is out of range: its exponent is too large.", path);
                }
            }
            case VALUE_TRUE -> JsonValue.TRUE;
            case VALUE_FALSE -> JsonValue.FALSE;
            case VALUE_NULL -> JsonValue.NULL;
            default -> throw new IllegalStateException("JSON-P gave " + event + " outside a container");
        };
    }

    /** A string or member name as it may be stored: no U+0000, no unpaired UTF-16 surrogate. */
    private static String text(String value, String path) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\u0000') {
                throw malformed("A string holds the character U+0000, which cannot be stored.", path);
            }
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw malformed("A string holds an unpaired surrogate (\\u" + Integer.toHexString(c)
                        + "), which is not a character.", path);
            }
        }
        return value;
    }

    private static String utf8(byte[] body) {
        try {
            CharBuffer chars = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body));
            String text = chars.toString();
            // RFC 8259 lets a parser ignore a byte order mark; some Windows tools write one.
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw malformed("The body is not UTF-8 text.", null);
        }
    }

    private static String where(JsonLocation location) {
        return location == null ? "at an unknown place"
                : "line " + location.getLineNumber() + ", column " + location.getColumnNumber();
    }

    static ApiProblem malformed(String detail, String field) {
        ApiProblem problem = ApiProblem.badRequest("malformed_body", detail);
        return field == null || field.isEmpty() ? problem : problem.with("field", field);
    }

    /** An object or array being read, and the JSON path of its next member. */
    private interface Container {
        String path();

        void name(String name);

        void add(JsonValue value);

        String pathOfNext();

        JsonValue build();
    }

    private static final class ObjectContainer implements Container {
        private final String path;
        private final JsonObjectBuilder builder;
        private final Set<String> names = new HashSet<>();
        private String pending;

        ObjectContainer(String path, JsonObjectBuilder builder) {
            this.path = path;
            this.builder = builder;
        }

        @Override
        public String path() {
            return path;
        }

        @Override
        public void name(String name) {
            if (!names.add(name)) {
                throw malformed("'" + Echo.shortly(child(path, name)) + "' is given twice; give each member once.",
                        child(path, name));
            }
            pending = name;
        }

        @Override
        public void add(JsonValue value) {
            builder.add(pending, value);
        }

        @Override
        public String pathOfNext() {
            return pending == null ? path : child(path, pending);
        }

        @Override
        public JsonValue build() {
            return builder.build();
        }
    }

    private static final class ArrayContainer implements Container {
        private final String path;
        private final JsonArrayBuilder builder;
        private int size;

        ArrayContainer(String path, JsonArrayBuilder builder) {
            this.path = path;
            this.builder = builder;
        }

        @Override
        public String path() {
            return path;
        }

        @Override
        public void name(String name) {
            throw new IllegalStateException("JSON-P gave a member name inside an array");
        }

        @Override
        public void add(JsonValue value) {
            builder.add(value);
            size++;
        }

        @Override
        public String pathOfNext() {
            return path + "[" + size + "]";
        }

        @Override
        public JsonValue build() {
            return builder.build();
        }
    }

    /** JSON paths as a client reads them: {@code lineItems[0].quantity}. */
    static String child(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }
}
