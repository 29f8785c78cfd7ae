package dev.converge.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Which statement creates which object, for reports that point at a definition. */
class DefinitionSitesTest {

    private static List<DefinitionSite> sites(String sql) {
        return DefinitionSites.in(SqlSplitter.split(new SourceFile(Path.of("s.sql"), "s.sql", sql)));
    }

    @Test
    void classifiesCreateStatementsByNamespace() {
        List<DefinitionSite> sites = sites("""
                CREATE SCHEMA IF NOT EXISTS billing;
                -- a comment
                CREATE UNLOGGED TABLE billing."Invoice" (id int);
                CREATE OR REPLACE VIEW v AS SELECT 1;
                CREATE MATERIALIZED VIEW billing.mv AS SELECT 1;
                CREATE TYPE mood AS ENUM ('a');
                CREATE DOMAIN billing.amount AS numeric;
                CREATE OR REPLACE FUNCTION billing.total(a int) RETURNS int LANGUAGE sql AS $$ SELECT a $$;
                CREATE EXTENSION IF NOT EXISTS citext;
                CREATE SEQUENCE s;
                CREATE INDEX ON billing."Invoice" (id);
                ALTER TABLE v ADD COLUMN x int;
                """);
        assertThat(sites).extracting(DefinitionSite::family, DefinitionSite::schema, DefinitionSite::name,
                DefinitionSite::line).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("schema", null, "billing", 1),
                        org.assertj.core.groups.Tuple.tuple("relation", "billing", "Invoice", 3),
                        org.assertj.core.groups.Tuple.tuple("relation", null, "v", 4),
                        org.assertj.core.groups.Tuple.tuple("relation", "billing", "mv", 5),
                        org.assertj.core.groups.Tuple.tuple("type", null, "mood", 6),
                        org.assertj.core.groups.Tuple.tuple("type", "billing", "amount", 7),
                        org.assertj.core.groups.Tuple.tuple("routine", "billing", "total", 8),
                        org.assertj.core.groups.Tuple.tuple("extension", null, "citext", 9),
                        org.assertj.core.groups.Tuple.tuple("relation", null, "s", 10));
        assertThat(sites.get(0).file()).isEqualTo("s.sql");
    }
}
