package dev.converge.source.config;

import java.util.Map;

import dev.converge.error.UsageException;

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

    /**
     * The URL, read from the environment when the file names a variable. An unset or empty variable, or an empty
     * {@code url}, is a usage error: falling back to the PG* variables would run against some other database.
     */
    public String resolve(Map<String, String> environment) {
        if (url != null) {
            if (url.isBlank()) {
                throw new UsageException(location.error("url is empty (give the database URL, or url_env)")
                        .getMessage());
            }
            return url;
        }
        String value = environment.get(urlEnv);
        if (value == null || value.isBlank()) {
            throw new UsageException(location.error("environment variable " + urlEnv + " is "
                    + (value == null ? "not set" : "empty") + " (it should hold the database URL)").getMessage());
        }
        return value.trim();
    }
}
