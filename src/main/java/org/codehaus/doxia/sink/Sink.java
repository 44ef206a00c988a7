package org.codehaus.doxia.sink;

/**
 * Doxia 1's old name of its sink, which {@code MavenReport} of maven-reporting-api 3 (maven-site-plugin
 * 3.12.1 and older) passes to {@code generate}. Under such a site plugin this class is never loaded
 * from qbank's jar: the site plugin gives the report its own, with the Doxia 1 sink it extends.
 * Doxia 2 (maven-site-plugin 3.20.0 and later) has no such class, and this one stands in for it, so
 * that the report's {@code generate(org.codehaus.doxia.sink.Sink, Locale)} can be linked there too.
 */
public interface Sink extends org.apache.maven.doxia.sink.Sink {
}
