package dev.converge.app.migrate;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Liquibase: each migration is a formatted-SQL changelog {@code 0007_add_orders.sql} with one changeset per step
 * ({@code --changeset converge:0007_add_orders-1}), its reverse as {@code --rollback} lines, and
 * {@code runInTransaction:false} on a step PostgreSQL runs only outside a transaction. {@code changelog.yaml}, the
 * changelog to give Liquibase, includes the migrations in order; migrate diff adds each new one to it. Statements are
 * not split by Liquibase ({@code splitStatements:false}): PostgreSQL's driver runs the changeset as sent, so
 * dollar-quoted function bodies survive.
 */
final class LiquibaseLayout implements MigrationLayout {

    static final String CHANGELOG = "changelog.yaml";
    private static final Pattern FILE = Pattern.compile("(\\d+)_(.*)\\.sql");
    private static final Pattern CHANGESET = Pattern.compile("--\\s*changeset\\s+(\\S+)(.*)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ROLLBACK = Pattern.compile("--\\s*rollback\\s?(.*)", Pattern.CASE_INSENSITIVE);
    private static final Pattern INCLUDED = Pattern.compile("\\s*(?:-\\s*include:\\s*\\{\\s*)?file:\\s*([^,}\\s]+).*");

    @Override
    public List<Migration> read(MigrationDirectory directory, List<String> files) {
        List<String> changelogs = new ArrayList<>();
        for (String file : files) {
            if (!file.endsWith(".sql")) {
                continue;
            }
            if (!FILE.matcher(file).matches()) {
                throw new MigrationDirectoryException(directory.display(file) + ": not a migration name of this "
                        + "layout (<number>_<title>.sql, a formatted-SQL changelog); rename it, or move it out of "
                        + "the migration directory");
            }
            changelogs.add(file);
        }
        changelogs.sort(java.util.Comparator.comparing(f -> Version.parse(number(f))));
        checkIncluded(directory, files, changelogs);
        List<Migration> migrations = new ArrayList<>();
        for (String file : changelogs) {
            migrations.addAll(changesets(directory, file));
        }
        return migrations;
    }

    private static String number(String file) {
        Matcher m = FILE.matcher(file);
        if (!m.matches()) {
            throw new IllegalArgumentException(file);
        }
        return m.group(1);
    }

    /** changelog.yaml must include exactly the migration files, in order: it is what Liquibase runs. */
    private static void checkIncluded(MigrationDirectory directory, List<String> files, List<String> changelogs) {
        if (changelogs.isEmpty() && !files.contains(CHANGELOG)) {
            return;
        }
        if (!files.contains(CHANGELOG)) {
            throw new MigrationDirectoryException(directory.display(CHANGELOG) + " is missing: it is the changelog "
                    + "that includes the migrations in order for Liquibase");
        }
        List<String> included = directory.text(CHANGELOG).lines().map(INCLUDED::matcher).filter(Matcher::matches)
                .map(m -> m.group(1)).toList();
        if (!included.equals(changelogs)) {
            throw new MigrationDirectoryException(directory.display(CHANGELOG) + " includes " + included + " but "
                    + "the directory's migrations in version order are " + changelogs + "; make it include each "
                    + "migration file once, in version order");
        }
    }

    private static List<Migration> changesets(MigrationDirectory directory, String file) {
        List<String> lines = directory.text(file).lines().toList();
        List<Migration> migrations = new ArrayList<>();
        String id = null;
        boolean outside = false;
        int start = 0;
        StringBuilder up = new StringBuilder();
        StringBuilder down = new StringBuilder();
        for (int i = 0; i <= lines.size(); i++) {
            String line = i < lines.size() ? lines.get(i).strip() : null;
            Matcher changeset = line == null ? null : CHANGESET.matcher(line);
            if (line == null || changeset.matches()) {
                if (id != null) {
                    migrations.add(changeset(file, migrations.size() + 1, id, start, up, down, outside));
                }
                if (line == null) {
                    break;
                }
                id = changeset.group(1);
                outside = changeset.group(2).toLowerCase(Locale.ROOT).replace(" ", "")
                        .contains("runintransaction:false");
                start = i + 2;
                up = new StringBuilder();
                down = new StringBuilder();
                continue;
            }
            Matcher rollback = ROLLBACK.matcher(line);
            if (rollback.matches()) {
                down.append(rollback.group(1)).append('\n');
            } else {
                up.append(i < lines.size() ? lines.get(i) : "").append('\n');
            }
        }
        if (migrations.isEmpty()) {
            throw new MigrationDirectoryException(directory.display(file) + ": no --changeset line: not a "
                    + "Liquibase formatted-SQL changelog");
        }
        return migrations;
    }

    private static Migration changeset(String file, int index, String id, int start, StringBuilder up,
                                       StringBuilder down, boolean outside) {
        String rollback = down.toString().strip();
        MigrationScript undo = rollback.equalsIgnoreCase("empty") ? new MigrationScript(file, start, "", outside)
                : rollback.isEmpty() ? null : new MigrationScript(file, start, rollback, outside);
        return new Migration(Version.parse(number(file) + "." + index), "changeset " + id,
                new MigrationScript(file, start, up.toString(), outside), undo);
    }

    @Override
    public List<WrittenFile> write(MigrationDirectory directory, List<String> files, BigInteger major, String name,
                                   List<GeneratedStep> steps, String header) {
        int width = files.stream().map(FILE::matcher).filter(Matcher::matches).map(m -> m.group(1).length())
                .max(Integer::compare).orElse(4);
        String stem = String.format("%0" + width + "d", major) + "_" + name;
        StringBuilder out = new StringBuilder("--liquibase formatted sql\n\n").append(header);
        for (int i = 0; i < steps.size(); i++) {
            GeneratedStep step = steps.get(i);
            String id = "converge:" + stem + "-" + (i + 1);
            // A rollback that mixes a statement refused inside a transaction with others is split by Liquibase
            // and run statement by statement; any other is sent whole, so PostgreSQL runs it as one transaction.
            out.append("\n--changeset ").append(id).append(" splitStatements:false rollbackSplitStatements:")
                    .append(step.downMixed());
            if (step.upOutsideTransaction() || step.downOutsideTransaction()) {
                out.append(" runInTransaction:false");
            }
            out.append('\n').append(Headers.up(step, steps.size(), i).stripTrailing()).append('\n');
            out.append(MigrationSql.body(step.up()));
            out.append(Headers.down(step, "changeset " + id).stripTrailing()).append('\n');
            if (step.down().isEmpty()) {
                out.append("--rollback empty\n");
            }
            for (var statement : step.down()) {
                out.append(MigrationSql.comments(statement));
                MigrationSql.terminated(statement.sql()).lines()
                        .forEach(line -> out.append("--rollback ").append(line).append('\n'));
            }
        }
        String changelog = files.contains(CHANGELOG) ? directory.text(CHANGELOG)
                : "# The changelog to give Liquibase (liquibase update --changelog-file " + CHANGELOG + "):\n"
                  + "# the migrations of this directory in order; converge migrate diff adds each new one.\n"
                  + "databaseChangeLog:\n";
        changelog = (changelog.endsWith("\n") ? changelog : changelog + "\n")
                + "  - include: {file: " + stem + ".sql, relativeToChangelogFile: true}\n";
        return List.of(new WrittenFile(stem + ".sql", out.toString()), new WrittenFile(CHANGELOG, changelog));
    }

    @Override
    public boolean recognises(List<String> files) {
        return files.contains(CHANGELOG);
    }
}
