/**
 * Skeleton until the module's first feature: it will export only org.cspdesk.permissions.api
 * (a package with no type yet cannot be exported).
 */
module org.cspdesk.permissions {
    requires org.cspdesk.platform;
}
