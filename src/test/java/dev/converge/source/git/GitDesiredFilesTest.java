package dev.converge.source.git;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.converge.error.DesiredStateException;
import dev.converge.source.DesiredFiles;
import dev.converge.source.SourceFile;
import dev.converge.source.config.ProjectConfig;
import dev.converge.source.config.ProjectConfigReader;

/** Desired-state files read from a git revision: what is chosen, in which order, under which name, and the errors. */
class GitDesiredFilesTest {

    @TempDir
    Path repo;

    @Test
    void tagBranchAndCommitReadThatRevisionInTheOrderOfTheFilesOnDisk() throws Exception {
        try (Git git = Git.init().setDirectory(repo.toFile()).setInitialBranch("main").call()) {
            write("schema/b.sql", "CREATE TABLE b (id int);");
            write("schema/a/z.sql", "CREATE TABLE z (id int);");
            write("schema/a.sql", "CREATE TABLE a (id int);");
            write("schema/app.yaml", "tables: {}\n");
            write("schema/notes.txt", "not a desired-state file");
            write("other/c.sql", "CREATE TABLE c (id int);");
            RevCommit first = commit(git, "v1");
            git.tag().setName("v1.4.0").setAnnotated(true).setMessage("release").call();
            write("schema/b.sql", "CREATE TABLE b (id bigint);");
            commit(git, "v2");

            List<SourceFile> onDisk = DesiredFiles.discover(List.of(repo.resolve("schema")));
            List<SourceFile> head = DesiredFiles.discover(List.of(Path.of("git:main:" + repo.resolve("schema"))));
            assertThat(head).extracting(SourceFile::displayName).containsExactly("git:main:schema/a.sql",
                    "git:main:schema/a/z.sql", "git:main:schema/app.yaml", "git:main:schema/b.sql");
            assertThat(head).extracting(SourceFile::content)
                    .containsExactlyElementsOf(onDisk.stream().map(SourceFile::content).toList());

            List<SourceFile> tagged = DesiredFiles.discover(List.of(Path.of("git:v1.4.0:" + repo.resolve("schema"))));
            assertThat(tagged).filteredOn(f -> f.displayName().endsWith("b.sql")).singleElement()
                    .extracting(SourceFile::content).isEqualTo("CREATE TABLE b (id int);");
            String abbreviated = first.getId().abbreviate(8).name();
            assertThat(DesiredFiles.discover(List.of(Path.of("git:" + abbreviated + ":" + repo.resolve("schema/b.sql")))))
                    .singleElement().satisfies(f -> {
                        assertThat(f.displayName()).isEqualTo("git:" + abbreviated + ":schema/b.sql");
                        assertThat(f.content()).isEqualTo("CREATE TABLE b (id int);");
                    });
        }
    }

    @Test
    void aDirectoryDeletedFromTheWorkTreeIsStillReadFromTheRevision() throws Exception {
        try (Git git = Git.init().setDirectory(repo.toFile()).setInitialBranch("main").call()) {
            write("db/schema/t.sql", "CREATE TABLE t (id int);");
            commit(git, "one");
            Files.delete(repo.resolve("db/schema/t.sql"));
            Files.delete(repo.resolve("db/schema"));
            Files.delete(repo.resolve("db"));
            assertThat(DesiredFiles.discover(List.of(Path.of("git:HEAD:" + repo.resolve("db/schema")))))
                    .extracting(SourceFile::displayName).containsExactly("git:HEAD:db/schema/t.sql");
        }
    }

    @Test
    void noRepositoryNoRevisionAndNoPathEachSaySo(@TempDir Path elsewhere) throws Exception {
        try (Git git = Git.init().setDirectory(repo.toFile()).setInitialBranch("main").call()) {
            write("schema/t.sql", "CREATE TABLE t (id int);");
            commit(git, "one");
        }
        assertThatThrownBy(() -> DesiredFiles.discover(List.of(Path.of("git:v9:" + repo.resolve("schema")))))
                .isInstanceOf(DesiredStateException.class)
                .hasMessageContaining("no revision 'v9'").hasMessageContaining("git:v9:");
        assertThatThrownBy(() -> DesiredFiles.discover(List.of(Path.of("git:main:" + repo.resolve("nope")))))
                .isInstanceOf(DesiredStateException.class)
                .hasMessageContaining("no file or directory 'nope' in revision main");
        assertThatThrownBy(() -> DesiredFiles.discover(List.of(Path.of("git:main:" + elsewhere))))
                .isInstanceOf(DesiredStateException.class).hasMessageContaining("not inside a git repository");
        assertThatThrownBy(() -> DesiredFiles.discover(List.of(Path.of("git::schema"))))
                .isInstanceOf(DesiredStateException.class).hasMessageContaining("no revision; write git:REV[:PATH]");
        assertThatThrownBy(() -> DesiredFiles.discover(List.of(Path.of("git:main^^^:" + repo))))
                .isInstanceOf(DesiredStateException.class).hasMessageContaining("main^^^");
    }

    @Test
    void invalidUtf8InARevisionIsNamedWithItsRevision() throws Exception {
        try (Git git = Git.init().setDirectory(repo.toFile()).setInitialBranch("main").call()) {
            Files.createDirectories(repo.resolve("schema"));
            Files.write(repo.resolve("schema/t.sql"), new byte[] {'S', 'E', (byte) 0xff});
            commit(git, "bad");
        }
        assertThatThrownBy(() -> DesiredFiles.discover(List.of(Path.of("git:main:" + repo.resolve("schema")))))
                .isInstanceOf(DesiredStateException.class).hasMessageStartingWith("git:main:schema/t.sql:1:3: not valid UTF-8");
    }

    @Test
    void theProjectFileResolvesPathAgainstItsOwnDirectory() {
        ProjectConfig config = ProjectConfigReader.parse(repo.resolve("converge.yaml"),
                "desired: [git:v1.4.0:schema, plain/]\n");
        assertThat(config.desired()).containsExactly(Path.of("git:v1.4.0:" + repo.resolve("schema")),
                repo.resolve("plain"));
        GitRevisionPath parsed = GitRevisionPath.parse(config.desired().get(0));
        assertThat(parsed.revision()).isEqualTo("v1.4.0");
        assertThat(parsed.location()).isEqualTo(repo.resolve("schema"));
    }

    private void write(String relative, String content) throws IOException {
        Path file = repo.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content, StandardCharsets.UTF_8);
    }

    private static RevCommit commit(Git git, String message) throws GitAPIException {
        git.add().addFilepattern(".").call();
        return git.commit().setMessage(message).setAuthor("t", "t@example.com").setCommitter("t", "t@example.com")
                .setSign(false).call();
    }
}
