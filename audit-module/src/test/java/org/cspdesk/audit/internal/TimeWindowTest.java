package org.cspdesk.audit.internal;

import org.cspdesk.platform.api.ApiProblem;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The window of every activity-log query and report: what the caller may write, and what it means. */
class TimeWindowTest {

    @Test
    void anEndDateDayIsIncludedAndAStartDateDayStartsAtMidnightUtc() {
        TimeWindow window = TimeWindow.parse("2026-01-01", "2026-01-31");
        assertThat(window.start()).isEqualTo(OffsetDateTime.parse("2026-01-01T00:00Z"));
        assertThat(window.end()).isEqualTo(OffsetDateTime.parse("2026-02-01T00:00Z"));
    }

    @Test
    void theWidestWindowIsTheFourDigitYears() {
        TimeWindow window = TimeWindow.parse("0001-01-01", "9999-12-31");
        assertThat(window.start().getYear()).isEqualTo(1);
        assertThat(window.end()).isEqualTo(OffsetDateTime.parse("+10000-01-01T00:00Z"));
    }

    @Test
    void aYearPostgreSqlCannotStoreIsAnInvalidDateNotAServerError() {
        for (String[] window : new String[][]{
                {"-999999999-01-01T00:00:00Z", null},
                {"-5000-01-01T00:00:00Z", null},
                {"0000-12-31T00:00:00Z", null},
                {"2026-01-01", "+10000-01-01T00:00:00Z"},
                {"2026-01-01", "+999999999-12-31T00:00:00Z"}}) {
            assertThatThrownBy(() -> TimeWindow.parse(window[0], window[1])).as(String.join(" .. ", window[0],
                            String.valueOf(window[1])))
                    .isInstanceOf(ApiProblem.class)
                    .satisfies(e -> assertThat(((ApiProblem) e).code()).isEqualTo("invalid_date"))
                    .hasMessageContaining("years 1 to 9999");
        }
    }

    @Test
    void aReversedOrEmptyWindowIsInvalid() {
        assertThatThrownBy(() -> TimeWindow.parse("2026-02-01", "2026-01-01")).isInstanceOf(ApiProblem.class)
                .satisfies(e -> assertThat(((ApiProblem) e).code()).isEqualTo("invalid_window"));
        assertThatThrownBy(() -> TimeWindow.parse("2026-01-01T10:00:00Z", "2026-01-01T10:00:00Z"))
                .isInstanceOf(ApiProblem.class)
                .satisfies(e -> assertThat(((ApiProblem) e).code()).isEqualTo("invalid_window"));
    }

    @Test
    void aMissingOrMalformedStartDateIsRefusedWithItsOwnCode() {
        assertThatThrownBy(() -> TimeWindow.parse(null, null)).isInstanceOf(ApiProblem.class)
                .satisfies(e -> assertThat(((ApiProblem) e).code()).isEqualTo("missing_parameter"));
        assertThatThrownBy(() -> TimeWindow.parse("2026-13-01", null)).isInstanceOf(ApiProblem.class)
                .satisfies(e -> assertThat(((ApiProblem) e).code()).isEqualTo("invalid_date"));
    }
}
