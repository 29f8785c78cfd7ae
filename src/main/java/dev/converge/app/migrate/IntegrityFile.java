package dev.converge.app.migrate;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code converge.sum}: a checksum of every file of the migration directory, written by {@code migrate diff} (and
 * {@code migrate hash}) like a lock file, so that a migration edited after it was written, one added or deleted by
 * hand, and a merge of two branches that each added a migration are caught before anything runs. The second line
 * is a checksum of all the others: two branches that each add a migration both change it, so git reports the merge
 * conflict (in the pull request, not in production).
 *
 * <pre>
 * # converge.sum: ...
 * h1:TOTAL
 * V1__init.sql h1:SHA256
 * </pre>
 */
public final class IntegrityFile {

    public static final String NAME = "converge.sum";
    private static final String COMMENT = "# " + NAME + ": checksums of this directory's migrations, written by "
            + "converge migrate diff; a changed line means an edited migration (see docs/migrations.md)";

    private IntegrityFile() {
    }

    /** The integrity file for the directory's files as they are now. */
    public static WrittenFile of(MigrationDirectory directory, List<String> files) {
        Map<String, String> sums = new LinkedHashMap<>();
        for (String file : files) {
            sums.put(file, hash(directory.bytes(file)));
        }
        return of(sums);
    }

    /** The integrity file after {@code written} are added to (or replace) the directory's files. */
    public static WrittenFile withWritten(MigrationDirectory directory, List<String> files, List<WrittenFile> written) {
        Map<String, String> sums = new java.util.TreeMap<>();
        for (String file : files) {
            sums.put(file, hash(directory.bytes(file)));
        }
        for (WrittenFile file : written) {
            sums.put(file.name(), hash(file.content().getBytes(StandardCharsets.UTF_8)));
        }
        return of(sums);
    }

    private static WrittenFile of(Map<String, String> sums) {
        List<String> lines = new ArrayList<>();
        new java.util.TreeMap<>(sums).forEach((file, sum) -> lines.add(file + " " + sum));
        StringBuilder content = new StringBuilder(COMMENT).append('\n').append(total(lines)).append('\n');
        lines.forEach(line -> content.append(line).append('\n'));
        return new WrittenFile(NAME, content.toString());
    }

    /**
     * @throws MigrationDirectoryException listing every file that was edited, added or deleted since the integrity
     *         file was written, or when it is missing from a directory with migrations, or itself broken
     */
    public static void verify(MigrationDirectory directory, List<String> files) {
        String sumName = directory.display(NAME);
        if (!directory.has(NAME)) {
            if (files.isEmpty()) {
                return;
            }
            throw new MigrationDirectoryException(sumName + " is missing, so nothing tells whether the "
                    + "migrations were edited since they were written; if they are right as they are, record them "
                    + "with: converge migrate hash --dir " + directory.path());
        }
        String text = directory.text(NAME);
        List<String> lines = new ArrayList<>(text.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).toList());
        if (lines.isEmpty() || !lines.get(0).startsWith("h1:") || lines.stream().anyMatch(l -> l.startsWith("<<<<<<<")
                || l.startsWith(">>>>>>>") || l.startsWith("======="))) {
            throw new MigrationDirectoryException(sumName + ": not a valid integrity file (a merge conflict left "
                    + "in it?); see the remedy for two migrations with the same version in docs/migrations.md, "
                    + "then: converge migrate hash --dir " + directory.path());
        }
        String total = lines.remove(0);
        if (!total.equals(total(lines))) {
            throw new MigrationDirectoryException(sumName + ": its lines do not match its total checksum: it was "
                    + "edited or merged by hand (two branches that each added a migration?); keep one branch's "
                    + "migrations, write yours again on top with converge migrate diff, and check that no two "
                    + "migrations share a version");
        }
        Map<String, String> recorded = new LinkedHashMap<>();
        for (String line : lines) {
            int space = line.lastIndexOf(' ');
            if (space <= 0) {
                throw new MigrationDirectoryException(sumName + ": malformed line '" + line + "'");
            }
            recorded.put(line.substring(0, space), line.substring(space + 1));
        }
        List<String> problems = new ArrayList<>();
        for (String file : files) {
            String sum = recorded.remove(file);
            if (sum == null) {
                problems.add(directory.display(file) + " is not in " + NAME + ": it was not written by converge "
                        + "migrate diff (or " + NAME + " was not committed with it)");
            } else if (!sum.equals(hash(directory.bytes(file)))) {
                problems.add(directory.display(file) + " was edited after it was written: a migration that may "
                        + "have run somewhere must not change; put the change in a new migration (converge migrate "
                        + "diff)");
            }
        }
        recorded.keySet().forEach(file -> problems.add(directory.display(file) + " is listed in " + NAME
                + " but missing: a migration that may have run somewhere must not disappear"));
        if (!problems.isEmpty()) {
            throw new MigrationDirectoryException("the migration directory changed since " + sumName + " was "
                    + "written:\n  " + String.join("\n  ", problems) + "\nIf every change is intended (no database "
                    + "ran the old files), record them with: converge migrate hash --dir " + directory.path());
        }
    }

    static String hash(byte[] bytes) {
        return "h1:" + Base64.getEncoder().encodeToString(sha256().digest(bytes));
    }

    private static String total(List<String> lines) {
        MessageDigest digest = sha256();
        for (String line : lines) {
            digest.update((line + "\n").getBytes(StandardCharsets.UTF_8));
        }
        return "h1:" + Base64.getEncoder().encodeToString(digest.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
