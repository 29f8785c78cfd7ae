package dev.converge.fuzz;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * One schema pair as SQL: the current version, the rows seeded into it, the desired version. Saved to a directory
 * ({@code current.sql}, {@code seed.sql}, {@code desired.sql}) with the run's role names written as
 * {@code ${role0}}, {@code ${role1}} (and {@code ${role2}}), so that a regression case loads again under another run's roles.
 */
record FuzzCase(String name, String current, String seed, String desired) {

    static FuzzCase of(SchemaPairGenerator.Pair pair) {
        return new FuzzCase("seed " + pair.seed(), pair.current().render(), Seeder.inserts(pair.current()),
                pair.desired().render());
    }

    void save(Path directory, List<String> roles) throws IOException {
        Files.createDirectories(directory);
        Files.writeString(directory.resolve("current.sql"), placeholders(current, roles));
        Files.writeString(directory.resolve("seed.sql"), placeholders(seed, roles));
        Files.writeString(directory.resolve("desired.sql"), placeholders(desired, roles));
    }

    static FuzzCase load(Path directory, List<String> roles) throws IOException {
        return new FuzzCase(directory.getFileName().toString(),
                roles(Files.readString(directory.resolve("current.sql")), roles),
                roles(Files.readString(directory.resolve("seed.sql")), roles),
                roles(Files.readString(directory.resolve("desired.sql")), roles));
    }

    private static String placeholders(String sql, List<String> roles) {
        String result = sql;
        for (int i = 0; i < roles.size(); i++) {
            result = result.replace(roles.get(i), "${role" + i + "}");
        }
        return result;
    }

    private static String roles(String sql, List<String> roles) {
        String result = sql;
        for (int i = 0; i < roles.size(); i++) {
            result = result.replace("${role" + i + "}", roles.get(i));
        }
        return result;
    }
}
