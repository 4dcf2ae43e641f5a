package org.cspdesk.devtools.bench;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One line of {@code results.json}: the fields the issue names, plus the goal the scenario is held to and
 * whether this run met it. A field that does not apply to a scenario is null (no baseline for a read).
 * {@code details} carries what only one scenario has (the export's peak heap, errors, record counts).
 */
record ResultRow(String scenario, Integer clients, Long requests, Double throughputRps, Double p50Ms, Double p99Ms,
                 Double baselineTps, Double ratio, String goal, boolean goalMet, Map<String, Object> details) {

    Map<String, Object> fields() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("scenario", scenario);
        fields.put("clients", clients);
        fields.put("requests", requests);
        fields.put("throughput_rps", round(throughputRps));
        fields.put("p50_ms", round(p50Ms));
        fields.put("p99_ms", round(p99Ms));
        fields.put("baseline_tps", round(baselineTps));
        fields.put("ratio", ratio == null ? null : Math.round(ratio * 1000) / 1000.0);
        fields.put("goal", goal);
        fields.put("goal_met", goalMet);
        fields.putAll(details);
        return fields;
    }

    static Double round(Double value) {
        return value == null || value.isNaN() ? null : Math.round(value * 100) / 100.0;
    }
}
