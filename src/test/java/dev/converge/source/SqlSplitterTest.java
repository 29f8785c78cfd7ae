package dev.converge.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import dev.converge.error.DesiredStateException;

class SqlSplitterTest {

    static SourceFile file(String content) {
        return new SourceFile(Path.of("schema/f.sql"), "schema/f.sql", content);
    }

    /** Each statement as {@code line:col|sql}. */
    static List<String> split(String content) {
        return SqlSplitter.split(file(content)).stream()
                .map(s -> s.line() + ":" + s.column() + "|" + s.sql())
                .toList();
    }

    static Stream<Arguments> statements() {
        return Stream.of(
                Arguments.of("two simple statements", "select 1; select 2;",
                        List.of("1:1|select 1", "1:11|select 2")),
                Arguments.of("semicolon in a string", "select 'a;b'; select 'it''s;';",
                        List.of("1:1|select 'a;b'", "1:15|select 'it''s;'")),
                Arguments.of("E string with backslash-escaped quote", "select E'\\';x'; select e'\\\\'; select 3",
                        List.of("1:1|select E'\\';x'", "1:17|select e'\\\\'", "1:31|select 3")),
                Arguments.of("backslash is literal in a standard string", "select 'a\\'; select 2",
                        List.of("1:1|select 'a\\'", "1:14|select 2")),
                Arguments.of("identifier ending in e is not an E string", "select type'x;y'; select 2",
                        List.of("1:1|select type'x;y'", "1:19|select 2")),
                Arguments.of("semicolon in a quoted identifier", "create table \"a;b\" (\"c\"\"d;\" int);",
                        List.of("1:1|create table \"a;b\" (\"c\"\"d;\" int)")),
                Arguments.of("empty dollar quote", "create function f() returns int as $$ select 1; $$ language sql;\nselect 2;",
                        List.of("1:1|create function f() returns int as $$ select 1; $$ language sql", "2:1|select 2")),
                Arguments.of("tagged dollar quote containing $$", "do $body$ begin perform $$;$$; end $body$; select 1",
                        List.of("1:1|do $body$ begin perform $$;$$; end $body$", "1:44|select 1")),
                Arguments.of("dollar tag with underscore and digit", "select $_x1$ ; $_x1$;",
                        List.of("1:1|select $_x1$ ; $_x1$")),
                Arguments.of("dollar inside an identifier is not a quote", "select a$b$c; select 2",
                        List.of("1:1|select a$b$c", "1:15|select 2")),
                Arguments.of("parameter is not a dollar quote", "prepare p as select $1; select 2",
                        List.of("1:1|prepare p as select $1", "1:25|select 2")),
                Arguments.of("line comment with ; and quotes", "-- it's; \"odd\n select 1; -- tail ; '\nselect 2",
                        List.of("2:2|select 1", "3:1|select 2")),
                Arguments.of("nested block comment", "/* a /* b; */ c; ' */ select 1; select /* ; */ 2;",
                        List.of("1:23|select 1", "1:33|select /* ; */ 2")),
                Arguments.of("final statement without semicolon", "select 1;\n\n  select 2\n",
                        List.of("1:1|select 1", "3:3|select 2")),
                Arguments.of("comment-only and empty pieces dropped", ";;\n-- only a comment\n/* and this */;\n",
                        List.of()),
                Arguments.of("empty file", "", List.of()),
                Arguments.of("tab counts as one column", "\t\tselect 1;", List.of("1:3|select 1")),
                Arguments.of("CRLF line ends", "select 1;\r\n\r\n select 2;", List.of("1:1|select 1", "3:2|select 2")),
                Arguments.of("transaction control dropped",
                        "BEGIN;\ncreate table t (a int);\nCOMMIT;\nstart transaction;\nend;\nrollback;\nabort;\ncommit work",
                        List.of("2:1|create table t (a int)")),
                Arguments.of("semicolon inside parentheses does not end", "select (1;2); select 3",
                        List.of("1:1|select (1;2)", "1:15|select 3")),
                Arguments.of("BEGIN ATOMIC body keeps its semicolons",
                        "create or replace function f() returns int language sql\nbegin atomic\n"
                                + "  select case when true then 1 end;\n  select 2;\nend;\nselect 3;",
                        List.of("1:1|create or replace function f() returns int language sql\nbegin atomic\n"
                                + "  select case when true then 1 end;\n  select 2;\nend", "6:1|select 3")),
                Arguments.of("pg_dump's restrict lines skipped",
                        "--\n-- PostgreSQL database dump\n--\n\n\\restrict aB3x9\n\nSET lock_timeout = 0;\n"
                                + "create table t (a int);\n\n\\unrestrict aB3x9\n",
                        List.of("7:1|SET lock_timeout = 0", "8:1|create table t (a int)")),
                Arguments.of("restrict without key, at the end of the file", "select 1;\\restrict",
                        List.of("1:1|select 1")),
                Arguments.of("non-ASCII characters count once", "select 'é𝄞'; select 2",
                        List.of("1:1|select 'é𝄞'", "1:14|select 2")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("statements")
    void splits(String description, String content, List<String> expected) {
        assertThat(split(content)).containsExactlyElementsOf(expected);
    }

    private static final String ONLY_RESTRICT =
            " (only pg_dump's \\restrict and \\unrestrict lines are accepted, and ignored)";

    static Stream<Arguments> errors() {
        return Stream.of(
                Arguments.of("select 1;\nselect 'abc;\nselect 2;",
                        "schema/f.sql:2:8: unterminated quoted string (started here)"),
                Arguments.of("select 1;\n  select E'\\';",
                        "schema/f.sql:2:10: unterminated quoted string (started here)"),
                Arguments.of("select \"abc;", "schema/f.sql:1:8: unterminated quoted identifier (started here)"),
                Arguments.of("create function f() returns int\n  as $body$ select 1; $$ language sql;",
                        "schema/f.sql:2:6: unterminated dollar-quoted string $body$ (started here)"),
                Arguments.of("select 1;\n/* a /* b */ c", "schema/f.sql:2:1: unterminated block comment (started here)"),
                Arguments.of("select 1;\n\\connect other\nselect 2;",
                        "schema/f.sql:2:1: psql meta-command \\connect is not SQL" + ONLY_RESTRICT),
                Arguments.of("select 1;\n  \\i other.sql",
                        "schema/f.sql:2:3: psql meta-command \\i is not SQL" + ONLY_RESTRICT),
                Arguments.of("\\restrictx k\nselect 1;",
                        "schema/f.sql:1:1: psql meta-command \\restrictx is not SQL" + ONLY_RESTRICT),
                Arguments.of("select 1\n\\unrestrict k\n;",
                        "schema/f.sql:2:1: psql meta-command \\unrestrict inside a statement"
                                + " (end the statement before it with a semicolon)"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("errors")
    void rejects(String content, String message) {
        assertThatThrownBy(() -> SqlSplitter.split(file(content)))
                .isInstanceOf(DesiredStateException.class)
                .hasMessage(message);
    }

    @Test
    void statementKnowsItsFileAndLocation() {
        SqlStatement s = SqlSplitter.split(file("\n\n   select x from y")).get(0);
        assertThat(s.file().displayName()).isEqualTo("schema/f.sql");
        assertThat(s.location()).isEqualTo("schema/f.sql:3:4");
        assertThat(s.location(8)).isEqualTo("schema/f.sql:3:11");
    }

    @Test
    void errorPositionMapsAcrossLines() {
        SqlStatement s = SqlSplitter.split(file("-- c\n  create table t (\n  a nosuch\n)")).get(0);
        int position = s.sql().indexOf("nosuch") + 1;
        assertThat(s.location(position)).isEqualTo("schema/f.sql:3:5");
        assertThat(s.location(10_000)).isEqualTo("schema/f.sql:4:2");
    }
}
