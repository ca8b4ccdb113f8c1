package org.hazardlog.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

import picocli.CommandLine.IVersionProvider;

/** The version Maven wrote into the jar. */
public final class AppVersion implements IVersionProvider {

    public static String current() {
        Properties p = new Properties();
        try (InputStream in = AppVersion.class.getResourceAsStream("/org/hazardlog/version.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            return "unknown";
        }
        return p.getProperty("version", "unknown");
    }

    @Override
    public String[] getVersion() {
        return new String[] {"HazardLog " + current()};
    }
}
