package dev.converge.connect;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.TreeMap;

import dev.converge.error.ConvergeException;

/**
 * Where and as whom to connect to PostgreSQL. Built by {@link ConnectionSpecParser} from a URL and the libpq
 * environment variables, which pgjdbc itself ignores. The password is kept out of {@link #toString()}, the JDBC
 * URL and every message: it travels only in the connection properties.
 */
public final class ConnectionSpec {

    private final String host;
    private final int port;
    private final String database;
    private final String user;
    private final String password;
    private final Map<String, String> parameters;

    public ConnectionSpec(String host, int port, String database, String user, String password,
                          Map<String, String> parameters) {
        this.host = Objects.requireNonNull(host, "host");
        this.port = port;
        this.database = Objects.requireNonNull(database, "database");
        this.user = Objects.requireNonNull(user, "user");
        this.password = password;
        this.parameters = Map.copyOf(new TreeMap<>(parameters));
    }

    public String host() {
        return host;
    }

    public int port() {
        return port;
    }

    public String database() {
        return database;
    }

    public String user() {
        return user;
    }

    public boolean hasPassword() {
        return password != null;
    }

    /** Extra connection parameters passed through to pgjdbc, e.g. {@code sslmode}, {@code sslrootcert}. */
    public Map<String, String> parameters() {
        return parameters;
    }

    /** The same server and credentials, another database (for the temporary dev database). */
    public ConnectionSpec withDatabase(String otherDatabase) {
        return new ConnectionSpec(host, port, otherDatabase, user, password, parameters);
    }

    /** The same connection with one more pgjdbc parameter, e.g. {@code currentSchema} for a tenant's schema. */
    public ConnectionSpec withParameter(String key, String value) {
        Map<String, String> more = new TreeMap<>(parameters);
        more.put(key, value);
        return new ConnectionSpec(host, port, database, user, password, more);
    }

    /** A JDBC URL without user or password; those go in the properties of {@link #open()}. */
    public String jdbcUrl() {
        String hostPart = host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
        return "jdbc:postgresql://" + hostPart + ":" + port + "/" + encode(database);
    }

    /** Opens a connection; the message of a failure names the server but never the password. */
    public Connection open() {
        try {
            return DriverManager.getConnection(jdbcUrl(), jdbcProperties());
        } catch (SQLException e) {
            String message = withoutJavaClassNames(Redaction.redact(e.getMessage(), password));
            throw new ConvergeException("connecting to " + this + ": " + message
                    + connectHint(e.getSQLState(), message), e.getSQLState(), null);
        }
    }

    /**
     * What pgjdbc gets besides the URL: every URL parameter as given (sslmode, sslrootcert, sslcert, options...),
     * so TLS settings pass through unchanged, then the user, the password and an application name.
     */
    Properties jdbcProperties() {
        Properties properties = new Properties();
        parameters.forEach(properties::setProperty);
        properties.setProperty("user", user);
        if (password != null) {
            properties.setProperty("password", password);
        }
        properties.putIfAbsent("ApplicationName", "converge");
        return properties;
    }

    /** Replaces this spec's password wherever it occurs in a text that may be shown to the user. */
    public String redact(String text) {
        return Redaction.redact(text, password);
    }

    /**
     * pgjdbc puts the JDK's exception in its TLS messages ({@code SSL error: PKIX path validation failed:
     * java.security.cert.CertPathValidatorException: Path does not chain ...}); the class name says nothing to
     * the user.
     */
    private static String withoutJavaClassNames(String message) {
        return message.replaceAll("\\b(?:java|javax|sun)\\.[\\w.]+(?:Exception|Error): ", "");
    }

    /**
     * A remedy by what failed. The message is looked at first: pgjdbc gives TLS and missing-password failures the
     * SQLSTATEs of unreachable servers (08006, 08004), and the server rejects a connection without TLS with
     * invalid_authorization_specification (28000), which would otherwise read as a wrong password.
     */
    private static String connectHint(String sqlState, String message) {
        if (message.contains("no password was provided")) {
            return " (give the password in the URL, PGPASSWORD or ~/.pgpass)";
        }
        if (message.startsWith("SSL error") || message.contains("certificate")) {
            return " (the server's TLS certificate could not be verified: check sslrootcert, and that the URL's host"
                    + " is a name or address in the certificate when sslmode=verify-full)";
        }
        if (message.contains("does not support SSL")) {
            return " (the server does not accept TLS connections, and sslmode=require or verify-* asks for one: enable"
                    + " ssl on the server, or use sslmode=prefer or disable where an unencrypted connection is"
                    + " acceptable)";
        }
        if (message.contains("no encryption")) {
            return " (the server accepts this connection only over TLS: use sslmode=require or verify-full, not"
                    + " sslmode=disable)";
        }
        if (sqlState != null && sqlState.startsWith("08")) {
            return " (is the server running and reachable? check the URL or PGHOST/PGPORT)";
        }
        if ("28P01".equals(sqlState) || "28000".equals(sqlState)) {
            return " (check the user and password: URL, PGUSER, PGPASSWORD or ~/.pgpass)";
        }
        if ("3D000".equals(sqlState)) {
            return " (create the database first, or check the URL or PGDATABASE)";
        }
        if ("53300".equals(sqlState)) {
            return " (no connection slot is free: the server's max_connections or a CONNECTION LIMIT of the role or"
                    + " database is reached; close idle sessions or retry later)";
        }
        return "";
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** {@code postgresql://user@host:port/database}: never the password. */
    @Override
    public String toString() {
        return "postgresql://" + user + "@" + host + ":" + port + "/" + database;
    }
}
