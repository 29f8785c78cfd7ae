package dev.converge.inspect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dev.converge.model.Catalog;
import dev.converge.model.CompositeType;
import dev.converge.model.CompositeType.Attribute;
import dev.converge.model.Domain;
import dev.converge.model.DomainConstraint;
import dev.converge.model.Extension;
import dev.converge.model.QualifiedName;

/** Domains, composite types and extensions as the catalog queries read them. */
class TypeInspectionTest {

    @Test
    void domainsWithEveryField() {
        Catalog catalog = Inspected.catalog("""
                CREATE SCHEMA s;
                CREATE TYPE s.color AS ENUM ('red');
                CREATE DOMAIN s.code AS varchar(10) COLLATE "C" DEFAULT 'A' NOT NULL
                    CONSTRAINT code_upper CHECK (VALUE = upper(VALUE)) CHECK (VALUE <> '');
                CREATE DOMAIN s.shade AS s.color;
                COMMENT ON DOMAIN s.shade IS 'a colour';
                """, Set.of("s"));
        assertThat(catalog.domains()).containsExactly(
                new Domain(QualifiedName.of("s", "code"), "character varying(10)", "'A'::character varying", true,
                        "pg_catalog.\"C\"", List.of(
                        new DomainConstraint("code_check", "CHECK (((VALUE)::text <> ''::text))"),
                        new DomainConstraint("code_upper",
                                "CHECK (((VALUE)::text = upper((VALUE)::text)))")), null),
                new Domain(QualifiedName.of("s", "shade"), "s.color", null, false, null, List.of(), "a colour"));
    }

    @Test
    void compositeTypesButNotTableRowTypes() {
        Catalog catalog = Inspected.catalog("""
                CREATE TYPE public.pair AS (a integer, "B" text COLLATE "C", c public.pair2[]);
                CREATE TYPE public.pair2 AS (x numeric(5,2));
                CREATE TABLE public.t (x int);
                COMMENT ON TYPE public.pair2 IS 'two';
                """.replace("public.pair2[]", "text[]"), Set.of("public"));
        assertThat(catalog.compositeTypes()).containsExactly(
                new CompositeType(QualifiedName.of("public", "pair"), List.of(
                        new Attribute("a", "integer", null),
                        new Attribute("B", "text", "pg_catalog.\"C\""),
                        new Attribute("c", "text[]", null)), null),
                new CompositeType(QualifiedName.of("public", "pair2"), List.of(
                        new Attribute("x", "numeric(5,2)", null)), "two"));
    }

    @Test
    void extensionsOfManagedSchemasWithOnlyAChosenComment() {
        Catalog catalog = Inspected.catalog("""
                CREATE SCHEMA ext;
                CREATE EXTENSION pg_trgm WITH SCHEMA ext;
                CREATE EXTENSION hstore VERSION '1.7';
                COMMENT ON EXTENSION hstore IS 'mine';
                CREATE EXTENSION citext;
                """, Set.of("ext"));
        assertThat(catalog.extensions()).containsExactly(new Extension("pg_trgm", "ext", "1.6", null));
        assertThat(Inspected.catalog("CREATE EXTENSION hstore VERSION '1.7'; COMMENT ON EXTENSION hstore IS 'mine';",
                Set.of("public")).extensions()).containsExactly(new Extension("hstore", "public", "1.7", "mine"));
    }
}
