package org.cspdesk.subscriptions.internal;

/** Offers of the catalog as the migration loads them, for tests of the rules. */
final class Offers {
    static final Offer AZURE_PLAN = new Offer("DZH318Z0BPS6:0001", "Azure plan", "usage", Offer.AZURE_PLAN, "Usage-based");
    static final Offer AZURE_GLOBAL = new Offer("MS-AZR-0145P", "Microsoft Azure (legacy, Azure Global)", "usage",
            Offer.AZURE_GLOBAL, "Usage-based");
    static final Offer M365_E3 = new Offer("CFQ7TTC0LFLZ:0001", "Microsoft 365 E3", "license", "license", "Licenses");

    private Offers() {
    }
}
