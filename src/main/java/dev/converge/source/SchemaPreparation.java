package dev.converge.source;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.converge.error.DesiredStateException;
import dev.converge.model.SqlText;

/**
 * Lets a desired state put objects in schemas that exist on the target without creating them (a common split:
 * the DBA creates schemas, the application's files fill them). Those schemas are created empty in the dev
 * database before loading, and count as managed only if the desired state puts something in them.
 */
public final class SchemaPreparation {

    private static final Pattern CREATE_SCHEMA = Pattern.compile(
            "^CREATE\\s+SCHEMA\\s+(?:IF\\s+NOT\\s+EXISTS\\s+)?(\"(?:[^\"]|\"\")+\"|[\\p{L}_][\\p{L}\\p{N}_$]*)",
            Pattern.CASE_INSENSITIVE);

    private SchemaPreparation() {
    }

    /** The schemas the statements create themselves ({@code CREATE SCHEMA name}), as PostgreSQL will name them. */
    public static Set<String> createdBy(List<SqlStatement> statements) {
        Set<String> created = new TreeSet<>();
        for (SqlStatement statement : statements) {
            Matcher matcher = CREATE_SCHEMA.matcher(statement.sql());
            if (matcher.find()) {
                created.add(SqlText.parseIdentifier(matcher.group(1)));
            }
        }
        return created;
    }

    /** Creates each schema in the dev database; they are empty, so nothing else changes. */
    public static void createBorrowed(Connection dev, Set<String> schemas) {
        try (Statement statement = dev.createStatement()) {
            for (String schema : new TreeSet<>(schemas)) {
                statement.execute("CREATE SCHEMA IF NOT EXISTS " + SqlText.identifier(schema));
            }
        } catch (SQLException e) {
            throw new DesiredStateException("preparing the dev database (creating the target's schemas there): "
                    + e.getMessage(), e.getSQLState(), e);
        }
    }

    /**
     * Makes unqualified names in the desired state resolve as they would on the target: the dev session gets the
     * target's effective search path (an empty path leaves the dev database's default in place).
     */
    public static void useSearchPath(Connection dev, List<String> schemas) {
        if (schemas.isEmpty()) {
            return;
        }
        String path = String.join(", ", schemas.stream().map(SqlText::identifier).toList());
        try (Statement statement = dev.createStatement()) {
            statement.execute("SET search_path TO " + path);
        } catch (SQLException e) {
            throw new DesiredStateException("preparing the dev database (search_path " + path + "): "
                    + e.getMessage(), e.getSQLState(), e);
        }
    }
}
