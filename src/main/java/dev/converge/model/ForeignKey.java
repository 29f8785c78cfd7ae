package dev.converge.model;

import java.util.List;
import java.util.Objects;

/**
 * What a foreign key points at and how it behaves. Actions are the catalog codes spelled out
 * ({@code NO ACTION}, {@code RESTRICT}, {@code CASCADE}, {@code SET NULL}, {@code SET DEFAULT}); match is
 * {@code SIMPLE}, {@code FULL} or {@code PARTIAL}.
 */
public record ForeignKey(
        QualifiedName referencedTable,
        List<String> referencedColumns,
        String onUpdate,
        String onDelete,
        String match) {

    public ForeignKey {
        Objects.requireNonNull(referencedTable, "referencedTable");
        referencedColumns = List.copyOf(referencedColumns);
    }
}
