package org.cspdesk.audit.internal;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import org.cspdesk.platform.api.Actor;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What one change or refusal says about itself, before it becomes a record: the values are JSON, the
 * customized data an ordered list of key/value pairs as in Partner Center.
 */
record AuditEntry(String operationType, String resourceType, UUID customerId, String customerName,
                  String resourceName, String oldValue, String newValue, boolean succeeded,
                  Map<String, String> customizedData, Actor actor) {
    private static final Jsonb JSON = JsonbBuilder.create();

    static String json(Object value) {
        return value == null ? null : JSON.toJson(value);
    }

    String customizedDataJson() {
        List<Map<String, String>> pairs = new ArrayList<>();
        customizedData.forEach((key, value) -> {
            Map<String, String> pair = new LinkedHashMap<>();
            pair.put("key", key);
            pair.put("value", value);
            pairs.add(pair);
        });
        return JSON.toJson(pairs);
    }
}
