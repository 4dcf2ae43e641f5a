/**
 * Skeleton until the module's first feature: it will export only org.cspdesk.audit.api
 * (a package with no type yet cannot be exported).
 */
module org.cspdesk.audit {
    requires org.cspdesk.platform;
}
