package io.github.qbank.plugin;

/**
 * A request header for the link checker, for the hosts a glob matches:
 * {@code <header><host>api.github.com</host><name>Authorization</name><value>Bearer ${env.TOKEN}</value></header>}.
 * Maven resolves {@code ${env.NAME}}; qbank never logs header values.
 */
public class Header {

    /** Host glob: {@code example.com}, {@code *.example.com}. */
    String host;

    /** Header name. */
    String name;

    /** Header value. */
    String value;

    @Override
    public String toString() {
        return "Header[" + host + ", " + name + "]";
    }
}
