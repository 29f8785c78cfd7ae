package dev.converge.model;

import java.util.List;
import java.util.Objects;

/**
 * A row-level security policy of a table. {@code command} is ALL, SELECT, INSERT, UPDATE or DELETE;
 * {@code roles} are sorted role names ({@code PUBLIC} for none named); {@code using} and {@code withCheck} are
 * {@code pg_get_expr} of the expressions, null when absent. {@code columns} are the table's columns the policy
 * depends on (from pg_depend), which planning needs: such a column cannot be dropped or change type under it.
 */
public record Policy(
        QualifiedName table,
        String name,
        String command,
        boolean permissive,
        List<String> roles,
        String using,
        String withCheck,
        List<String> columns,
        String comment) {

    public Policy {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(command, "command");
        roles = roles.stream().sorted().toList();
        columns = columns.stream().sorted().distinct().toList();
    }

    /**
     * True when ALTER POLICY can turn this policy into {@code other}: it cannot change the command or the kind,
     * nor remove an expression.
     */
    public boolean alterableTo(Policy other) {
        return command.equals(other.command) && permissive == other.permissive
                && (other.using != null || using == null) && (other.withCheck != null || withCheck == null);
    }

    /** Equal apart from the comment and the column list (which follows from the expressions). */
    public boolean sameDefinition(Policy other) {
        return command.equals(other.command) && permissive == other.permissive && roles.equals(other.roles) && Objects.equals(using, other.using)
                && Objects.equals(withCheck, other.withCheck);
    }
}
