package dev.converge.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;

/** {@link Catalog#table} finds every table by name (a binary search over the sorted list) and nothing else. */
class CatalogLookupTest {

    @Test
    void findsEveryTableAndNoOther() {
        List<Table> tables = new ArrayList<>();
        for (String schema : List.of("a", "B", "z z")) {
            for (int i = 0; i < 7; i++) {
                tables.add(new Table(new QualifiedName(schema, "t" + i), false, List.of(), List.of(), List.of(),
                        null));
            }
        }
        Collections.shuffle(tables, new java.util.Random(3));
        Catalog catalog = Catalog.builder().tables(tables).build();

        for (Table table : tables) {
            assertThat(catalog.table(table.name())).containsSame(catalog.tables().stream()
                    .filter(t -> t.name().equals(table.name())).findFirst().orElseThrow());
        }
        assertThat(catalog.table(new QualifiedName("a", "t7"))).isEmpty();
        assertThat(catalog.table(new QualifiedName("0", "t0"))).isEmpty();
        assertThat(catalog.table(new QualifiedName("zz", "t0"))).isEmpty();
        assertThat(Catalog.empty().table(new QualifiedName("a", "t0"))).isEmpty();
    }
}
