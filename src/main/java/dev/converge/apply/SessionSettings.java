package dev.converge.apply;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The session settings under which Converge runs DDL, in one place: function bodies are not checked (as pg_dump
 * does: a function may then be created before the tables its body mentions; the dev database already validated
 * them), and, when applying to a target, every statement runs under lock_timeout and statement_timeout.
 */
final class SessionSettings {

    private SessionSettings() {
    }

    /** For building a throwaway copy: no timeouts, nothing else runs there. */
    static void forCopy(Connection connection) throws SQLException {
        try (Statement jdbc = connection.createStatement()) {
            jdbc.execute("SET check_function_bodies = off");
        }
    }

    /** For applying a plan to a target, with the user's timeouts. */
    static void forApply(Connection connection, ExecutionSettings settings) throws SQLException {
        try (Statement jdbc = connection.createStatement()) {
            jdbc.execute("SET check_function_bodies = off");
            jdbc.execute("SET lock_timeout = " + ExecutionSettings.millis(settings.lockTimeout()));
            jdbc.execute("SET statement_timeout = " + ExecutionSettings.millis(settings.statementTimeout()));
        }
    }
}
