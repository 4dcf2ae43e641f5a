/**
 * Skeleton until the module's first feature: it will export only org.cspdesk.subscriptions.api
 * (a package with no type yet cannot be exported).
 */
module org.cspdesk.subscriptions {
    requires org.cspdesk.platform;
}
