package dev.converge.app.migrate;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * golang-migrate ({@code 000007_add_orders.up.sql} / {@code .down.sql}) and plain SQL ({@code 0007_add_orders.sql}
 * / {@code 0007_add_orders.down.sql}, for psql or any runner that applies files in order): one version per step.
 * golang-migrate's PostgreSQL driver sends a file as one multi-statement query, which PostgreSQL runs as one implicit
 * transaction, so a statement that cannot run in a transaction must be alone in its file: each such step gets a
 * version of its own, as for plain files (run with {@code psql -1 -f} unless the file says it runs outside a
 * transaction). The width of the version follows the directory's existing files.
 */
final class GolangMigrateLayout implements MigrationLayout {

    private final Pattern pattern;
    private final String upSuffix;
    private final String downSuffix;
    private final int defaultWidth;
    private final String tool;

    private GolangMigrateLayout(Pattern pattern, String upSuffix, String downSuffix, int defaultWidth, String tool) {
        this.pattern = pattern;
        this.upSuffix = upSuffix;
        this.downSuffix = downSuffix;
        this.defaultWidth = defaultWidth;
        this.tool = tool;
    }

    /** golang-migrate's own `migrate create -seq` writes 6 digits. */
    static GolangMigrateLayout golangMigrate() {
        return new GolangMigrateLayout(Pattern.compile("(\\d+)_(.*)\\.(up|down)\\.sql"), ".up.sql", ".down.sql", 6,
                "golang-migrate (<version>_<title>.up.sql and .down.sql)");
    }

    static GolangMigrateLayout plain() {
        return new GolangMigrateLayout(Pattern.compile("(\\d+)_(.*?)(\\.down)?\\.sql"), ".sql", ".down.sql", 4,
                "plain (<version>_<title>.sql and <version>_<title>.down.sql)");
    }

    @Override
    public List<Migration> read(MigrationDirectory directory, List<String> files) {
        Map<String, String> downs = new TreeMap<>();
        List<String[]> ups = new ArrayList<>();
        for (String file : files) {
            if (!file.endsWith(".sql")) {
                continue;
            }
            Matcher m = pattern.matcher(file);
            if (!m.matches()) {
                throw new MigrationDirectoryException(directory.display(file) + ": not a " + tool + " migration "
                        + "name; rename it, or move it out of the migration directory");
            }
            if (file.endsWith(downSuffix)) {
                downs.put(file.substring(0, file.length() - downSuffix.length()), file);
            } else {
                ups.add(new String[] {m.group(1), m.group(2), file});
            }
        }
        List<Migration> migrations = new ArrayList<>();
        for (String[] up : ups) {
            String stem = up[2].substring(0, up[2].length() - upSuffix.length());
            String down = downs.remove(stem);
            migrations.add(new Migration(Version.parse(up[0]), up[1], script(directory, up[2]),
                    down == null ? null : script(directory, down)));
        }
        if (!downs.isEmpty()) {
            throw new MigrationDirectoryException(directory.display(downs.values().iterator().next())
                    + ": a down migration without its up migration");
        }
        migrations.sort(java.util.Comparator.comparing(Migration::version));
        return migrations;
    }

    private static MigrationScript script(MigrationDirectory directory, String file) {
        return new MigrationScript(file, 1, directory.text(file), false);
    }

    @Override
    public List<WrittenFile> write(MigrationDirectory directory, List<String> files, BigInteger major, String name,
                                   List<GeneratedStep> steps, String header) {
        int width = files.stream().map(pattern::matcher).filter(Matcher::matches).map(m -> m.group(1).length())
                .max(Integer::compare).orElse(defaultWidth);
        List<WrittenFile> written = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            GeneratedStep step = steps.get(i);
            String version = String.format("%0" + width + "d", major.add(BigInteger.valueOf(i)));
            String stem = version + "_" + name + (i == 0 ? "" : "_step" + (i + 1));
            written.add(new WrittenFile(stem + upSuffix, header + Headers.up(step, steps.size(), i)
                    + MigrationSql.body(step.up())));
            written.add(new WrittenFile(stem + downSuffix, header + Headers.down(step, stem + upSuffix)
                    + MigrationSql.body(step.down())));
        }
        return written;
    }

    @Override
    public boolean recognises(List<String> files) {
        return files.stream().anyMatch(f -> pattern.matcher(f).matches()
                && (upSuffix.equals(".up.sql") == f.endsWith(".up.sql")));
    }
}
