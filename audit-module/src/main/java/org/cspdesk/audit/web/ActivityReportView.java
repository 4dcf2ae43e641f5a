package org.cspdesk.audit.web;

import org.cspdesk.audit.internal.ActivityReport;

import java.util.List;

/** {@code {groups: [{key, succeeded, failed}]}}: the activity report. */
public record ActivityReportView(List<Group> groups) {

    /** One day, operation type or user, with its succeeded and failed changes. */
    public record Group(String key, long succeeded, long failed) {
    }

    static ActivityReportView of(List<ActivityReport.Group> groups) {
        return new ActivityReportView(groups.stream().map(g -> new Group(g.key(), g.succeeded(), g.failed())).toList());
    }
}
