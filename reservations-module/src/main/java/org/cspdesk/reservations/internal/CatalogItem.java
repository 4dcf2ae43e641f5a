package org.cspdesk.reservations.internal;

/** One reservation the partner may sell: a VM size in a region for a term, at its Web Direct (list) price. */
public record CatalogItem(String skuId, Term term, String productId, String title, String armSkuName,
                          String armRegionName, Money listPrice) {
}
