package dev.converge.inspect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.converge.model.Catalog;
import dev.converge.model.ColumnRef;
import dev.converge.model.EnumType;
import dev.converge.model.QualifiedName;
import dev.converge.model.Schema;
import dev.converge.model.Sequence;

/** Standalone sequences, enum types and schemas: the schema-level objects that need no assembly. */
class SequenceAndEnumInspectionTest {

    private static Catalog catalog;

    @BeforeAll
    static void inspect() {
        catalog = Inspected.catalog("""
                CREATE SCHEMA app;
                COMMENT ON SCHEMA app IS 'the application';
                CREATE TABLE app.t (id serial, code text, n bigint GENERATED ALWAYS AS IDENTITY);
                CREATE SEQUENCE app.counter AS smallint
                    INCREMENT BY -2 MINVALUE -100 MAXVALUE 50 START WITH 40 CACHE 5 CYCLE OWNED BY app.t.code;
                COMMENT ON SEQUENCE app.counter IS 'counts down';
                CREATE SEQUENCE app.plain;
                CREATE SEQUENCE public.elsewhere;
                CREATE TYPE app.mood AS ENUM ('sad', 'happy');
                ALTER TYPE app.mood ADD VALUE 'ok' BEFORE 'happy';
                ALTER TYPE app.mood ADD VALUE 'ecstatic';
                COMMENT ON TYPE app.mood IS 'how it feels';
                CREATE TYPE public.empty_enum AS ENUM ();
                """, Set.of("app", "public"));
    }

    private static Sequence sequence(String schema, String name) {
        return catalog.sequencesByName().get(QualifiedName.of(schema, name));
    }

    @Test
    void identitySequenceIsNotAStandaloneSequence() {
        assertThat(catalog.sequences()).extracting(s -> s.name().toString())
                .containsExactly("app.counter", "app.plain", "app.t_id_seq", "public.elsewhere");
    }

    @Test
    void sequenceWithEveryOption() {
        assertThat(sequence("app", "counter")).isEqualTo(new Sequence(QualifiedName.of("app", "counter"),
                "smallint", 40, -2, -100, 50, 5, true, new ColumnRef(QualifiedName.of("app", "t"), "code"),
                "counts down"));
    }

    @Test
    void sequenceDefaults() {
        assertThat(sequence("app", "plain")).isEqualTo(new Sequence(QualifiedName.of("app", "plain"),
                "bigint", 1, 1, 1, Long.MAX_VALUE, 1, false, null, null));
    }

    @Test
    void serialSequenceIsOwnedByItsColumn() {
        Sequence serial = sequence("app", "t_id_seq");
        assertThat(serial.dataType()).isEqualTo("integer");
        assertThat(serial.maxValue()).isEqualTo(Integer.MAX_VALUE);
        assertThat(serial.ownedBy()).isEqualTo(new ColumnRef(QualifiedName.of("app", "t"), "id"));
    }

    @Test
    void enumLabelsFollowSortOrderNotCreationOrder() {
        assertThat(catalog.enums()).containsExactly(
                new EnumType(QualifiedName.of("app", "mood"), List.of("sad", "ok", "happy", "ecstatic"),
                        "how it feels"),
                new EnumType(QualifiedName.of("public", "empty_enum"), List.of(), null));
    }

    @Test
    void schemasWithComments() {
        assertThat(catalog.schemas()).extracting(Schema::name).containsExactly("app", "public");
        assertThat(catalog.schemasByName().get("app").comment()).isEqualTo("the application");
    }
}
