/**
 * What every module's persistence unit shares beyond the datasource: EclipseLink settings that
 * {@code persistence.xml} names by class (there is no property for them).
 */
package org.cspdesk.platform.persistence;
