package dev.converge.plan;

import static dev.converge.diff.Build.catalog;
import static dev.converge.diff.Build.col;
import static dev.converge.diff.Build.enumType;
import static dev.converge.diff.Build.qn;
import static dev.converge.diff.Build.table;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.converge.diff.Build.CatalogBuilder;
import dev.converge.diff.Differ;
import dev.converge.model.CompositeType;
import dev.converge.model.Domain;
import dev.converge.model.DomainConstraint;
import dev.converge.model.Extension;

/** Plans for domains, composite types, enum rebuilds and extensions: SQL, order and hazards. */
class TypePlannerTest {

    private static final Domain POSITIVE = new Domain(qn("public.positive"), "integer", "1", true, null,
            List.of(new DomainConstraint("positive_check", "CHECK ((VALUE > 0))")), null);

    private static List<String> sql(CatalogBuilder current, CatalogBuilder desired) {
        return plan(current, desired).statements().stream().map(Statement::sql).toList();
    }

    private static Plan plan(CatalogBuilder current, CatalogBuilder desired) {
        return Planner.plan(Differ.diff(current.build(), desired.build()));
    }

    @Test
    void extensionThenDomainThenTableThatUsesIt() {
        CatalogBuilder desired = catalog().schema("public")
                .extension(new Extension("citext", "public", "1.6", null))
                .domain(new Domain(qn("public.email"), "public.citext", null, false, null, List.of(), null))
                .domain(POSITIVE)
                .table(table("public.t").col("e", "public.email").col("p", "public.positive"));
        assertThat(sql(catalog().schema("public"), desired)).containsExactly(
                "CREATE EXTENSION IF NOT EXISTS citext WITH SCHEMA public VERSION '1.6'",
                "CREATE DOMAIN public.email AS public.citext",
                "CREATE DOMAIN public.positive AS integer DEFAULT 1 NOT NULL CONSTRAINT positive_check"
                        + " CHECK ((VALUE > 0))",
                "CREATE TABLE public.t (\n    e public.email,\n    p public.positive\n)");
    }

    @Test
    void domainDroppedAfterTheTableAndExtensionLast() {
        CatalogBuilder current = catalog().schema("public")
                .extension(new Extension("citext", "public", "1.6", null))
                .domain(new Domain(qn("public.email"), "public.citext", null, false, null, List.of(), null))
                .table(table("public.t").col("e", "public.email"));
        assertThat(sql(current, catalog().schema("public"))).containsExactly(
                "DROP TABLE public.t", "DROP DOMAIN public.email", "DROP EXTENSION citext");
    }

    @Test
    void domainAlterDropsChangedConstraintsFirstAndAddsWithValidation() {
        Domain current = new Domain(POSITIVE.name(), "integer", "1", true, null,
                List.of(new DomainConstraint("positive_check", "CHECK ((VALUE > 0))")), null);
        Domain desired = new Domain(POSITIVE.name(), "integer", null, false, null,
                List.of(new DomainConstraint("positive_check", "CHECK ((VALUE >= 0))")), null);
        Plan plan = plan(catalog().domain(current), catalog().domain(desired));
        assertThat(plan.statements()).extracting(Statement::sql).containsExactly(
                "ALTER DOMAIN public.positive DROP CONSTRAINT positive_check",
                "ALTER DOMAIN public.positive DROP DEFAULT",
                "ALTER DOMAIN public.positive DROP NOT NULL",
                "ALTER DOMAIN public.positive ADD CONSTRAINT positive_check CHECK ((VALUE >= 0))");
        assertThat(plan.statements().get(3).hazards()).containsExactly(Hazard.VALIDATES_ROWS);
    }

    @Test
    void compositeTypeCreatedBeforeItsUserAndAltered() {
        CompositeType pair = new CompositeType(qn("public.pair"), List.of(
                new CompositeType.Attribute("a", "integer", null),
                new CompositeType.Attribute("b", "text", "pg_catalog.\"C\"")), null);
        assertThat(sql(catalog().schema("public"), catalog().schema("public").compositeType(pair)
                .table(table("public.t").col("p", "public.pair")))).containsExactly(
                "CREATE TYPE public.pair AS (a integer, b text COLLATE pg_catalog.\"C\")",
                "CREATE TABLE public.t (\n    p public.pair\n)");
        CompositeType changed = new CompositeType(pair.name(), List.of(
                new CompositeType.Attribute("a", "bigint", null),
                new CompositeType.Attribute("c", "date", null)), null);
        assertThat(sql(catalog().compositeType(pair), catalog().compositeType(changed))).containsExactly(
                "ALTER TYPE public.pair DROP ATTRIBUTE b",
                "ALTER TYPE public.pair ALTER ATTRIBUTE a TYPE bigint",
                "ALTER TYPE public.pair ADD ATTRIBUTE c date");
    }

