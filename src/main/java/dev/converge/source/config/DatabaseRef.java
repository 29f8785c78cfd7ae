package dev.converge.source.config;

import java.util.Map;

/**
 * A database named by the project file: a literal URL ({@code url}) or, so that no secret lives in git, the name
 * of an environment variable holding it ({@code url_env}). Exactly one of the two is set. {@code name} labels the
 * target in summaries (null: the URL, without its password, labels it).
 */
public record DatabaseRef(String name, String url, String urlEnv, ConfigLocation location) {

    public DatabaseRef {
        if ((url == null) == (urlEnv == null)) {
            throw new IllegalArgumentException("exactly one of url and url_env");
        }
    }

    /** The URL, read from the environment when the file names a variable; an unset variable is a config error. */
    public String resolve(Map<String, String> environment) {
        if (url != null) {
            return url;
        }
        String value = environment.get(urlEnv);
        if (value == null || value.isBlank()) {
            throw location.error("environment variable " + urlEnv + " is not set (it should hold the database URL)");
        }
        return value.trim();
    }
}
