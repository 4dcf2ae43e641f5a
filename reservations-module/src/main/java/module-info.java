/**
 * Skeleton until the module's first feature: it will export only org.cspdesk.reservations.api
 * (a package with no type yet cannot be exported).
 */
module org.cspdesk.reservations {
    requires org.cspdesk.platform;
}