    @Test
    void enumRebuildGuardsRenamesConvertsAndDropsInOneTransaction() {
        CatalogBuilder current = catalog().schema("public").enumType(enumType("public.mood", "happy", "sad", "ok"))
                .table(table("public.t").col(col("m", "public.mood").defaultExpr("'ok'::public.mood"))
                        .col("ms", "public.mood[]"));
        CatalogBuilder desired = catalog().schema("public").enumType(enumType("public.mood", "ok", "happy"))
                .table(table("public.t").col(col("m", "public.mood").defaultExpr("'ok'::public.mood"))
                        .col("ms", "public.mood[]"));
        Plan plan = plan(current, desired);
        assertThat(plan.statements()).extracting(Statement::sql).containsExactly(
                "DO $converge$ BEGIN IF EXISTS (SELECT 1 FROM public.t WHERE m::text IN ('sad')) THEN RAISE "
                        + "EXCEPTION USING MESSAGE = 'enum public.mood: table public.t column m still uses removed "
                        + "value(s) ''sad''; update those rows or keep the values in the desired state'; END IF; "
                        + "END $converge$",
                "DO $converge$ BEGIN IF EXISTS (SELECT 1 FROM public.t WHERE ms::text[] && ARRAY['sad']::text[])"
                        + " THEN RAISE EXCEPTION USING MESSAGE = 'enum public.mood: table public.t column ms still "
                        + "uses removed value(s) ''sad''; update those rows or keep the values in the desired "
                        + "state'; END IF; END $converge$",
                "ALTER TYPE public.mood RENAME TO mood__converge_old",
                "CREATE TYPE public.mood AS ENUM ('ok', 'happy')",
                "ALTER TABLE public.t ALTER COLUMN m DROP DEFAULT",
                "ALTER TABLE public.t ALTER COLUMN m TYPE public.mood USING m::text::public.mood",
                "ALTER TABLE public.t ALTER COLUMN m SET DEFAULT 'ok'::public.mood",
                "ALTER TABLE public.t ALTER COLUMN ms TYPE public.mood[] USING ms::text[]::public.mood[]",
                "DROP TYPE public.mood__converge_old");
        assertThat(plan.statements()).allMatch(Statement::transactional);
        assertThat(plan.statements().get(5).hazards())
                .containsExactlyInAnyOrder(Hazard.TABLE_REWRITE, Hazard.ACCESS_EXCLUSIVE_LOCK);
    }

    @Test
    void enumRebuildRunsAfterDroppedUsersAndBeforeNewOnes() {
        CatalogBuilder current = catalog().schema("public").enumType(enumType("public.mood", "a", "b"))
                .table(table("public.old").col("m", "public.mood"));
        CatalogBuilder desired = catalog().schema("public").enumType(enumType("public.mood", "b", "a"))
                .table(table("public.fresh").col("m", "public.mood"));
        assertThat(sql(current, desired)).containsExactly(
                "DROP TABLE public.old",
                "ALTER TYPE public.mood RENAME TO mood__converge_old",
                "CREATE TYPE public.mood AS ENUM ('b', 'a')",
                "DROP TYPE public.mood__converge_old",
                "CREATE TABLE public.fresh (\n    m public.mood\n)");
    }

    @Test
    void extensionUpdateAndOldNameFitsSixtyThreeBytes() {
        assertThat(sql(catalog().extension(new Extension("hstore", "public", "1.7", null)),
                catalog().extension(new Extension("hstore", "public", "1.8", "mine")))).containsExactly(
                "ALTER EXTENSION hstore UPDATE TO '1.8'", "COMMENT ON EXTENSION hstore IS 'mine'");
        assertThat(EnumRebuildSql.oldName(qn("public." + "x".repeat(63))).name()).hasSize(63)
                .endsWith("__converge_old");
    }
}
