package dev.converge.app.migrate;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Flyway: {@code V7__add_orders.sql} with its undo {@code U7__add_orders.sql}. A step that PostgreSQL runs only
 * outside a transaction becomes a script of its own ({@code V7.1__add_orders_step2.sql}) with a script
 * configuration file {@code V7.1__add_orders_step2.sql.conf} saying {@code executeInTransaction=false}, so the
 * transactional steps keep their all-or-nothing transaction. Repeatable scripts ({@code R__name.sql}) replay after
 * the versioned ones, as Flyway runs them on an empty database. Undo scripts are a Flyway Teams feature; on the
 * community edition they are the tested recipe to run by hand (psql) in reverse version order.
 */
final class FlywayLayout implements MigrationLayout {

    private static final Pattern SCRIPT = Pattern.compile("(?:.*/)?([VUR])(\\d+(?:[._]\\d+)*)?__(.*)\\.sql");

    @Override
    public List<Migration> read(MigrationDirectory directory, List<String> files) {
        Map<String, String> undo = new HashMap<>();
        List<String[]> versioned = new ArrayList<>();
        List<String[]> repeatable = new ArrayList<>();
        for (String file : files) {
            if (!file.endsWith(".sql")) {
                continue;
            }
            Matcher m = SCRIPT.matcher(file);
            if (!m.matches() || (m.group(2) == null) != m.group(1).equals("R")) {
                throw new MigrationDirectoryException(directory.display(file) + ": not a Flyway migration name "
                        + "(V<version>__<description>.sql, U<version>__<description>.sql or R__<description>.sql); "
                        + "rename it, or move it out of the migration directory");
            }
            switch (m.group(1)) {
                case "V" -> versioned.add(new String[] {m.group(2), m.group(3), file});
                case "U" -> undo.put(normalised(m.group(2)), file);
                default -> repeatable.add(new String[] {"", m.group(3), file});
            }
        }
        List<Migration> migrations = new ArrayList<>();
        for (String[] v : versioned) {
            String undoFile = undo.remove(normalised(v[0]));
            migrations.add(new Migration(Version.parse(v[0]), v[1], script(directory, files, v[2]),
                    undoFile == null ? null : script(directory, files, undoFile)));
        }
        if (!undo.isEmpty()) {
            String orphan = undo.values().iterator().next();
            throw new MigrationDirectoryException(directory.display(orphan) + ": an undo script without its V "
                    + "script of the same version");
        }
        migrations.sort(Comparator.comparing(Migration::version));
        repeatable.sort(Comparator.comparing((String[] r) -> r[1]));
        for (String[] r : repeatable) {
            // After every versioned migration, in description order: how Flyway runs them on an empty database.
            migrations.add(new Migration(new Version(List.of(), "R"), r[1], script(directory, files, r[2]), null));
        }
        return migrations;
    }

    /** Flyway reads 7_1 as 7.1, and 7.0 as 7. */
    private static String normalised(String version) {
        List<BigInteger> parts = new ArrayList<>(Version.parse(version).parts());
        while (parts.size() > 1 && parts.get(parts.size() - 1).signum() == 0) {
            parts.remove(parts.size() - 1);
        }
        return parts.toString();
    }

    private static MigrationScript script(MigrationDirectory directory, List<String> files, String file) {
        boolean outside = files.contains(file + ".conf") && directory.text(file + ".conf").lines()
                .map(l -> l.replace(" ", "")).anyMatch(l -> l.equalsIgnoreCase("executeInTransaction=false"));
        return new MigrationScript(file, 1, directory.text(file), outside);
    }

    @Override
    public List<WrittenFile> write(MigrationDirectory directory, List<String> files, BigInteger major, String name,
                                   List<GeneratedStep> steps, String header) {
        List<WrittenFile> written = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            GeneratedStep step = steps.get(i);
            String version = major + (i == 0 ? "" : "." + i);
            String description = name + (i == 0 ? "" : "_step" + (i + 1));
            String up = "V" + version + "__" + description + ".sql";
            String down = "U" + version + "__" + description + ".sql";
            written.add(new WrittenFile(up, header + Headers.up(step, steps.size(), i)
                    + MigrationSql.body(step.up())));
            written.add(new WrittenFile(down, header + Headers.down(step, up) + MigrationSql.body(step.down())));
            if (step.upOutsideTransaction()) {
                written.add(new WrittenFile(up + ".conf", "executeInTransaction=false\n"));
            }
            if (step.downOutsideTransaction()) {
                written.add(new WrittenFile(down + ".conf", "executeInTransaction=false\n"));
            }
        }
        return written;
    }

    /** Flyway runs a script with executeInTransaction=false statement by statement, each in autocommit. */
    @Override
    public boolean mergesOutsideTransaction() {
        return true;
    }

    @Override
    public boolean recognises(List<String> files) {
        return files.stream().anyMatch(f -> f.endsWith(".sql") && SCRIPT.matcher(f).matches()
                && !f.contains("/") && (f.startsWith("V") || f.startsWith("R__")));
    }
}
