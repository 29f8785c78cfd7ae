package dev.converge.lint;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import dev.converge.app.LintWorkflow;
import dev.converge.app.Progress;
import dev.converge.app.Target;
import dev.converge.plan.Phase;
import dev.converge.testing.TestDatabase;

/**
 * The plan rules against a real target: for each, a schema whose change it must report and one whose change it
 * must not. All cases are one target and one desired state; {@code --phase expand} sees none of the contract
 * statements, where Converge puts the breaking changes.
 */
class LintPlanRulesTest {

    /** rule, current (target) and desired SQL of the positive case, then of the negative case; "S" is the schema. */
    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("breaking-drop",
                        "CREATE TABLE S.t (id bigint PRIMARY KEY, note text); CREATE TABLE S.old (id int);",
                        "CREATE TABLE S.t (id bigint PRIMARY KEY);",
                        "CREATE TABLE S.t (id bigint PRIMARY KEY);",
                        "CREATE TABLE S.t (id bigint PRIMARY KEY, note text);"),
                Arguments.of("breaking-rename",
                        "CREATE TABLE S.t (id bigint PRIMARY KEY, note text);",
                        "CREATE TABLE S.t (id bigint PRIMARY KEY,\n remark text -- converge:renamed-from note\n);",
                        "CREATE TABLE S.t (id bigint PRIMARY KEY, note text); CREATE INDEX t_note ON S.t (note);",
                        "CREATE TABLE S.t (id bigint PRIMARY KEY, note text);\n"
                                + "CREATE INDEX t_note_idx ON S.t (note); -- converge:renamed-from t_note"),
                Arguments.of("not-null-without-default",
                        "CREATE TABLE S.t (id bigint PRIMARY KEY, a int);",
                        "CREATE TABLE S.t (id bigint PRIMARY KEY, a int NOT NULL, b int NOT NULL);",
                        "CREATE TABLE S.t (id bigint PRIMARY KEY, a int);",
                        "CREATE TABLE S.t (id bigint PRIMARY KEY, a int DEFAULT 0 NOT NULL, b int DEFAULT 1 NOT NULL,"
                                + " c bigint GENERATED ALWAYS AS IDENTITY);"),
                Arguments.of("narrowing-type-change",
                        "CREATE TABLE S.t (id bigint PRIMARY KEY, code varchar(100), n bigint);",
                        "CREATE TABLE S.t (id bigint PRIMARY KEY, code varchar(10), n int);",
                        "CREATE TABLE S.t (id bigint PRIMARY KEY, code varchar(10), n int);",
                        "CREATE TABLE S.t (id bigint PRIMARY KEY, code varchar(100), n bigint);"),
                Arguments.of("lock-on-large-table",
                        "CREATE TABLE S.big (id bigint PRIMARY KEY, n int);"
                                + "INSERT INTO S.big SELECT g, g FROM generate_series(1, 50) g; ANALYZE S.big;",
                        "CREATE TABLE S.big (id bigint PRIMARY KEY, n bigint);",
                        "CREATE TABLE S.small (id bigint PRIMARY KEY, n int); INSERT INTO S.small VALUES (1, 1);"
                                + "ANALYZE S.small;",
                        "CREATE TABLE S.small (id bigint PRIMARY KEY, n bigint);"),
                Arguments.of("integer-primary-key",
                        "CREATE TABLE S.big (id int PRIMARY KEY); INSERT INTO S.big SELECT generate_series(1, 50);"
                                + "ANALYZE S.big;",
                        "CREATE TABLE S.big (id int PRIMARY KEY);",
                        "CREATE TABLE S.small (id int PRIMARY KEY); INSERT INTO S.small VALUES (1); ANALYZE S.small;",
                        "CREATE TABLE S.small (id int PRIMARY KEY);"));
    }

    @TempDir
    static Path dir;

    static TestDatabase db;
    static LintResult all;
    static LintResult expandOnly;

    @BeforeAll
    static void lintThePlan() throws IOException {
        StringBuilder current = new StringBuilder();
        StringBuilder desired = new StringBuilder();
        List<Arguments> list = cases().toList();
        for (int i = 0; i < list.size(); i++) {
            Object[] c = list.get(i).get();
            for (String side : List.of("p", "n")) {
                String schema = side + i;
                int offset = side.equals("p") ? 1 : 3;
                current.append("CREATE SCHEMA ").append(schema).append(";\n")
                        .append(((String) c[offset]).replace("S.", schema + ".")).append('\n');
                desired.append("CREATE SCHEMA ").append(schema).append(";\n")
                        .append(((String) c[offset + 1]).replace("S.", schema + ".")).append('\n');
            }
        }
        db = TestDatabase.withSql(current.toString());
        Files.writeString(dir.resolve("desired.sql"), desired);
        LintSettings settings = new LintSettings(Map.of(), Map.of(), 20, 1L << 30);
        Target target = new Target(db.spec(), List.of(dir), Set.of(), null);
        all = new LintWorkflow(Progress.SILENT).lintPlan(target, EnumSet.allOf(Phase.class), settings).result();
        expandOnly = new LintWorkflow(Progress.SILENT).lintPlan(target, EnumSet.of(Phase.EXPAND), settings).result();
    }

    @AfterAll
    static void dropTheTarget() {
        if (db != null) {
            db.close();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void findsWhatItMustAndNothingElse(String rule, String currentP, String desiredP, String currentN,
                                       String desiredN) {
        int index = cases().map(a -> (String) a.get()[0]).toList().indexOf(rule);
        assertThat(findings(all, rule, "p" + index)).as(rule + ": " + currentP + " -> " + desiredP).isNotEmpty();
        assertThat(findings(all, rule, "n" + index)).as(rule + ": " + currentN + " -> " + desiredN).isEmpty();
    }

    @Test
    void breakingChangesNameThePhaseAndTheObject() {
        assertThat(findings(all, "breaking-drop", "p0")).extracting(r -> r.finding().message())
                .containsExactlyInAnyOrder("the plan drops column p0.t.note (contract phase)",
                        "the plan drops table p0.old (contract phase)");
        assertThat(findings(all, "breaking-rename", "p1")).singleElement()
                .satisfies(r -> assertThat(r.finding().message()).contains("note to remark"))
                .satisfies(r -> assertThat(r.location()).isNotNull());
        assertThat(findings(all, "not-null-without-default", "p2")).hasSize(2);
        assertThat(findings(all, "narrowing-type-change", "p3")).hasSize(2);
        assertThat(findings(all, "lock-on-large-table", "p4")).singleElement()
                .satisfies(r -> assertThat(r.finding().message()).contains("table-rewrite", "p4.big", "~50 rows"));
    }

    @Test
    void theExpandPhaseHoldsNoBreakingChange() {
        for (String rule : List.of("breaking-drop", "breaking-rename", "not-null-without-default",
                "narrowing-type-change")) {
            assertThat(expandOnly.findings()).noneMatch(r -> r.rule().equals(rule));
        }
        assertThat(expandOnly.planChecked()).isTrue();
    }

    @Test
    void everyPlanRuleHasACase() {
        List<String> covered = cases().map(a -> (String) a.get()[0]).toList();
        assertThat(LintRules.ALL.stream().filter(LintRule::needsPlan).map(LintRule::id)).allMatch(covered::contains);
    }

    static List<Reported> findings(LintResult result, String rule, String schema) {
        return result.findings().stream().filter(r -> r.rule().equals(rule)
                && r.finding().subject().schema().equals(schema)).toList();
    }
}
