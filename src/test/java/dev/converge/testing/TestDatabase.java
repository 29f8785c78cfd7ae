package dev.converge.testing;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import java.util.regex.Pattern;

import dev.converge.connect.ConnectionSpec;
import dev.converge.source.SourceFile;
import dev.converge.source.SqlSplitter;
import dev.converge.source.SqlStatement;

/**
 * A fresh database of its own for one test, created from template0 on the {@link TestServer} and dropped (with
 * its connections) on close, so tests never see each other's objects.
 */
public final class TestDatabase implements AutoCloseable {

    /** A SQL-standard routine body ({@code BEGIN ATOMIC ... END}), which pgjdbc cannot split a script around. */
    private static final Pattern ATOMIC_BODY = Pattern.compile("\\bBEGIN\\s+ATOMIC\\b", Pattern.CASE_INSENSITIVE);

    private final String name;
    private final ConnectionSpec spec;

    private TestDatabase(String name) {
        this.name = name;
        this.spec = TestServer.admin().withDatabase(name);
    }

    public static TestDatabase create() {
        String name = "converge_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        adminExecute("CREATE DATABASE " + name + " TEMPLATE template0");
        return new TestDatabase(name);
    }

    /** Creates a database and runs {@code sql} (any number of statements) in it. */
    public static TestDatabase withSql(String sql) {
        TestDatabase db = create();
        try {
            if (sql != null && !sql.isBlank()) {
                db.execute(sql);
            }
            return db;
        } catch (RuntimeException e) {
            // The caller never receives the database, so it cannot drop it: do it here.
            db.close();
            throw e;
        }
    }

    public String name() {
        return name;
    }

    public ConnectionSpec spec() {
        return spec;
    }

    /** A {@code postgresql://} URL for the CLI and workflows. */
    public String url() {
        String password = TestServer.password();
        String url = spec.toString();
        return password == null ? url : url.replace("://" + spec.user() + "@", "://" + spec.user() + ":" + password + "@");
    }

    public Connection connect() {
        return spec.open();
    }

    public void execute(String sql) {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            if (ATOMIC_BODY.matcher(sql).find()) {
                // pgjdbc splits a script at semicolons it knows of and does not know BEGIN ATOMIC bodies: their
                // statements would go to the server apart (or a script whole, "cannot insert multiple commands into
                // a prepared statement"). Converge's own splitter knows them; it leaves transaction control out,
                // which only such scripts lose.
                for (SqlStatement statement : SqlSplitter.split(new SourceFile(Path.of("script.sql"), "script.sql",
                        sql))) {
                    s.execute(statement.sql());
                }
            } else {
                s.execute(sql);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("executing in " + name + ": " + e.getMessage() + "\n" + sql, e);
        }
    }

    /** Runs a query that returns one boolean. */
    public boolean queryBoolean(String sql) {
        try (Connection c = connect(); Statement s = c.createStatement();
             java.sql.ResultSet rows = s.executeQuery(sql)) {
            return rows.next() && rows.getBoolean(1);
        } catch (SQLException e) {
            throw new IllegalStateException("querying " + name + ": " + e.getMessage() + "\n" + sql, e);
        }
    }

    @Override
    public void close() {
        adminExecute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    }

    static void adminExecute(String sql) {
        try (Connection c = TestServer.admin().open(); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }
}
