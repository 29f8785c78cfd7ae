package dev.converge.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.converge.testing.TestServer;

class DesiredStateCacheTest {

    private static final String SCHEMA = """
            CREATE SCHEMA app;
            CREATE TYPE app.mood AS ENUM ('ok', 'sad');
            CREATE SEQUENCE app.counter INCREMENT BY 5;
            CREATE TABLE app.people (
                id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                name text NOT NULL DEFAULT '',
                mood app.mood,
                tags text[] DEFAULT '{}',
                CONSTRAINT people_name_check CHECK (char_length(name) < 100)
            );
            CREATE TABLE app.pets (id int PRIMARY KEY, owner bigint REFERENCES app.people (id) ON DELETE CASCADE);
            CREATE INDEX pets_owner ON app.pets (owner) WHERE owner IS NOT NULL;
            CREATE VIEW app.named AS SELECT id, name FROM app.people WHERE name <> '';
            CREATE FUNCTION app.touch() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN RETURN NEW; END$$;
            CREATE TRIGGER people_touch BEFORE UPDATE ON app.people FOR EACH ROW EXECUTE FUNCTION app.touch();
            COMMENT ON TABLE app.people IS 'everyone';
            """;

    @TempDir
    Path cacheDir;
    @TempDir
    Path files;

    private DesiredState read(DesiredStateCache cache) {
        return new DesiredStateReader(Progress.SILENT, cache)
                .read(List.of(files), TestServer.admin(), Set.of(), Set.of("public"), List.of("public"));
    }

    private long entries() throws IOException {
        try (Stream<Path> list = Files.list(cacheDir)) {
            return list.filter(p -> p.toString().endsWith(".bin")).count();
        }
    }

    @Test
    void aSecondReadOfUnchangedFilesComesFromTheCacheAndEqualsTheLoadedState() throws IOException {
        Files.writeString(files.resolve("schema.sql"), SCHEMA);
        DesiredStateCache cache = new DesiredStateCache(cacheDir);

        DesiredState loaded = read(cache);
        assertThat(entries()).isEqualTo(1);
        DesiredState cached = read(cache);

        assertThat(cached.catalog()).isEqualTo(loaded.catalog());
        assertThat(cached.schemas()).isEqualTo(loaded.schemas());
        assertThat(cached.unmanagedObjects()).isEqualTo(loaded.unmanagedObjects());
        assertThat(loaded.catalog().tables()).hasSize(2);
        assertThat(entries()).isEqualTo(1);
    }

    @Test
    void changedFilesMissTheCacheAndAreLoadedAgain() throws IOException {
        Files.writeString(files.resolve("schema.sql"), SCHEMA);
        DesiredStateCache cache = new DesiredStateCache(cacheDir);
        read(cache);

        Files.writeString(files.resolve("schema.sql"), SCHEMA + "CREATE TABLE app.more (id int);\n");
        DesiredState changed = read(cache);

        assertThat(changed.catalog().tables()).extracting(t -> t.name().name()).contains("more");
        assertThat(entries()).isEqualTo(2);
    }

    @Test
    void aCorruptEntryIsAMissNotAnError() throws IOException {
        Files.writeString(files.resolve("schema.sql"), SCHEMA);
        DesiredStateCache cache = new DesiredStateCache(cacheDir);
        DesiredState loaded = read(cache);
        try (Stream<Path> list = Files.list(cacheDir)) {
            for (Path entry : list.toList()) {
                Files.write(entry, new byte[] {2, 0, 0, 0, 7});
            }
        }

        assertThat(read(cache).catalog()).isEqualTo(loaded.catalog());
    }
}
