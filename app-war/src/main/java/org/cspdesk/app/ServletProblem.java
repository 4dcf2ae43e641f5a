package org.cspdesk.app;

import jakarta.servlet.http.HttpServletResponse;
import org.cspdesk.platform.api.PartnerCenterCodes;

import java.io.IOException;

/**
 * A problem+json answer written by servlet code: the error page and the filter at the front of the WAR run
 * where JAX-RS and its exception mappers do not, and must answer in the same shape as the API
 * ({@code platform.web.ProblemResponses}): type, title, status, detail, code (Partner Center's number where
 * {@link PartnerCenterCodes} has one), cspdeskCode, description, source.
 */
record ServletProblem(int status, String code, String title, String detail) {

    void send(HttpServletResponse response) throws IOException {
        response.setStatus(status);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(json());
    }

    String json() {
        return "{\"type\":" + quoted("urn:cspdesk:problem:" + code) + ",\"title\":" + quoted(title)
                + ",\"status\":" + status + ",\"detail\":" + quoted(detail) + ",\"code\":" + wireCode()
                + ",\"cspdeskCode\":" + quoted(code) + ",\"description\":" + quoted(detail)
                + ",\"source\":" + quoted(PartnerCenterCodes.SOURCE) + "}";
    }

    private String wireCode() {
        return PartnerCenterCodes.of(code).map(String::valueOf).orElseGet(() -> quoted(code));
    }

    /** Our texts are constants, but a JSON string is escaped all the same. */
    private static String quoted(String text) {
        StringBuilder json = new StringBuilder(text.length() + 2).append('"');
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        json.append(String.format("\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        return json.append('"').toString();
    }
}
