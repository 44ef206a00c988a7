package io.github.qbank.core;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** qbank's own version, as the build stamped it. */
public final class Version {

    private static final String VERSION = load();

    private Version() {}

    /** {@return qbank's version, as built into the jar} */
    public static String get() {
        return VERSION;
    }

    private static String load() {
        try (InputStream in = Version.class.getResourceAsStream("qbank.properties")) {
            if (in == null) {
                return "unknown";
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}
