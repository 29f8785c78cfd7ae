package dev.converge.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.converge.error.DesiredStateException;
import dev.converge.model.QualifiedName;

/** YAML files go through the dev database like SQL files: mixed with them, and with errors that point at them. */
class YamlLoadingTest {

    @TempDir
    Path dir;

    private Path write(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
        return file;
    }

    @Test
    void sqlAndYamlFilesMixInOneDesiredState() throws IOException {
        // Each format refers to objects the other defines, in both directions.
        write("customers.sql", "CREATE TABLE customers (id integer PRIMARY KEY);\n"
                + "CREATE VIEW big_orders AS SELECT id FROM orders WHERE total > 100;\n");
        write("orders/orders.yaml", """
                tables:
                  - name: orders
                    columns:
                      - {name: id, type: integer, primary_key: true}
                      - {name: customer_id, type: integer, references: customers}
                      - {name: total, type: numeric}
                """);
        write("orders/notes.yml", "enums: [{name: note_kind, values: [a, b]}]\n");
        write("README.md", "not read");

        DesiredState state = YamlEquivalenceTest.read(dir);

        assertThat(state.catalog().tables()).extracting(t -> t.name().toString())
                .containsExactly("public.customers", "public.orders");
        assertThat(state.catalog().views()).extracting(v -> v.name().toString()).containsExactly("public.big_orders");
        assertThat(state.catalog().enums()).extracting(e -> e.name()).containsExactly(QualifiedName.of("public",
                "note_kind"));
        assertThat(state.catalog().table(QualifiedName.of("public", "orders")).orElseThrow().foreignKeys())
                .hasSize(1);
    }

    @Test
    void aPostgresqlErrorNamesTheYamlLineAndColumn() throws IOException {
        Path file = write("app.yaml", """
                tables:
                  - name: t
                    columns:
                      - name: id
                        type: intege
                """);
        assertThatThrownBy(() -> YamlEquivalenceTest.read(file))
                .isInstanceOf(DesiredStateException.class)
                .hasMessageStartingWith("loading " + file + ":5:15: type \"intege\" does not exist");
    }

    @Test
    void anErrorWithoutPositionNamesTheNode() throws IOException {
        Path file = write("app.yaml", """
                tables:
                  - name: t
                    columns:
                      - {name: id, type: integer}
                    indexes:
                      - name: t_idx
                        columns: [missing]
                """);
        assertThatThrownBy(() -> YamlEquivalenceTest.read(file))
                .isInstanceOf(DesiredStateException.class)
                .hasMessageStartingWith("loading " + file + ":6:9: column \"missing\" does not exist");
    }
}
