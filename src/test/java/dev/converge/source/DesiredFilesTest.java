package dev.converge.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.converge.error.DesiredStateException;

class DesiredFilesTest {

    @TempDir
    Path dir;

    private Path write(String relative, String content) throws IOException {
        return write(relative, content.getBytes(StandardCharsets.UTF_8));
    }

    private Path write(String relative, byte[] content) throws IOException {
        Path file = dir.resolve(relative);
        Files.createDirectories(file.getParent());
        return Files.write(file, content);
    }

    private static List<String> names(List<SourceFile> files) {
        return files.stream().map(SourceFile::displayName).toList();
    }

    @Test
    void readsDirectoriesRecursivelyInPathOrderAndOnlySqlFiles() throws IOException {
        write("b.sql", "select 2;");
        write("a/z.sql", "select 1;");
        write("a/README.md", "not sql");
        write("a.sql", "select 0;");
        write("c/d/e.SQL", "select 3;");

        List<SourceFile> files = DesiredFiles.discover(List.of(dir));

        assertThat(names(files)).containsExactly(
                dir.resolve("a.sql").toString(), dir.resolve("a/z.sql").toString(),
                dir.resolve("b.sql").toString(), dir.resolve("c/d/e.SQL").toString());
        assertThat(files.get(1).content()).isEqualTo("select 1;");
        assertThat(files.get(1).path()).isEqualTo(dir.resolve("a/z.sql"));
    }

    @Test
    void explicitFileIsReadWhateverItsExtensionAndInTheOrderGiven() throws IOException {
        Path txt = write("schema.txt", "select 1;");
        Path sql = write("other.sql", "select 2;");

        assertThat(names(DesiredFiles.discover(List.of(txt, sql))))
                .containsExactly(txt.toString(), sql.toString());
    }

    @Test
    void aFileReachedTwiceIsReadOnce() throws IOException {
        Path sql = write("x/one.sql", "select 1;");

        assertThat(names(DesiredFiles.discover(List.of(sql, dir)))).containsExactly(sql.toString());
    }

    @Test
    void emptyFileHasNoStatements() throws IOException {
        Path empty = write("empty.sql", "");

        List<SourceFile> files = DesiredFiles.discover(List.of(empty));

        assertThat(files).hasSize(1);
        assertThat(SqlSplitter.split(files.get(0))).isEmpty();
    }

    @Test
    void byteOrderMarkIsDropped() throws IOException {
        Path bom = write("bom.sql", "\uFEFFselect 1;");

        assertThat(DesiredFiles.discover(List.of(bom)).get(0).content()).isEqualTo("select 1;");
    }

    @Test
    void missingPathIsAnError() {
        Path missing = dir.resolve("nope.sql");

        assertThatThrownBy(() -> DesiredFiles.discover(List.of(missing)))
                .isInstanceOf(DesiredStateException.class)
                .hasMessageStartingWith(missing + ": no such file or directory");
    }

    @Test
    void binaryFileIsAnError() throws IOException {
        Path binary = write("blob.sql", new byte[] {'s', 'e', 'l', '\n', 'x', 0, 1, 2});

        assertThatThrownBy(() -> DesiredFiles.discover(List.of(dir)))
                .isInstanceOf(DesiredStateException.class)
                .hasMessageStartingWith(binary + ":2:2: binary file");
    }

    @Test
    void invalidUtf8IsAnError() throws IOException {
        Path latin1 = write("latin1.sql", "select 'caf\u00e9';".getBytes(StandardCharsets.ISO_8859_1));

        assertThatThrownBy(() -> DesiredFiles.discover(List.of(latin1)))
                .isInstanceOf(DesiredStateException.class)
                .hasMessage(latin1 + ":1:12: not valid UTF-8 text (byte offset 11; save the file as UTF-8)");
    }
}
