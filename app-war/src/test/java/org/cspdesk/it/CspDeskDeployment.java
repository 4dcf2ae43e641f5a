package org.cspdesk.it;

import org.eu.ingwar.tools.arquillian.extension.suite.annotations.ArquillianSuiteDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import java.io.File;

/**
 * The one deployment of the whole suite: the WAR exactly as {@code ./mvnw package} built it, at the
 * root context, tested from outside over HTTP like any client would.
 */
@ArquillianSuiteDeployment
public class CspDeskDeployment {

    @Deployment(testable = false)
    public static WebArchive war() {
        return ShrinkWrap.create(ZipImporter.class, "ROOT.war")
                .importFrom(new File(System.getProperty("it.war")))
                .as(WebArchive.class);
    }
}
