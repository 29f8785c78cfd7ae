package dev.converge.connect;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import dev.converge.error.ConvergeException;

/**
 * Turns what a user gives into a {@link ConnectionSpec}, the way libpq does: a {@code postgresql://} or
 * {@code postgres://} URI, a {@code jdbc:postgresql://} URL, or nothing at all; whatever the URL leaves out comes
 * from PGHOST, PGPORT, PGUSER, PGPASSWORD, PGDATABASE (and PGSSLMODE), then from ~/.pgpass (or PGPASSFILE) for the
 * password, then from libpq's defaults. pgjdbc reads none of these variables, so Converge must.
 */
public final class ConnectionSpecParser {

    private final Map<String, String> environment;

    public ConnectionSpecParser(Map<String, String> environment) {
        this.environment = Map.copyOf(environment);
    }

    public static ConnectionSpecParser fromSystemEnvironment() {
        return new ConnectionSpecParser(System.getenv());
    }

    /** Parses {@code url}, which may be null or blank to mean "from the environment only". */
    public ConnectionSpec parse(String url) {
        Parts parts = url == null || url.isBlank() ? new Parts() : parseUrl(url.trim());
        String host = firstNonBlank(parts.host, env("PGHOST"), "localhost");
        if (host.startsWith("/")) {
            // A Unix-socket directory: pgjdbc speaks TCP only, and the local server listens there too.
            host = "localhost";
        }
        int port = parsePort(firstNonBlank(parts.port, env("PGPORT"), "5432"), url);
        String user = firstNonBlank(parts.user, env("PGUSER"), System.getProperty("user.name"));
        String database = firstNonBlank(parts.database, env("PGDATABASE"), user);
        Map<String, String> parameters = new LinkedHashMap<>(parts.parameters);
        if (!parameters.containsKey("sslmode") && env("PGSSLMODE") != null) {
            parameters.put("sslmode", env("PGSSLMODE"));
        }
        String password = parts.password != null ? parts.password : env("PGPASSWORD");
        if (password == null) {
            password = new PgPassFile(passFile()).find(host, port, database, user).orElse(null);
        }
        return new ConnectionSpec(host, port, database, user, password, parameters);
    }

    private Path passFile() {
        String explicit = env("PGPASSFILE");
        if (explicit != null) {
            return Path.of(explicit);
        }
        return Path.of(System.getProperty("user.home"), ".pgpass");
    }

    private Parts parseUrl(String url) {
        String uriText;
        if (url.startsWith("jdbc:postgresql://")) {
            uriText = "postgresql://" + url.substring("jdbc:postgresql://".length());
        } else if (url.startsWith("postgresql://") || url.startsWith("postgres://")) {
            uriText = url;
        } else {
            throw invalid(url, "expected postgresql://, postgres:// or jdbc:postgresql://");
        }
        URI uri;
        try {
            uri = new URI(uriText);
        } catch (URISyntaxException e) {
            throw invalid(url, e.getReason());
        }
        Parts parts = new Parts();
        String authority = uri.getRawAuthority();
        if (authority != null) {
            int at = authority.lastIndexOf('@');
            if (at >= 0) {
                String userInfo = authority.substring(0, at);
                int colon = userInfo.indexOf(':');
                parts.user = decode(colon >= 0 ? userInfo.substring(0, colon) : userInfo);
                parts.password = colon >= 0 ? decode(userInfo.substring(colon + 1)) : null;
                authority = authority.substring(at + 1);
            }
            parseHostPort(authority, parts, url);
        }
        String path = uri.getRawPath();
        if (path != null && path.length() > 1) {
            parts.database = decode(path.substring(1));
        }
        parseQuery(uri.getRawQuery(), parts, url);
        return parts;
    }

    private static void parseHostPort(String hostPort, Parts parts, String url) {
        if (hostPort.isEmpty()) {
            return;
        }
        if (hostPort.startsWith("[")) {
            int close = hostPort.indexOf(']');
            if (close < 0) {
                throw invalid(url, "unterminated IPv6 address");
            }
            parts.host = hostPort.substring(1, close);
            String rest = hostPort.substring(close + 1);
            if (rest.startsWith(":")) {
                parts.port = rest.substring(1);
            }
            return;
        }
        if (hostPort.contains(",")) {
            throw invalid(url, "several hosts in one URL are not supported");
        }
        int colon = hostPort.lastIndexOf(':');
        if (colon >= 0) {
            parts.host = decode(hostPort.substring(0, colon));
            parts.port = hostPort.substring(colon + 1);
        } else {
            parts.host = decode(hostPort);
        }
    }

    private static void parseQuery(String query, Parts parts, String url) {
        if (query == null || query.isEmpty()) {
            return;
        }
        for (String pair : query.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String key = decode(eq >= 0 ? pair.substring(0, eq) : pair);
            String value = eq >= 0 ? decode(pair.substring(eq + 1)) : "";
            switch (key) {
                case "user" -> parts.user = value;
                case "password" -> parts.password = value;
                case "host" -> parts.host = value;
                case "port" -> parts.port = value;
                case "dbname" -> parts.database = value;
                default -> parts.parameters.put(UrlParameters.pgjdbcName(key, url), value);
            }
        }
    }

    private static int parsePort(String port, String url) {
        try {
            int value = Integer.parseInt(port);
            if (value < 1 || value > 65535) {
                throw new NumberFormatException();
            }
            return value;
        } catch (NumberFormatException e) {
            throw invalid(url, "port \"" + port + "\" is not a number between 1 and 65535");
        }
    }

    private static ConvergeException invalid(String url, String reason) {
        return new ConvergeException("invalid database URL \"" + redactUrl(url) + "\": " + reason);
    }

    /** Hides the password part of a URL that could not even be parsed. */
    static String redactUrl(String url) {
        if (url == null) {
            return null;
        }
        String redacted = url.replaceAll("(://[^:/@]*):[^@/]*@", "$1:********@");
        return redacted.replaceAll("(?i)(password=)[^&]*", "$1********");
    }

    private String env(String name) {
        String value = environment.get(name);
        return value == null || value.isEmpty() ? null : value;
    }

    private static String decode(String s) {
        return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    private static String firstNonBlank(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        return null;
    }

    /** The pieces a URL gave; null where it gave nothing. */
    private static final class Parts {
        String host;
        String port;
        String user;
        String password;
        String database;
        final Map<String, String> parameters = new LinkedHashMap<>();
    }
}
