package io.github.qbank.plugin;

/**
 * A request header for the link checker, for the hosts a glob matches:
 * {@code <header><host>api.github.com</host><name>Authorization</name><valueFromEnvironment>API_TOKEN</valueFromEnvironment></header>}.
 * The value comes either from {@code <value>} (Maven resolves {@code ${env.NAME}} in it, and
 * {@code mvn -X} prints what it resolved to, as it does for every parameter) or, better for
 * secrets, from the environment variable that {@code <valueFromEnvironment>} names, read by
 * qbank when it runs and never printed. qbank never logs header values.
 */
public class Header {

    /** Host glob: {@code example.com}, {@code *.example.com}. */
    String host;

    /** Header name. */
    String name;

    /** Header value; Maven's debug output ({@code -X}) shows it. */
    String value;

    /** The name of the environment variable that holds the header value, read at run time and never printed. */
    String valueFromEnvironment;

    @Override
    public String toString() {
        return "Header[" + host + ", " + name + (valueFromEnvironment == null ? "" : ", from $" + valueFromEnvironment)
                + "]";
    }
}
