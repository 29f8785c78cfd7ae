package dev.converge.fuzz;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.stream.Stream;

/**
 * One version of a fuzzed schema: its schemas and its pieces in creation order (each uses only pieces before it),
 * plus the roles the run created for grants. {@link #copy()} gives the next version its own tables to edit.
 */
final class FuzzSchema {

    final List<String> schemas = new ArrayList<>();
    /** The two roles most kinds grant to (a kind picking one of them draws from these two). */
    final List<String> roles;
    /** A third role, for chains of passed-on privileges ({@link GrantChainKind}), or null when the run has none. */
    final String chainEnd;
    final List<Piece> pieces = new ArrayList<>();
    /** Column keys this version added to tables that already had rows: they hold no seeded values. */
    final java.util.Set<String> fresh = new java.util.HashSet<>();
    private int counter;

    FuzzSchema(List<String> roles) {
        this.roles = List.copyOf(roles.subList(0, Math.min(2, roles.size())));
        this.chainEnd = roles.size() > 2 ? roles.get(2) : null;
    }

    FuzzSchema copy() {
        FuzzSchema copy = new FuzzSchema(chainEnd == null ? roles : List.of(roles.get(0), roles.get(1), chainEnd));
        copy.schemas.addAll(schemas);
        pieces.forEach(p -> copy.pieces.add(p.copy()));
        copy.counter = counter;
        return copy;
    }

    /** A fresh name in this schema version and every later one: {@code prefix} and a number, quoted style or not. */
    String name(String prefix, Gen gen) {
        counter++;
        return switch (gen.pick(8)) {
            case 0 -> prefix.substring(0, 1).toUpperCase() + prefix.substring(1) + " " + counter;
            case 1 -> prefix + "-" + counter;
            default -> prefix + counter;
        };
    }

    /** How many names {@link #name} gave out so far. */
    int namesGiven() {
        return counter;
    }

    /**
     * Numbers the next names from {@code given}: the later kinds of {@link SchemaPairGenerator} name their pieces
     * without shifting the numbers of the other kinds' names (their prefixes differ, so no name repeats).
     */
    void namesFrom(int given) {
        counter = given;
    }

    void add(Piece piece) {
        pieces.add(piece);
    }

    /** Puts {@code piece} right after the piece with key {@code after} (so it may use it and be used later). */
    void addAfter(String after, Piece piece) {
        for (int i = pieces.size() - 1; i >= 0; i--) {
            if (pieces.get(i).key().equals(after)) {
                pieces.add(i + 1, piece);
                return;
            }
        }
        pieces.add(piece);
    }

    void replace(Piece old, Piece replacement) {
        pieces.set(pieces.indexOf(old), replacement);
    }

    int position(String key) {
        for (int i = 0; i < pieces.size(); i++) {
            if (pieces.get(i).key().equals(key)) {
                return i;
            }
        }
        return -1;
    }

    Stream<FuzzTable> tables() {
        return pieces.stream().filter(FuzzTable.class::isInstance).map(FuzzTable.class::cast);
    }

    /** The columns of {@code table} that every seeded row fills with a distinct value (none added by a mutation). */
    List<FuzzColumn> seededColumns(FuzzTable table) {
        return table.ordinaryColumns().stream()
                .filter(c -> c.seeded() && !fresh.contains(table.columnKey(c.name()))).toList();
    }

    /** Tables with columns of their own: plain and partitioned tables, not partitions. */
    List<FuzzTable> ownTables() {
        return tables().filter(t -> t.partitionOf == null).toList();
    }

    FuzzTable table(String key) {
        return tables().filter(t -> t.key().equals(key)).findFirst().orElseThrow();
    }

    List<SimplePiece> ofKind(String kind) {
        return pieces.stream().filter(SimplePiece.class::isInstance).map(SimplePiece.class::cast)
                .filter(p -> p.kind().equals(kind)).toList();
    }

    /**
     * Removes the piece or column with {@code key} and, like {@code DROP ... CASCADE}, every piece and column that
     * uses it, transitively. A column key ({@code t:s.t/c}) removes just that column from its table.
     */
    void drop(String key) {
        Deque<String> gone = new ArrayDeque<>(List.of(key));
        while (!gone.isEmpty()) {
            String dropped = gone.pop();
            int slash = dropped.indexOf('/');
            if (dropped.startsWith("t:") && slash > 0) {
                String tableKey = dropped.substring(0, slash);
                String column = dropped.substring(slash + 1);
                tables().filter(t -> t.key().equals(tableKey)).findFirst()
                        .ifPresent(t -> t.columns.removeIf(c -> c.name().equals(column)));
            }
            for (Piece piece : List.copyOf(pieces)) {
                if (piece.key().equals(dropped) || piece.usesKey(dropped)) {
                    if (pieces.remove(piece)) {
                        gone.push(piece.key());
                    }
                }
                if (piece instanceof FuzzTable table) {
                    for (FuzzColumn column : List.copyOf(table.columns)) {
                        if (column.uses().stream().anyMatch(u -> u.equals(dropped) || u.startsWith(dropped + "/"))) {
                            table.columns.remove(column);
                            gone.push(table.columnKey(column.name()));
                        }
                    }
                }
            }
        }
    }

    /** The SQL that builds this version on an empty database, in creation order. */
    String render() {
        StringBuilder sql = new StringBuilder();
        for (String schema : schemas) {
            sql.append("CREATE SCHEMA ").append(Sql.id(schema)).append(";\n");
        }
        for (Piece piece : pieces) {
            sql.append(piece.sql().strip()).append('\n');
        }
        return sql.toString();
    }
}
