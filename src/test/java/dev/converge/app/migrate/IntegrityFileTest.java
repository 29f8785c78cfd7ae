package dev.converge.app.migrate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.MergeResult;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.converge.connect.ConnectionSpec;
import dev.converge.diff.ObjectFilter;

/**
 * converge.sum: an edited, added or deleted migration is refused with the file named, and two branches that each
 * add a migration conflict in git (on the integrity file) and, merged anyway, are refused for sharing a version.
 */
class IntegrityFileTest {

    @TempDir
    Path dir;

    private static final ConnectionSpec UNUSED = new ConnectionSpec("localhost", 5432, "unused", "unused", null,
            Map.of());

    @Test
    void editedAddedAndDeletedMigrationsAreRefusedWithTheirNames() throws IOException {
        Files.writeString(dir.resolve("V1__init.sql"), "CREATE TABLE t (id int);\n");
        Files.writeString(dir.resolve("U1__init.sql"), "DROP TABLE t;\n");
        Files.writeString(dir.resolve("V2__more.sql"), "CREATE TABLE u (id int);\n");
        new MigrateHashWorkflow().hash(new MigrationDirectory(dir), "flyway");
        assertThat(read().migrations()).extracting(m -> m.version().text()).containsExactly("1", "2");

        Files.writeString(dir.resolve("V1__init.sql"), "CREATE TABLE t (id bigint);\n");
        assertThatThrownBy(this::read).isInstanceOf(MigrationDirectoryException.class)
                .hasMessageContaining("V1__init.sql was edited after it was written")
                .hasMessageContaining("converge migrate hash --dir " + dir);

        Files.writeString(dir.resolve("V1__init.sql"), "CREATE TABLE t (id int);\n");
        Files.writeString(dir.resolve("V3__by_hand.sql"), "CREATE TABLE w (id int);\n");
        Files.delete(dir.resolve("V2__more.sql"));
        assertThatThrownBy(this::read).isInstanceOf(MigrationDirectoryException.class)
                .hasMessageContaining("V3__by_hand.sql is not in converge.sum")
                .hasMessageContaining("V2__more.sql is listed in converge.sum but missing");

        Files.delete(dir.resolve("converge.sum"));
        assertThatThrownBy(this::read).hasMessageContaining("converge.sum is missing");
    }

    @Test
    void aFileThatFitsNoLayoutIsNamed() throws IOException {
        Files.writeString(dir.resolve("V1__init.sql"), "CREATE TABLE t (id int);\n");
        Files.writeString(dir.resolve("V2_typo.sql"), "CREATE TABLE u (id int);\n");
        assertThatThrownBy(() -> new MigrateHashWorkflow().hash(new MigrationDirectory(dir), "flyway"))
                .isInstanceOf(MigrationDirectoryException.class)
                .hasMessageContaining("V2_typo.sql: not a Flyway migration name");
    }

    /** Two branches each add version 2: git reports the conflict on converge.sum; merged anyway, it is refused. */
    @Test
    void twoBranchesThatEachAddAMigrationConflictInGitAndAreRefused() throws Exception {
        Path migrations = dir.resolve("migrations");
        try (Git git = Git.init().setDirectory(dir.toFile()).setInitialBranch("main").call()) {
            Files.createDirectories(migrations);
            Files.writeString(migrations.resolve("000001_init.up.sql"), "CREATE TABLE t (id int);\n");
            Files.writeString(migrations.resolve("000001_init.down.sql"), "DROP TABLE t;\n");
            hashAndCommit(git, migrations, "init");

            git.checkout().setCreateBranch(true).setName("alice").call();
            Files.writeString(migrations.resolve("000002_add_a.up.sql"), "ALTER TABLE t ADD COLUMN a int;\n");
            Files.writeString(migrations.resolve("000002_add_a.down.sql"), "ALTER TABLE t DROP COLUMN a;\n");
            hashAndCommit(git, migrations, "alice");

            git.checkout().setName("main").call();
            git.checkout().setCreateBranch(true).setName("bob").call();
            Files.writeString(migrations.resolve("000002_add_b.up.sql"), "ALTER TABLE t ADD COLUMN b int;\n");
            Files.writeString(migrations.resolve("000002_add_b.down.sql"), "ALTER TABLE t DROP COLUMN b;\n");
            hashAndCommit(git, migrations, "bob");

            MergeResult merge = git.merge().include(git.getRepository().resolve("alice")).call();
            assertThat(merge.getConflicts()).containsOnlyKeys("migrations/converge.sum");
        }
        assertThatThrownBy(() -> MigrationSet.read(request(migrations, "golang-migrate")))
                .isInstanceOf(MigrationDirectoryException.class)
                .hasMessageContaining("000002_add_a.up.sql and ").hasMessageContaining("000002_add_b.up.sql")
                .hasMessageContaining("both have version 000002: two branches each added a migration");

        // Resolved by renumbering one of them, the directory is accepted again once recorded.
        Files.move(migrations.resolve("000002_add_b.up.sql"), migrations.resolve("000003_add_b.up.sql"));
        Files.move(migrations.resolve("000002_add_b.down.sql"), migrations.resolve("000003_add_b.down.sql"));
        assertThatThrownBy(() -> MigrationSet.read(request(migrations, null)))
                .hasMessageContaining("converge.sum: not a valid integrity file");
        new MigrateHashWorkflow().hash(new MigrationDirectory(migrations), null);
        assertThat(MigrationSet.read(request(migrations, null)).nextMajor()).hasToString("4");
    }

    private static void hashAndCommit(Git git, Path migrations, String message) throws GitAPIException {
        new MigrateHashWorkflow().hash(new MigrationDirectory(migrations), "golang-migrate");
        git.add().addFilepattern(".").call();
        git.commit().setMessage(message).setAuthor("t", "t@example.com").setCommitter("t", "t@example.com")
                .setSign(false).call();
    }

    private MigrationSet read() {
        return MigrationSet.read(request(dir, "flyway"));
    }

    private static MigrateRequest request(Path directory, String format) {
        return new MigrateRequest(new MigrationDirectory(directory), format, List.of(), java.util.Set.of(), UNUSED,
                ObjectFilter.ALL, null);
    }
}
