package dev.converge.app;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The version Maven wrote into {@code dev/converge/version.properties}, for the apply history. */
final class ToolVersion {

    private ToolVersion() {
    }

    static String current() {
        Properties properties = new Properties();
        try (InputStream in = ToolVersion.class.getResourceAsStream("/dev/converge/version.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            return "unknown";
        }
        return properties.getProperty("version", "unknown");
    }
}
