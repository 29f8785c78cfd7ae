package dev.converge.fuzz;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Foreign tables without postgres_fdw: a wrapper with no handler or validator ({@code CREATE FOREIGN DATA WRAPPER
 * w}, so any option is accepted), a server with options, and foreign tables with column options, NOT NULL, defaults
 * and table options, some read by a view or a SQL-standard function (their columns' readers). The second version
 * changes the server's options (its foreign tables follow), adds, drops and retypes columns (their readers are
 * re-created around the change or go with the column), changes table options, drops and adds. A later kind
 * ({@link SchemaPairGenerator#LATER_KINDS}).
 */
final class ForeignTableKind implements KindGenerator {

    /** A foreign column: name, type, whether NOT NULL, its options (or null). */
    record Column(String name, String type, boolean notNull, String options) {

        String sql() {
            return Sql.id(name) + " " + type + (options == null ? "" : " OPTIONS (" + options + ")")
                    + (notNull ? " NOT NULL" : "");
        }
    }

    /** A foreign table: its name, server, columns and table options. */
    record Shape(String name, String server, List<Column> columns, String options) {
    }

    /** The wrapper and its server, one piece: the server's options vary. */
    record Server(String wrapper, String name, int variant) {
    }

    @Override
    public void generate(FuzzSchema schema, Gen gen) {
        if (!gen.chance(60)) {
            return;
        }
        Server server = new Server(schema.name("fz_wrapper", gen), schema.name("fz_server", gen), gen.pick(2));
        schema.add(new SimplePiece("server:" + server.name, "foreign server", Set.of(), server(server),
                new SimplePiece.Address("SERVER " + Sql.id(server.name), null, null), server));
        for (int i = gen.between(1, 3); i > 0; i--) {
            add(schema, gen);
        }
    }

    @Override
    public void mutate(FuzzSchema schema, Gen gen) {
        for (SimplePiece piece : schema.ofKind("foreign server")) {
            if (gen.chance(30)) {
                Server server = (Server) piece.detail();
                Server changed = new Server(server.wrapper, server.name, server.variant + 1);
                schema.replace(piece, piece.withSql(server(changed), changed));
            }
        }
        for (SimplePiece piece : schema.ofKind("foreign table")) {
            if (!schema.pieces.contains(piece) || !gen.chance(60)) {
                continue;
            }
            Shape shape = (Shape) piece.detail();
            List<Column> columns = new ArrayList<>(shape.columns);
            String options = shape.options;
            switch (gen.pick(5)) {
                case 0 -> {
                    schema.drop(piece.key());
                    continue;
                }
                case 1 -> columns.add(column(schema, gen));
                case 2 -> {
                    if (columns.size() > 1) {
                        Column gone = columns.remove(gen.pick(columns.size()));
                        schema.drop(piece.key() + "/" + gone.name());
                    }
                }
                case 3 -> {
                    int i = gen.pick(columns.size());
                    Column c = columns.get(i);
                    columns.set(i, new Column(c.name(), c.type().equals("integer") ? "bigint" : "integer",
                            c.notNull(), c.options() == null ? "column_name 'remote'" : null));
                }
                default -> options = options == null ? "schema_name 'remote', table_name 'things'" : null;
            }
            Shape changed = new Shape(shape.name, shape.server, columns, options);
            SimplePiece now = schema.ofKind("foreign table").stream().filter(p -> p.key().equals(piece.key()))
                    .findFirst().orElseThrow();
            schema.replace(now, now.withSql(create(changed), changed));
        }
        if (!schema.ofKind("foreign server").isEmpty() && gen.chance(25)) {
            add(schema, gen);
        }
    }

    private static void add(FuzzSchema schema, Gen gen) {
        SimplePiece server = gen.one(schema.ofKind("foreign server"));
        String where = SchemaKind.any(schema, gen);
        String name = Sql.qualified(where, schema.name("remote", gen));
        List<Column> columns = new ArrayList<>();
        for (int i = gen.between(1, 3); i > 0; i--) {
            columns.add(column(schema, gen));
        }
        Shape shape = new Shape(name, ((Server) server.detail()).name, columns,
                gen.chance(40) ? "table_name 'things'" : null);
        String key = "ftable:" + name;
        schema.add(new SimplePiece(key, "foreign table", Set.of(server.key()), create(shape),
                new SimplePiece.Address("FOREIGN TABLE " + name, "TABLE " + name, "SELECT"), shape));
        if (gen.chance(60)) {
            List<Column> read = columns.subList(0, gen.between(1, columns.size()));
            Set<String> uses = new LinkedHashSet<>(List.of(key));
            read.forEach(c -> uses.add(key + "/" + c.name()));
            String list = String.join(", ", read.stream().map(c -> "f." + Sql.id(c.name())).toList());
            String reader = Sql.qualified(where, schema.name("remote_reader", gen));
            String sql = gen.chance(50)
                    ? "CREATE VIEW " + reader + " AS SELECT " + list + " FROM " + name + " f;"
                    : "CREATE FUNCTION " + reader + "() RETURNS bigint LANGUAGE sql STABLE\nRETURN (SELECT count(("
                    + list + ")) FROM " + name + " f);";
            schema.add(new SimplePiece("freader:" + reader, "foreign reader", uses, sql));
        }
    }

    private static Column column(FuzzSchema schema, Gen gen) {
        return new Column(schema.name("col", gen), gen.one(List.of("integer", "text", "bigint")), gen.chance(20),
                gen.chance(30) ? "column_name 'c'" : null);
    }

    private static String server(Server server) {
        return "CREATE FOREIGN DATA WRAPPER " + Sql.id(server.wrapper) + ";\nCREATE SERVER " + Sql.id(server.name)
                + " FOREIGN DATA WRAPPER " + Sql.id(server.wrapper) + " OPTIONS (host "
                + (server.variant % 2 == 0 ? "'db.example'" : "'replica.example', port '5433'") + ");";
    }

    private static String create(Shape shape) {
        return "CREATE FOREIGN TABLE " + shape.name + " (\n    " + String.join(",\n    ", shape.columns.stream()
                .map(Column::sql).toList()) + "\n) SERVER " + Sql.id(shape.server)
                + (shape.options == null ? "" : " OPTIONS (" + shape.options + ")") + ";";
    }
}
