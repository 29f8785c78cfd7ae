package dev.converge.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import dev.converge.error.DesiredStateException;

/**
 * The migration-versions INSERT that ends a Rails {@code structure.sql} is left out of the desired state; every
 * other INSERT, into that table too, stays an error.
 */
class RailsMigrationVersionsTest {

    private static List<SqlStatement> definitions(String sql) {
        return DefinitionsOnly.check(SqlSplitter.split(new SourceFile(Path.of("structure.sql"), "structure.sql", sql)));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "INSERT INTO \"schema_migrations\" (version) VALUES\n('20230101120000'),\n('20230215093000');",
        "INSERT INTO schema_migrations (version) VALUES ('20230101120000')",
        "insert into public.schema_migrations (\"version\") values ('1'), ('2')",
        "INSERT INTO \"app\".\"schema_migrations\" (version) VALUES -- the versions\n('20230101120000');"})
    void theRailsVersionsAreRecognised(String sql) {
        assertThat(RailsMigrationVersions.is(sql)).as(sql).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "INSERT INTO schema_migrations (version, name) VALUES ('1', 'x')",
        "INSERT INTO schema_migrations VALUES ('1')",
        "INSERT INTO schema_migrations (version) VALUES (1)",
        "INSERT INTO schema_migrations (version) SELECT '1'",
        "INSERT INTO schema_migrations (version) VALUES ('1') ON CONFLICT DO NOTHING",
        "INSERT INTO schema_migrations (version) VALUES ('1') RETURNING version",
        "INSERT INTO ar_internal_metadata (version) VALUES ('1')",
        "INSERT INTO \"Schema_Migrations\" (version) VALUES ('1')",
        "INSERT INTO a.b.schema_migrations (version) VALUES ('1')"})
    void otherInsertsAreNot(String sql) {
        assertThat(RailsMigrationVersions.is(sql)).as(sql).isFalse();
    }

    @Test
    void theStructureFileLoadsWithoutItsVersions() {
        List<SqlStatement> kept = definitions("""
                CREATE TABLE public.schema_migrations (version character varying NOT NULL);

                INSERT INTO "schema_migrations" (version) VALUES
                ('20230101120000'),
                ('20230215093000');

                """);
        assertThat(kept).extracting(SqlStatement::sql)
                .containsExactly("CREATE TABLE public.schema_migrations (version character varying NOT NULL)");
    }

    @Test
    void otherDataStaysAnError() {
        assertThatThrownBy(() -> definitions("""
                CREATE TABLE public.schema_migrations (version character varying NOT NULL);
                INSERT INTO ar_internal_metadata (key, value) VALUES ('environment', 'production');
                """)).isInstanceOf(DesiredStateException.class)
                .hasMessageContaining("structure.sql:2:1: INSERT changes data");
    }
}
