package org.cspdesk.platform.web;

import jakarta.json.JsonNumber;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.JsonbException;
import jakarta.json.bind.serializer.DeserializationContext;
import jakarta.json.bind.serializer.JsonbDeserializer;
import jakarta.json.stream.JsonParser;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

import java.lang.reflect.Type;

/**
 * The JSON-B that reads request bodies, strict where the default guesses. Left alone, Yasson reads
 * {@code "quantity": 1.5} as 1 and {@code 4294967297} as 1 (the low 32 bits), and any boolean that is not
 * the literal {@code true} as false: {@code "allowCustomerToPurchase": "yes"} would turn a switch off and
 * an order would buy another quantity than asked. Here a whole-number field takes only a JSON number
 * without a fraction that fits, a boolean field only {@code true} or {@code false}; anything else is a
 * 400 {@code malformed_body} (DESIGN.md: wrong types are refused, never guessed). {@code null} stays null
 * for Bean Validation to judge. Body fields are boxed ({@code Integer}, {@code Boolean}) for that reason
 * too: these deserializers are registered for the boxed types.
 */
@Provider
public class StrictJsonValues implements ContextResolver<Jsonb> {
    private static final Jsonb JSONB = JsonbBuilder.create(new JsonbConfig()
            .withDeserializers(new WholeNumbers(), new Booleans()));

    @Override
    public Jsonb getContext(Class<?> type) {
        return JSONB;
    }

    /** A whole number that fits an int, and nothing else. */
    static final class WholeNumbers implements JsonbDeserializer<Integer> {
        @Override
        public Integer deserialize(JsonParser parser, DeserializationContext context, Type type) {
            JsonValue value = parser.getValue();
            if (value == JsonValue.NULL) {
                return null;
            }
            if (value instanceof JsonNumber number) {
                try {
                    return number.intValueExact();
                } catch (ArithmeticException e) {
                    throw new JsonbException("a whole number from " + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE
                            + " is expected (got " + shortly(number) + ").");
                }
            }
            throw new JsonbException("a whole number is expected (got " + shortly(value) + ").");
        }
    }

    /** {@code true} or {@code false}, and nothing else. */
    static final class Booleans implements JsonbDeserializer<Boolean> {
        @Override
        public Boolean deserialize(JsonParser parser, DeserializationContext context, Type type) {
            JsonValue value = parser.getValue();
            if (value == JsonValue.NULL) {
                return null;
            }
            if (value == JsonValue.TRUE || value == JsonValue.FALSE) {
                return value == JsonValue.TRUE;
            }
            throw new JsonbException("true or false is expected (got " + shortly(value) + ").");
        }
    }

    /** The value as the client sent it, cut short: a problem's detail never echoes a whole body. */
    static String shortly(JsonValue value) {
        String text = value instanceof JsonNumber number ? number.bigDecimalValue().toString() : value.toString();
        return text.length() <= 40 ? text : text.substring(0, 40) + "...";
    }
}
