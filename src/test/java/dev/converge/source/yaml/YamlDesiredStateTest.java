package dev.converge.source.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.converge.error.DesiredStateException;
import dev.converge.model.RenameHint;
import dev.converge.source.RenameHints;
import dev.converge.source.SourceFile;
import dev.converge.source.SqlStatement;

/** The YAML mapping without a database: rendered SQL, and every error naming file, line, column and key. */
class YamlDesiredStateTest {

    static SourceFile file(String content) {
        return new SourceFile(Path.of("schema/app.yaml"), "schema/app.yaml", content);
    }

    static List<SqlStatement> render(String content) {
        return YamlDesiredState.statements(file(content));
    }

    static List<String> sql(String content) {
        return render(content).stream().map(SqlStatement::sql).toList();
    }

    @Test
    void rendersATableWithQuotedNamesAndItsStatements() {
        List<String> sql = sql("""
                schema: App
                tables:
                  - name: user
                    comment: It's people
                    columns:
                      - {name: id, type: integer, primary_key: true}
                      - {name: Group Name, type: text, nullable: false, default: "'x'"}
                      - {name: team_id, type: integer, references: teams}
                    indexes:
                      - {name: user_group, columns: [Group Name]}
                """);
        assertThat(sql).containsExactly(
                """
                CREATE TABLE "App"."user" (
                    id integer PRIMARY KEY,
                    "Group Name" text DEFAULT 'x' NOT NULL,
                    team_id integer
                )""",
                "CREATE INDEX user_group ON \"App\".\"user\" (\"Group Name\")",
                "ALTER TABLE \"App\".\"user\" ADD FOREIGN KEY (team_id) REFERENCES \"App\".teams",
                "COMMENT ON TABLE \"App\".\"user\" IS 'It''s people'");
    }

    @Test
    void withoutAFileSchemaNamesAreLeftToTheSearchPath() {
        assertThat(sql("enums:\n  - {name: mood, values: [sad, 'yes', no]}\n"))
                .containsExactly("CREATE TYPE mood AS ENUM (\n    'sad',\n    'yes',\n    'no'\n)");
    }

    @Test
    void partitionedTablesAndPartitionsRenderAsInAPlan() {
        assertThat(sql("""
                schema: app
                tables:
                  - {name: log, columns: [{name: at, type: timestamptz}], partition_by: RANGE (at)}
                  - name: log_2026
                    partition_of: {table: log, bound: "FOR VALUES FROM ('2026-01-01') TO ('2027-01-01')"}
                  - name: log_rest
                    partition_of: {table: log, schema: other, bound: DEFAULT}
                    constraints: [{name: at_set, check: at IS NOT NULL}]
                """)).containsExactly(
                "CREATE TABLE app.log (\n    at timestamptz\n) PARTITION BY RANGE (at)",
                "CREATE TABLE app.log_2026 PARTITION OF app.log FOR VALUES FROM ('2026-01-01') TO ('2027-01-01')",
                "CREATE TABLE app.log_rest PARTITION OF other.log (\n    CONSTRAINT at_set CHECK (at IS NOT NULL)\n)"
                        + " DEFAULT");
    }

    @Test
    void aPartitionsValidatedCheckCopiesAreValidatedAfterItsParentsNotValidCheck() {
        assertThat(sql("""
                schema: app
                tables:
                  - name: log_2026
                    partition_of: {table: log, bound: "FOR VALUES FROM (1) TO (2)"}
                    validated_checks: [at_set, "At Set"]
                  - name: log
                    columns: [{name: at, type: integer}]
                    partition_by: RANGE (at)
                    constraints: [{name: at_set, check: at IS NOT NULL, not_valid: true}]
                """)).containsExactly(
                "CREATE TABLE app.log_2026 PARTITION OF app.log FOR VALUES FROM (1) TO (2)",
                "CREATE TABLE app.log (\n    at integer\n) PARTITION BY RANGE (at)",
                "ALTER TABLE app.log_2026 VALIDATE CONSTRAINT at_set",
                "ALTER TABLE app.log_2026 VALIDATE CONSTRAINT \"At Set\"",
                "ALTER TABLE app.log ADD CONSTRAINT at_set CHECK (at IS NOT NULL) NOT VALID");
    }

    @Test
    void validatedChecksNeedAPartition() {
        assertThatThrownBy(() -> render("tables: [{name: t, validated_checks: [c]}]\n"))
                .isInstanceOf(DesiredStateException.class)
                .hasMessageContaining("table option \"validated_checks\" needs \"partition_of\"");
    }

    @Test
    void anEmptyFileHasNoStatements() {
        assertThat(render("# nothing yet\n")).isEmpty();
    }

