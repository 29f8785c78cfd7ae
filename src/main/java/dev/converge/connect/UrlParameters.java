package dev.converge.connect;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.postgresql.PGProperty;

import dev.converge.error.ConvergeException;

/**
 * The parameters a database URL may carry: pgjdbc's connection properties, and the libpq names of two of them. pgjdbc
 * ignores a name it does not know, so a typo ({@code sslmdoe=require}) would silently connect without TLS: an
 * unknown name is an error that lists the usual ones.
 */
final class UrlParameters {

    /** libpq's spelling, which users copy from psql URLs, and the pgjdbc property it means. */
    private static final Map<String, String> LIBPQ_NAMES = Map.of(
            "application_name", PGProperty.APPLICATION_NAME.getName(),
            "connect_timeout", PGProperty.CONNECT_TIMEOUT.getName());

    /** The ones worth naming in the message; the rest of pgjdbc's properties are accepted too. */
    private static final List<String> USUAL = List.of("sslmode", "sslrootcert", "sslcert", "sslkey", "sslpassword",
            "options", "application_name", "connect_timeout", "currentSchema", "socketTimeout", "gssEncMode");

    private static final Set<String> KNOWN = Arrays.stream(PGProperty.values()).map(PGProperty::getName)
            .collect(Collectors.toCollection(TreeSet::new));

    private UrlParameters() {
    }

    /** The pgjdbc name of URL parameter {@code key}; an error naming the known ones when there is none. */
    static String pgjdbcName(String key, String url) {
        if (LIBPQ_NAMES.containsKey(key)) {
            return LIBPQ_NAMES.get(key);
        }
        if (KNOWN.contains(key)) {
            return key;
        }
        String sameButCase = KNOWN.stream().filter(known -> known.equalsIgnoreCase(key)).findFirst()
                .map(known -> " (did you mean " + known + "?)").orElse("");
        return fail(key, url, sameButCase);
    }

    private static String fail(String key, String url, String hint) {
        throw new ConvergeException("invalid database URL \"" + ConnectionSpecParser.redactUrl(url)
                + "\": unknown parameter \"" + key + "\"" + hint + "; known: " + String.join(", ", USUAL)
                + ", and the other connection properties of the PostgreSQL JDBC driver");
    }
}
