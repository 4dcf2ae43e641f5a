package org.cspdesk.platform.web;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import org.cspdesk.platform.api.ApiProblem;
import org.cspdesk.platform.api.Echo;
import org.cspdesk.platform.api.NeverLogged;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Binds a parsed body to the record a resource method takes, strictly: a string field takes a JSON string
 * only, a whole-number field a number without a fraction that fits, a boolean field {@code true} or
 * {@code false}, a decimal a number of sane size; an object member that is not a field of the record is
 * refused and named. {@code null} or an absent member is null, for Bean Validation to judge.
 *
 * <p>Why not JSON-B: Yasson stored {@code true} and {@code 1e400} as the text of a friendly name, read
 * {@code 1.5} as 1 and {@code "yes"} as false, skipped unknown members (with the parser call that loops,
 * see {@link StrictJson}) and explained itself with Java type names ({@code class Views$OrderBody}).
 * Request bodies here are records of strings, whole numbers, booleans, decimals, lists and records: the
 * rules fit in this class, and every message names a JSON path. Responses are still written by JSON-B.
 */
final class RecordBinding {
    private static final JsonProvider PROVIDER = JsonProvider.provider();
    private static final int MAX_DECIMAL_DIGITS = 40;
    /** Per body type, once: whether it is supported (asked for every request), its constructor. */
    private static final Map<Type, Boolean> SUPPORTED = new ConcurrentHashMap<>();
    private static final ClassValue<Constructor<?>> CANONICAL = new ClassValue<>() {
        @Override
        protected Constructor<?> computeValue(Class<?> type) {
            try {
                Constructor<?> canonical = type.getDeclaredConstructor(Arrays.stream(type.getRecordComponents())
                        .map(RecordComponent::getType).toArray(Class<?>[]::new));
                canonical.setAccessible(true);
                return canonical;
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException("A record without its canonical constructor: " + type.getName(), e);
            }
        }
    };

    private RecordBinding() {
    }

    /** Whether bodies of this type are bound here: records whose every field is of a kind listed above. */
    static boolean supports(Type type) {
        return SUPPORTED.computeIfAbsent(type, RecordBinding::isSupported);
    }

    private static boolean isSupported(Type type) {
        Class<?> raw = raw(type);
        if (raw == String.class || raw == Integer.class || raw == Long.class || raw == Boolean.class
                || raw == BigDecimal.class) {
            return true;
        }
        if (raw == List.class) {
            return type instanceof ParameterizedType list && isSupported(list.getActualTypeArguments()[0]);
        }
        return raw.isRecord() && Arrays.stream(raw.getRecordComponents())
                .allMatch(component -> isSupported(component.getGenericType()));
    }

    static Object bind(JsonValue value, Type type) {
        return bind(value, type, "");
    }

    private static Object bind(JsonValue value, Type type, String path) {
        if (value == null || value == JsonValue.NULL) {
            return null;
        }
        Class<?> raw = raw(type);
        if (raw == String.class) {
            if (value instanceof JsonString string) {
                return string.getString();
            }
            throw wrongType(path, "a string", value);
        }
        if (raw == Boolean.class) {
            if (value == JsonValue.TRUE || value == JsonValue.FALSE) {
                return value == JsonValue.TRUE;
            }
            throw wrongType(path, "true or false", value);
        }
        if (raw == Integer.class || raw == Long.class) {
            return wholeNumber(value, raw == Integer.class, path);
        }
        if (raw == BigDecimal.class) {
            return decimal(value, path);
        }
        if (raw == List.class) {
            if (!(value instanceof JsonArray array)) {
                throw wrongType(path, "a list", value);
            }
            Type element = ((ParameterizedType) type).getActualTypeArguments()[0];
            List<Object> items = new ArrayList<>(array.size());
            for (int i = 0; i < array.size(); i++) {
                items.add(bind(array.get(i), element, path + "[" + i + "]"));
            }
            return items;
        }
        if (raw.isRecord()) {
            return record(value, raw, path);
        }
        throw new IllegalStateException("Request bodies of type " + type + " are not supported");
    }

    private static Object record(JsonValue value, Class<?> type, String path) {
        if (!(value instanceof JsonObject object)) {
            throw path.isEmpty()
                    ? StrictJson.malformed("The body must be a JSON object (got " + kind(value) + ").", null)
                    : wrongType(path, "an object", value);
        }
        RecordComponent[] components = type.getRecordComponents();
        Map<String, String> sent = membersByComponent(object, components, path);
        Object[] values = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            RecordComponent component = components[i];
            String member = sent.get(component.getName());
            values[i] = bind(member == null ? null : object.get(member), component.getGenericType(),
                    StrictJson.child(path, component.getName()));
        }
        try {
            return CANONICAL.get(type).newInstance(values);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException("Cannot create " + type.getName(), e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot create " + type.getName(), e);
        }
    }

