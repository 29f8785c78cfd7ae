package dev.converge.fuzz;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;

/**
 * Schema pairs the fuzzer once failed on, kept as SQL under {@code src/test/resources/fuzz/NAME/} (current.sql,
 * seed.sql, desired.sql) so that they stay the same case whatever the generator becomes, each run through every
 * check of {@link SchemaPairCheck}. A case whose cause is another piece of work in progress is disabled with that
 * cause; enable it once the fix is in.
 */
class FuzzRegressionTest {

    private static FuzzRoles roles;

    @BeforeAll
    static void createRoles() {
        roles = new FuzzRoles();
    }

    @AfterAll
    static void dropRoles() {
        roles.close();
    }

    @Test
    void seed1PartitionIndexAttachedLater() throws Exception {
        check("seed_1");
    }

    @Test
    void seed3DuplicateUniqueConstraints() throws Exception {
        check("seed_3");
    }

    @Test
    @Disabled("issue 13: a check whose AND chain nests a BETWEEN prints differently after a second parse, so inspect "
            + "output never plans clean against its database, found by seeds 3, 7, 8 and 10")
    void seed7NestedAndCheck() throws Exception {
        check("seed_7");
    }

    @Test
    @Disabled("issue 13: a check with an IN list on a varchar column prints differently after a second parse, so "
            + "inspect output never plans clean against its database, found by seeds 11 and 18")
    void seed11VarcharInListCheck() throws Exception {
        check("seed_11");
    }

    @Test
    void seed25ColumnStorage() throws Exception {
        check("seed_25");
    }

    @Test
    void seed32IndexDropAfterRetype() throws Exception {
        check("seed_32");
    }

    @Test
    void seed36PartitionedUniqueConstraint() throws Exception {
        check("seed_36");
    }

    @Test
    void seed6869772467984346852PartitionIndexNames() throws Exception {
        check("seed_6869772467984346852");
    }

    @Test
    @Disabled("issue 13: a partition that apply adds to a parent with CHECK constraints: inspect output of the "
            + "result rebuilds the partition without one of the parent's checks (item 9, partitions), found by "
            + "seed 5056942407846189835")
    void seed5056942407846189835PartitionAddedByApply() throws Exception {
        check("seed_5056942407846189835");
    }

    @Test
    @Disabled("issue 13: two indexes of a partitioned table on the same column and a partition's own index on it: "
            + "inspect output does not plan clean (it renames a partition copy _idx to _idx1; cause not traced), "
            + "found by seed 2262442366897294708")
    void seed2262442366897294708PartitionIndexNamesSwapped() throws Exception {
        check("seed_2262442366897294708");
    }

    @Test
    @Disabled("issue 13: a partition that apply adds to a parent with two equal CHECK constraints (one NOT VALID): "
            + "inspect output of the result rebuilds the partition with only one of them (same class as seed "
            + "5056942407846189835), found by seed 3221861408409494268")
    void seed3221861408409494268PartitionEqualChecks() throws Exception {
        check("seed_3221861408409494268");
    }

    @Test
    @Disabled("issue 13: a partition's own index attached to its parent's index in both versions: after apply the "
            + "partition has a new copy of the parent's index instead (item 9, partitions), found by seed "
            + "7916526371121515923")
    void seed7916526371121515923PartitionOwnIndexReplaced() throws Exception {
        check("seed_7916526371121515923");
    }

    @Test
    @Disabled("issue 13: a column retyped while a trigger's WHEN clause names it: the trigger is not dropped and "
            + "created again around the type change (cannot alter type of a column used in a trigger definition)")
    void seed1014TriggerWhenOnRetypedColumn() throws Exception {
        check("seed_1014");
    }

    @Test
    @Disabled("issue 13: two parent indexes on one partition column (the seed_2262442366897294708 class): inspect "
            + "output wants to rename the partition's _idx to _idx1")
    void seed1016PartitionIndexNamesSwapped() throws Exception {
        check("seed_1016");
    }

    @Test
    @Disabled("plan ordering: a new view that reads a column another view gains by CREATE OR REPLACE VIEW is created "
            + "before that replace (column s.kind19 does not exist); views on views, found by seed 2011")
    void seed2011NewViewOnWidenedView() throws Exception {
        check("seed_2011");
    }

    @Test
    void seed2012UniqueIndexOnInheritanceParent() throws Exception {
        check("seed_2012");
    }

    @Test
    @Disabled("plan ordering: a child detached (NO INHERIT) while its parent's CHECK is dropped: the parent's DROP "
            + "CONSTRAINT runs first and takes the child's inherited copy, then the child's DROP CONSTRAINT of it "
            + "fails (does not exist); found by seeds 2024, 2044, 2074 (KnownGaps.DETACH_WITH_PARENT_CHECK_DROPPED)")
    void seed2024DetachWhileParentCheckDropped() throws Exception {
        check("seed_2024");
    }

    @Test
    @Disabled("inspect of the current version does not load back into the dev database: Audit/privileges.sql:4 "
            + "(GRANT EXECUTE ON FUNCTION \"Audit\".pick12() TO <run owner role> WITH GRANT OPTION) fails with role "
            + "does not exist although the run's roles exist (reproduced with -Dfuzz.seeds=2032), then a comment on an "
            + "index and a trigger's function fail after it; cause not traced, found by seed 2032")
    void seed2032InspectNamesMissingRole() throws Exception {
        check("seed_2032");
    }

    private static void check(String name) throws Exception {
        Path directory = Path.of(FuzzRegressionTest.class.getResource("/fuzz/" + name).toURI());
        Path work = Path.of("target", "fuzz-work", name);
        new SchemaPairCheck(FuzzCase.load(directory, roles.names), roles.names, work).run();
        FuzzFiles.delete(work);
    }
}
