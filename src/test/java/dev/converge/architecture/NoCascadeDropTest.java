package dev.converge.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * No statement the planner writes drops with CASCADE: PostgreSQL would then take objects Converge does not manage
 * (a view in another schema, an excluded trigger) along in silence, where a plain drop fails and
 * diff/UnmanagedDependents refuses the plan up front, naming them (docs/managed-objects.md). The one CASCADE
 * Converge writes revokes grant options (plan/GrantSql), which drops no object; a foreign key's referential action
 * ({@code ON DELETE CASCADE}, read by inspect/ConstraintRows) is no drop either.
 */
class NoCascadeDropTest {

    /** A Java string literal that holds the word CASCADE. */
    private static final Pattern CASCADE_LITERAL = Pattern.compile("\"[^\"\\n]*\\bCASCADE\\b[^\"\\n]*\"");

    @Test
    void onlyTheRevokeOfGrantOptionsWritesCascade() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/dev/converge"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher literal = CASCADE_LITERAL.matcher(Files.readString(file));
                while (literal.find()) {
                    found.add(file.getFileName() + ": " + literal.group());
                }
            }
        }
        assertThat(found).isNotEmpty().allMatch(line -> line.startsWith("GrantSql.java: ")
                || line.equals("ConstraintRows.java: \"CASCADE\""), "in GrantSql or a referential action");
    }
}
