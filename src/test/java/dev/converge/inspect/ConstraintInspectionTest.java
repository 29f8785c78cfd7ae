package dev.converge.inspect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.converge.model.Catalog;
import dev.converge.model.Constraint;
import dev.converge.model.ConstraintKind;
import dev.converge.model.ForeignKey;
import dev.converge.model.QualifiedName;
import dev.converge.model.Table;

/** Primary key, unique, check, foreign key and exclusion constraints, with their structured fields. */
class ConstraintInspectionTest {

    private static Catalog catalog;

    @BeforeAll
    static void inspect() {
        catalog = Inspected.catalog("""
                CREATE SCHEMA other;
                CREATE TABLE other.ref (id int, code text, region int, PRIMARY KEY (id), UNIQUE (region, code));
                CREATE TABLE public.orders (
                    id int,
                    ref_id int,
                    region int,
                    code text,
                    amount numeric CONSTRAINT positive CHECK (amount > 0),
                    area circle,
                    CONSTRAINT orders_pk PRIMARY KEY (id),
                    CONSTRAINT orders_code_key UNIQUE (code, region) DEFERRABLE INITIALLY DEFERRED,
                    CONSTRAINT to_ref FOREIGN KEY (ref_id) REFERENCES other.ref (id)
                        ON UPDATE SET NULL ON DELETE CASCADE,
                    CONSTRAINT to_ref_code FOREIGN KEY (code, region) REFERENCES other.ref (code, region)
                        MATCH FULL ON DELETE SET DEFAULT DEFERRABLE INITIALLY DEFERRED,
                    CONSTRAINT no_overlap EXCLUDE USING gist (area WITH &&)
                );
                CREATE TABLE public.child (x int REFERENCES public.orders ON DELETE RESTRICT) INHERITS (public.orders);
                COMMENT ON CONSTRAINT positive ON public.orders IS 'must be positive';
                """, Set.of("public", "other"));
    }

    private static Constraint constraint(String table, String name) {
        return Inspected.table(catalog, "public", table).constraint(name).orElseThrow();
    }

    @Test
    void constraintsAreSortedByName() {
        assertThat(Inspected.table(catalog, "public", "orders").constraints()).extracting(Constraint::name)
                .containsExactly("no_overlap", "orders_code_key", "orders_pk", "positive", "to_ref", "to_ref_code");
    }

    @Test
    void primaryKey() {
        Constraint pk = Inspected.table(catalog, "public", "orders").primaryKey().orElseThrow();
        assertThat(pk.name()).isEqualTo("orders_pk");
        assertThat(pk.kind()).isEqualTo(ConstraintKind.PRIMARY_KEY);
        assertThat(pk.columns()).containsExactly("id");
        assertThat(pk.definition()).isEqualTo("PRIMARY KEY (id)");
        assertThat(pk.foreignKey()).isNull();
        assertThat(pk.deferrable()).isFalse();
    }

    @Test
    void uniqueKeepsColumnOrderAndDeferrability() {
        Constraint unique = constraint("orders", "orders_code_key");
        assertThat(unique.kind()).isEqualTo(ConstraintKind.UNIQUE);
        assertThat(unique.columns()).containsExactly("code", "region");
        assertThat(unique.definition()).isEqualTo("UNIQUE (code, region) DEFERRABLE INITIALLY DEFERRED");
        assertThat(unique.deferrable()).isTrue();
        assertThat(unique.initiallyDeferred()).isTrue();
    }

    @Test
    void checkWithComment() {
        Constraint check = constraint("orders", "positive");
        assertThat(check.kind()).isEqualTo(ConstraintKind.CHECK);
        assertThat(check.columns()).containsExactly("amount");
        assertThat(check.definition()).isEqualTo("CHECK ((amount > (0)::numeric))");
        assertThat(check.comment()).isEqualTo("must be positive");
        assertThat(constraint("orders", "orders_pk").comment()).isNull();
    }

    @Test
    void foreignKeyIntoAnotherSchemaWithActions() {
        Constraint fk = constraint("orders", "to_ref");
        assertThat(fk.kind()).isEqualTo(ConstraintKind.FOREIGN_KEY);
        assertThat(fk.columns()).containsExactly("ref_id");
        assertThat(fk.definition())
                .isEqualTo("FOREIGN KEY (ref_id) REFERENCES other.ref(id) ON UPDATE SET NULL ON DELETE CASCADE");
        assertThat(fk.foreignKey()).isEqualTo(new ForeignKey(QualifiedName.of("other", "ref"), List.of("id"),
                "SET NULL", "CASCADE", "SIMPLE"));
        assertThat(fk.deferrable()).isFalse();
    }

    @Test
    void foreignKeyMatchFullDeferrable() {
        Constraint fk = constraint("orders", "to_ref_code");
        assertThat(fk.columns()).containsExactly("code", "region");
        assertThat(fk.foreignKey()).isEqualTo(new ForeignKey(QualifiedName.of("other", "ref"),
                List.of("code", "region"), "NO ACTION", "SET DEFAULT", "FULL"));
        assertThat(fk.deferrable()).isTrue();
        assertThat(fk.initiallyDeferred()).isTrue();
        assertThat(fk.definition()).contains("MATCH FULL").endsWith("DEFERRABLE INITIALLY DEFERRED");
    }

    @Test
    void exclusionConstraint() {
        Constraint exclusion = constraint("orders", "no_overlap");
        assertThat(exclusion.kind()).isEqualTo(ConstraintKind.EXCLUSION);
        assertThat(exclusion.columns()).containsExactly("area");
        assertThat(exclusion.definition()).isEqualTo("EXCLUDE USING gist (area WITH &&)");
    }

    @Test
    void inheritedConstraintsAreNotRepeatedOnTheChild() {
        Table child = Inspected.table(catalog, "public", "child");
        assertThat(child.constraints()).extracting(Constraint::name).containsExactly("child_x_fkey");
        assertThat(child.constraints().get(0).foreignKey()).isEqualTo(new ForeignKey(
                QualifiedName.of("public", "orders"), List.of("id"), "NO ACTION", "RESTRICT", "SIMPLE"));
    }

    @ParameterizedTest
    @CsvSource({"a,NO ACTION", "r,RESTRICT", "c,CASCADE", "n,SET NULL", "d,SET DEFAULT"})
    void actionCodes(char code, String spelled) {
        assertThat(ConstraintRows.action(code)).isEqualTo(spelled);
    }

    @ParameterizedTest
    @CsvSource({"f,FULL", "p,PARTIAL", "s,SIMPLE"})
    void matchCodes(char code, String spelled) {
        assertThat(ConstraintRows.match(code)).isEqualTo(spelled);
    }
}