    /**
     * Which member of the object each component reads: the member of its own name or, as Partner Center
     * (ASP.NET) reads JSON, of the same name in another case ({@code CompanyProfile}, as its REST reference's
     * samples send it) when no component has that exact name. A component sent under two spellings is refused
     * like a member given twice; a member no component takes is refused by name.
     */
    private static Map<String, String> membersByComponent(JsonObject object, RecordComponent[] components,
                                                          String path) {
        Map<String, String> sent = new HashMap<>();
        for (String name : object.keySet()) {
            String component = Arrays.stream(components).map(RecordComponent::getName).filter(name::equals)
                    .findFirst().or(() -> Arrays.stream(components).map(RecordComponent::getName)
                            .filter(name::equalsIgnoreCase).findFirst()).orElse(null);
            if (component == null) {
                String field = StrictJson.child(path, name);
                throw ApiProblem.badRequest("unknown_field", "'" + Echo.shortly(field) + "' is not a field of this body; "
                        + (path.isEmpty() ? "the body's fields are: " : "the fields of '" + path + "' are: ")
                        + Arrays.stream(components).map(RecordComponent::getName).collect(Collectors.joining(", "))
                        + ".").with("field", field);
            }
            String earlier = sent.putIfAbsent(component, name);
            if (earlier != null) {
                String field = StrictJson.child(path, component);
                throw StrictJson.malformed("'" + Echo.shortly(field) + "' is given twice (as '" + Echo.shortly(earlier)
                        + "' and '" + Echo.shortly(name) + "'); give each member once.", field);
            }
        }
        return sent;
    }

    private static Object wholeNumber(JsonValue value, boolean isInt, String path) {
        long min = isInt ? Integer.MIN_VALUE : Long.MIN_VALUE;
        long max = isInt ? Integer.MAX_VALUE : Long.MAX_VALUE;
        String expected = "a whole number from " + min + " to " + max;
        if (!(value instanceof JsonNumber number)) {
            throw wrongType(path, expected, value);
        }
        BigDecimal exact = number.bigDecimalValue();
        // precision - scale is the number of digits before the point; checked before any exact conversion,
        // which for 1e1000000000 would build a billion-digit integer.
        boolean fits = exact.signum() == 0 || exact.precision() - exact.scale() <= 19;
        if (fits && exact.stripTrailingZeros().scale() <= 0
                && exact.compareTo(BigDecimal.valueOf(min)) >= 0 && exact.compareTo(BigDecimal.valueOf(max)) <= 0) {
            return isInt ? (Object) exact.intValueExact() : (Object) exact.longValueExact();
        }
        throw wrongType(path, expected, value);
    }

    private static BigDecimal decimal(JsonValue value, String path) {
        if (!(value instanceof JsonNumber number)) {
            throw wrongType(path, "a number", value);
        }
        BigDecimal exact = number.bigDecimalValue();
        if (exact.precision() > MAX_DECIMAL_DIGITS || Math.abs(exact.scale()) > MAX_DECIMAL_DIGITS) {
            throw StrictJson.malformed("'" + path + "' is out of range: at most " + MAX_DECIMAL_DIGITS
                    + " digits and " + MAX_DECIMAL_DIGITS + " decimals.", path);
        }
        return exact;
    }

    /**
     * The body as the activity log may keep it: what was bound (every member is a known field, since
     * others were refused), with {@link NeverLogged} fields shown as sent but not their values.
     */
    static JsonValue loggable(JsonValue value, Type type) {
        Class<?> raw = raw(type);
        if (value instanceof JsonArray array && raw == List.class) {
            Type element = ((ParameterizedType) type).getActualTypeArguments()[0];
            var items = PROVIDER.createArrayBuilder();
            array.forEach(item -> items.add(loggable(item, element)));
            return items.build();
        }
        if (!(value instanceof JsonObject object) || !raw.isRecord()) {
            return value;
        }
        var members = PROVIDER.createObjectBuilder();
        Map<String, String> sent = membersByComponent(object, raw.getRecordComponents(), "");
        for (RecordComponent component : raw.getRecordComponents()) {
            String name = sent.get(component.getName());
            JsonValue member = name == null ? null : object.get(name);
            if (member == null) {
                continue;
            }
            members.add(component.getName(), component.isAnnotationPresent(NeverLogged.class)
                    && member != JsonValue.NULL ? PROVIDER.createValue("(not recorded)")
                    : loggable(member, component.getGenericType()));
        }
        return members.build();
    }

    private static ApiProblem wrongType(String path, String expected, JsonValue value) {
        return StrictJson.malformed("'" + path + "' must be " + expected + " (got " + kind(value) + ").", path);
    }

    /** What a client sent, by its JSON kind and, for short scalars, its value. */
    private static String kind(JsonValue value) {
        return switch (value.getValueType()) {
            case OBJECT -> "an object";
            case ARRAY -> "a list";
            case STRING -> "a string";
            case NUMBER -> {
                String text = value.toString();
                yield "the number " + (text.length() <= 20 ? text : text.substring(0, 20) + "...");
            }
            case TRUE -> "true";
            case FALSE -> "false";
            case NULL -> "null";
        };
    }

    private static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p) {
            return (Class<?>) p.getRawType();
        }
        return Object.class;
    }
}
