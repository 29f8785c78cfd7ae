package dev.converge.report;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.Objects;

import dev.converge.model.CanonicalText;
import dev.converge.model.Column;
import dev.converge.model.ColumnRef;
import dev.converge.model.Constraint;
import dev.converge.model.Grant;
import dev.converge.model.Identity;
import dev.converge.model.Index;
import dev.converge.model.Policy;
import dev.converge.model.QualifiedName;
import dev.converge.model.Routine;
import dev.converge.model.Schema;
import dev.converge.model.TableOptions;
import dev.converge.model.Table;
import dev.converge.model.Trigger;
import dev.converge.model.View;

/**
 * A readable, line-oriented text of one object and its parts, for unified diffs and per-object fingerprints. It
 * reads like DDL where the catalog holds PostgreSQL's own text (views, functions, constraints, indexes, triggers)
 * and lists fields otherwise; it is not meant to be run, and names are left unquoted for reading.
 */
final class DefinitionText {

    private DefinitionText() {
    }

    static String schema(Schema schema, List<Grant> grants) {
        return withGrants("schema " + schema.name() + comment(schema.comment()), grants);
    }

    static String table(Table table, RelationParts parts, List<Grant> grants) {
        StringBuilder out = new StringBuilder("CREATE " + (table.unlogged() ? "UNLOGGED " : "") + "TABLE "
                + table.name() + " (\n");
        int members = table.columns().size() + table.constraints().size();
        int written = 0;
        for (Column column : table.columns()) {
            out.append("    ").append(column(column)).append(++written < members ? ",\n" : "\n");
        }
        for (Constraint constraint : table.constraints()) {
            out.append("    CONSTRAINT ").append(constraint.name()).append(' ').append(constraint.definition())
                    .append(++written < members ? ",\n" : "\n");
        }
        out.append(");");
        table.indexes().forEach(index -> out.append('\n').append(index(index)));
        for (Trigger trigger : parts.triggersOf(table.name())) {
            out.append('\n').append(trigger.definition()).append(';')
                    .append(trigger.enabled() == 'O' ? "" : " -- enabled: " + trigger.enabled())
                    .append(comment(trigger.comment()));
        }
        for (Policy policy : parts.policiesOf(table.name())) {
            out.append('\n').append(policy(policy));
        }
        TableOptions options = parts.optionsOf(table.name());
        if (options != null && !options.isDefault()) {
            out.append('\n').append(fields("options of", table.name().toString(), options));
        }
        for (Column column : table.columns()) {
            if (column.comment() != null) {
                out.append("\ncomment on column ").append(column.name()).append(": ").append(column.comment());
            }
        }
        for (Constraint constraint : table.constraints()) {
            if (constraint.comment() != null) {
                out.append("\ncomment on constraint ").append(constraint.name()).append(": ")
                        .append(constraint.comment());
            }
        }
        out.append(comment(table.comment()));
        return withGrants(out.toString(), grants);
    }

    static String view(View view, RelationParts parts, List<Grant> grants) {
        StringBuilder out = new StringBuilder("CREATE " + view.kindName().toUpperCase(java.util.Locale.ROOT) + " "
                + view.name());
        if (!view.options().isEmpty()) {
            out.append(" WITH (").append(String.join(", ", view.options())).append(')');
        }
        out.append(" AS\n").append(view.definition().strip());
        view.indexes().forEach(index -> out.append('\n').append(index(index)));
        for (Trigger trigger : parts.triggersOf(view.name())) {
            out.append('\n').append(trigger.definition()).append(';');
        }
        for (View.ViewColumn column : view.columns()) {
            if (column.comment() != null) {
                out.append("\ncomment on column ").append(column.name()).append(": ").append(column.comment());
            }
        }
        out.append(comment(view.comment()));
        return withGrants(out.toString(), grants);
    }

    static String routine(Routine routine, List<Grant> grants) {
        return withGrants(routine.definition().strip() + comment(routine.comment()), grants);
    }

    /** Any other record: its kind and name, then one {@code field: value} line per other component. */
    static String fields(String kind, String name, Record record) {
        StringBuilder out = new StringBuilder(kind + " " + name);
        for (RecordComponent component : record.getClass().getRecordComponents()) {
            Object value;
            try {
                value = component.getAccessor().invoke(record);
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("reading " + component, e);
            }
            if (value != null && !component.getName().equals("name")) {
                out.append("\n  ").append(component.getName()).append(": ").append(readable(value));
            }
        }
        return out.toString();
    }

    /** Strings, numbers and names as they read; lists one item after the other; other records canonically. */
    private static String readable(Object value) {
        if (value instanceof String || value instanceof Number || value instanceof Boolean
                || value instanceof Character || value instanceof Enum<?> || value instanceof QualifiedName
                || value instanceof ColumnRef) {
            return value.toString();
        }
        if (value instanceof List<?> list) {
            return "[" + String.join(", ", list.stream().map(DefinitionText::readable).toList()) + "]";
        }
        return CanonicalText.of(value);
    }

    static String withGrants(String definition, List<Grant> grants) {
        if (grants == null || grants.isEmpty()) {
            return definition;
        }
        StringBuilder out = new StringBuilder(definition);
        for (Grant grant : grants) {
            out.append("\ngrant ").append(grant.privilege()).append(" on ").append(grant.object()).append(" to ")
                    .append(grant.grantee()).append(grant.grantable() ? " with grant option" : "");
        }
        return out.toString();
    }

    private static String column(Column column) {
        StringBuilder out = new StringBuilder(column.name()).append(' ').append(column.type());
        if (column.collation() != null) {
            out.append(" COLLATE ").append(column.collation());
        }
        if (column.notNull()) {
            out.append(" NOT NULL");
        }
        if (column.defaultExpression() != null) {
            out.append(" DEFAULT ").append(column.defaultExpression());
        }
        if (column.identity().kind() != Identity.IdentityKind.NONE) {
            out.append(" GENERATED ").append(column.identity().kind() == Identity.IdentityKind.ALWAYS
                    ? "ALWAYS" : "BY DEFAULT").append(" AS IDENTITY");
            if (column.identity().options() != null) {
                out.append(' ').append(CanonicalText.of(column.identity().options())
                        .replaceFirst("^IdentitySequenceOptions", ""));
            }
        }
        if (column.generatedExpression() != null) {
            out.append(" GENERATED ALWAYS AS (").append(column.generatedExpression()).append(") STORED");
        }
        return out.toString();
    }

    private static String index(Index index) {
        return index.definition() + ";" + comment(index.comment());
    }

    private static String policy(Policy policy) {
        return "POLICY " + policy.name() + " ON " + policy.table() + (policy.permissive() ? "" : " AS RESTRICTIVE")
                + " FOR " + policy.command() + " TO " + String.join(", ", policy.roles())
                + (policy.using() == null ? "" : " USING (" + policy.using() + ")")
                + (policy.withCheck() == null ? "" : " WITH CHECK (" + policy.withCheck() + ")") + ";"
                + comment(policy.comment());
    }

    private static String comment(String comment) {
        return comment == null ? "" : "\ncomment: " + Objects.toString(comment);
    }
}
