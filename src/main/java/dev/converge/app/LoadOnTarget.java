package dev.converge.app;

import java.util.Locale;

import dev.converge.error.ConvergeException;

/**
 * Whether a desired state that failed to load on the private server might load on the target's server: when it
 * failed for want of something a server has and a desired state cannot create, which the target's server may have
 * and the private one does not: a library or extension file (PostGIS, a procedural language's runtime), an
 * operating-system collation or locale, a tablespace.
 */
final class LoadOnTarget {

    private LoadOnTarget() {
    }

    static boolean wouldHelp(ConvergeException e) {
        String state = e.sqlState();
        String message = e.getMessage() == null ? "" : e.getMessage().toLowerCase(Locale.ROOT);
        if ("58P01".equals(state)) {
            return true; // undefined_file: could not access file "$libdir/...", no extension control file
        }
        if ("0A000".equals(state)) {
            return message.contains("extension") || message.contains("language");
        }
        if ("42704".equals(state)) {
            return message.contains("collation") || message.contains("tablespace");
        }
        return "22023".equals(state) && message.contains("locale");
    }
}
