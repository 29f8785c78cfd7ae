package dev.converge.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

class SchemaPreparationTest {

    @Test
    void findsTheSchemasTheDesiredStateCreates() {
        SourceFile file = new SourceFile(Path.of("s.sql"), "s.sql", """
                CREATE SCHEMA billing;
                create schema if not exists "Mixed \"\"Q\"\"";
                CREATE SCHEMA Upper AUTHORIZATION bob;
                CREATE TABLE schema_like (id int);
                COMMENT ON SCHEMA other IS 'x';
                """);
        assertThat(SchemaPreparation.createdBy(SqlSplitter.split(file)))
                .containsExactly("Mixed \"Q\"", "billing", "upper");
    }
}