    @Test
    void unknownKeyNamesFileLineColumnAndSuggestsTheKnownOne() {
        assertThatThrownBy(() -> render("""
                tables:
                  - name: t
                    columns:
                      - name: id
                        type: integer
                        nullable_: false
                """))
                .isInstanceOf(DesiredStateException.class)
                .hasMessage("schema/app.yaml:6:9: unknown column option \"nullable_\"; did you mean \"nullable\"?");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            tabels: []                                  | 1:1: unknown top-level key "tabels"; did you mean "tables"?
            tables: [{name: t, colums: []}]             | 1:20: unknown table option "colums"; did you mean "columns"?
            tables: [{name: t, whatever: 1}]            | 1:20: unknown table option "whatever"
            tables: [{name: t, columns: [{name: a}]}]   | 1:30: column needs "type"
            tables: [{name: t, columns: {a: int}}]      | 1:29: table option "columns" must be a list, not a mapping
            tables: [{name: t, unlogged: maybe}]        | 1:30: table option "unlogged" must be true or false, not "maybe"
            tables: [t]                                 | 1:10: a table must be a mapping (key: value lines), not "t"
            sequences: [{name: s, start: ten}]          | 1:30: sequence option "start" must be a whole number, not "ten"
            tables: [{name: t, constraints: [{check: a, unique: [a]}]}] | 1:35: constraint takes only one of "unique" and "check"
            tables: [{name: t, constraints: [{unique: [a], on_delete: cascade}]}] | 1:48: constraint option "on_delete" does not apply to unique constraints
            tables: [{name: t, policies: [{name: p, command: selct}]}] | 1:50: policy option "command" must be one of all, select, insert, update, delete, not "selct"; did you mean "select"?
            schemas: [{name: s, grants: [{to: x, privileges: [selec]}]}] | 1:51: unknown privilege "selec"; did you mean "select"?
            tables: [{name: t, columns: [{name: a, type: int, identity: always, default: '1'}]}] | 1:69: column option "default" cannot be used with "identity"
            """)
    void malformedNodesAreErrorsWithTheirPlace(String yaml, String message) {
        assertThatThrownBy(() -> render(yaml + "\n"))
                .isInstanceOf(DesiredStateException.class)
                .hasMessage("schema/app.yaml:" + message);
    }

    @Test
    void aDuplicateKeyIsAnError() {
        assertThatThrownBy(() -> render("""
                tables:
                  - name: t
                    columns: []
                    comment: one
                    columns: []
                """))
                .isInstanceOf(DesiredStateException.class)
                .hasMessage("schema/app.yaml:5:5: duplicate key \"columns\" in table (first at line 3)");
    }

    @Test
    void aFileMustBeAMapping() {
        assertThatThrownBy(() -> render("- tables\n"))
                .hasMessage("schema/app.yaml:1:1: a YAML desired-state file must be a mapping (key: value lines),"
                        + " not a list");
    }

    @Test
    void aDuplicateTopLevelKeyIsAnError() {
        assertThatThrownBy(() -> render("tables: []\ntables: []\n"))
                .hasMessage("schema/app.yaml:2:1: duplicate key \"tables\" in the file (first at line 1)");
    }

    @Test
    void invalidYamlNamesItsPlace() {
        assertThatThrownBy(() -> render("tables:\n  - name: t\n   columns: []\n"))
                .isInstanceOf(DesiredStateException.class)
                .hasMessageStartingWith("schema/app.yaml:3:")
                .hasMessageContaining("invalid YAML");
    }

    @Test
    void classTagsAreRefused() {
        // Safe loading: nodes are only composed, never constructed, and SnakeYAML refuses global tags outright.
        assertThatThrownBy(() -> render("enums:\n  - {name: e, values: [!!javax.script.ScriptEngineManager x]}\n"))
                .isInstanceOf(DesiredStateException.class)
                .hasMessage("schema/app.yaml:2:24: invalid YAML: Global tag is not allowed:"
                        + " tag:yaml.org,2002:javax.script.ScriptEngineManager");
    }

    @Test
    void aliasBombsAreBounded() {
        StringBuilder yaml = new StringBuilder("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
        for (int i = 1; i < 30; i++) {
            String prev = "*a" + (i - 1);
            yaml.append("a").append(i).append(": &a").append(i).append(" [")
                    .append(String.join(", ", java.util.Collections.nCopies(10, prev))).append("]\n");
        }
        assertThatThrownBy(() -> render(yaml.toString()))
                .isInstanceOf(DesiredStateException.class)
                .hasMessageContaining("schema/app.yaml")
                .hasMessageContaining("aliases");
    }

    @Test
    void hugeDocumentsAreRefused() {
        String huge = "sql: '" + "x".repeat(YamlFile.MAX_CODE_POINTS + 10) + "'\n";
        assertThatThrownBy(() -> render(huge))
                .isInstanceOf(DesiredStateException.class)
                .hasMessageStartingWith("schema/app.yaml: too large for a YAML desired-state file");
    }

    @Test
    void rawSqlKeepsTheLinesOfTheYamlFile() {
        List<SqlStatement> statements = render("""
                tables: []
                sql: |
                  CREATE TABLE t (id integer);

                  CREATE VIEW v AS
                    SELECT id
                    FROM t;
                """);
        assertThat(statements).extracting(SqlStatement::location)
                .containsExactly("schema/app.yaml:3:3", "schema/app.yaml:5:3");
        // "FROM" is on the third line of the second statement, file line 7, after the block's indentation.
        SqlStatement view = statements.get(1);
        int from = view.sql().indexOf("FROM") + 1;
        assertThat(view.location(from)).isEqualTo("schema/app.yaml:7:5");
    }

    @Test
    void rawSqlErrorsPointIntoTheYamlFile() {
        assertThatThrownBy(() -> render("sql: |\n  SELECT 1;\n  \\connect other\n"))
                .isInstanceOf(DesiredStateException.class)
                .hasMessageStartingWith("schema/app.yaml:3:3: ");
    }

    @Test
    void positionsInsideValuesMapToTheirColumn() {
        SqlStatement table = render("""
                tables:
                  - name: t
                    columns:
                      - name: id
                        type: intege
                """).get(0);
        int position = table.sql().indexOf("intege") + 1;
        assertThat(table.location(position)).isEqualTo("schema/app.yaml:5:15");
        assertThat(table.location()).isEqualTo("schema/app.yaml:2:5");
    }

    @Test
    void renamedFromBecomesARenameHint() {
        List<RenameHint> hints = RenameHints.in(render("""
                schema: app
                tables:
                  - name: clients
                    renamed_from: customers
                    columns:
                      - {name: id, type: integer}
                      - {name: full_name, type: text, renamed_from: name}
                    indexes:
                      - {name: clients_name_idx, columns: [full_name], renamed_from: customers_name_idx}
                enums:
                  - name: state
                    values: [new, {name: done, renamed_from: finished}]
                """));
        assertThat(hints).extracting(h -> h.target() + " " + h.name() + " " + h.member() + " " + h.from())
                .containsExactlyInAnyOrder("TABLE clients null customers", "COLUMN clients full_name name",
                        "INDEX clients_name_idx null customers_name_idx", "ENUM_VALUE state done finished");
    }

    /** Typed view columns make a placeholder first; a column default is an ALTER VIEW after the view. */
    @Test
    void viewColumnTypesMakeAPlaceholderAndDefaultsAreSetAfter() {
        assertThat(sql("""
                schema: App
                views:
                  - name: V
                    columns: [{name: id, type: integer, default: 0}, {name: Total, type: bigint, comment: c}]
                    query: SELECT id, app.total() AS "Total" FROM app.t;
                """)).containsExactly(
                "CREATE VIEW \"App\".\"V\" (id, \"Total\") AS\nSELECT NULL::integer, NULL::bigint",
                "CREATE OR REPLACE VIEW \"App\".\"V\" (id, \"Total\") AS\nSELECT id, app.total() AS \"Total\" FROM app.t",
                "ALTER VIEW \"App\".\"V\" ALTER COLUMN id SET DEFAULT 0",
                "COMMENT ON COLUMN \"App\".\"V\".\"Total\" IS 'c'");
    }

    @Test
    void aViewWithSomeColumnsTypedIsRefusedSayingWhatTypesAreFor() {
        assertThatThrownBy(() -> render("""
                views:
                  - name: v
                    columns: [{name: a, type: integer}, b]
                    query: SELECT 1 AS a, 2 AS b
                """)).isInstanceOf(DesiredStateException.class)
                .hasMessageContaining("schema/app.yaml:3").hasMessageContaining("give every column of view")
                .hasMessageContaining("placeholder");
    }
    /** A typed column's collation stays in its placeholder: replacing the view's query cannot change it. */
    @Test
    void aTypedViewColumnsCollationIsInItsPlaceholder() {
        assertThat(sql("""
                schema: app
                views:
                  - name: v
                    columns: [{name: id, type: integer}, {name: name, type: text, collation: C}]
                    query: SELECT id, name COLLATE "C" AS name FROM app.t
                """)).startsWith(
                "CREATE VIEW app.v (id, name) AS\nSELECT NULL::integer, NULL::text COLLATE \"C\"");
    }

    @Test
    void aViewColumnsCollationWithoutATypeIsRefusedSayingWhereItGoes() {
        assertThatThrownBy(() -> render("""
                views:
                  - name: v
                    columns: [{name: a, collation: C}]
                    query: SELECT 'x'::text COLLATE "C" AS a
                """)).isInstanceOf(DesiredStateException.class)
                .hasMessageContaining("schema/app.yaml:3").hasMessageContaining("collation goes with its type");
    }
}
