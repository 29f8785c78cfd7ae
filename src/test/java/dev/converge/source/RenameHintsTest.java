package dev.converge.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import dev.converge.model.RenameHint;

class RenameHintsTest {

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("CREATE TABLE users ( -- @renamed from=user_accounts\n  id int\n);",
                        "TABLE null users null user_accounts"),
                Arguments.of("CREATE TABLE new_users /* @renamed from=old_users */ (\n id int);",
                        "TABLE null new_users null old_users"),
                Arguments.of("CREATE TABLE \"UserAccounts\" ( -- converge:renamed-from user_accounts\n id int);",
                        "TABLE null UserAccounts null user_accounts"),
                Arguments.of("CREATE TABLE app.t (\n  id int,\n  user_name text, -- @renamed from=username\n"
                        + "  email text\n);", "COLUMN app t user_name username"),
                Arguments.of("CREATE TABLE t (\n  id int,\n  \"NewName\" text -- @renamed from=\"OldName\"\n);",
                        "COLUMN null t NewName OldName"),
                Arguments.of("CREATE TABLE t (\n  id int,\n  -- converge:renamed-from old_col\n  new_col text\n);",
                        "COLUMN null t new_col old_col"),
                Arguments.of("CREATE TABLE t (\n  email text,\n  CONSTRAINT unique_email UNIQUE (email) "
                        + "-- @renamed from=old_unique_email\n);", "CONSTRAINT null t unique_email old_unique_email"),
                Arguments.of("CREATE INDEX new_idx /* @renamed from=old_idx */ ON test (id);",
                        "INDEX null new_idx null old_idx"),
                Arguments.of("CREATE TYPE myschema.item_status /* @renamed from=item_state */ AS ENUM ('a', 'b');",
                        "TYPE myschema item_status null item_state"),
                Arguments.of("CREATE TYPE order_status AS ENUM ( /* @renamed from=order_state */ 'pending');",
                        "TYPE null order_status null order_state"),
                Arguments.of("CREATE TYPE s AS ENUM (\n  'minor', -- @renamed from=low\n  'major'\n);",
                        "ENUM_VALUE null s minor low"),
                Arguments.of("CREATE TYPE s AS ENUM (\n  'waiting' /* @renamed from=pending */,\n  'done'\n);",
                        "ENUM_VALUE null s waiting pending"),
                Arguments.of("CREATE TABLE t (id int); -- no annotation here", ""));
    }

    @ParameterizedTest
    @MethodSource("cases")
    void findsTheAnnotatedObject(String sql, String expected) {
        SourceFile file = new SourceFile(Path.of("d.sql"), "d.sql", sql);
        List<RenameHint> hints = RenameHints.in(SqlSplitter.split(file));
        String actual = String.join(";", hints.stream().map(h -> h.target() + " " + h.schema() + " " + h.name()
                + " " + h.member() + " " + h.from()).toList());
        assertThat(actual).isEqualTo(expected);
        hints.forEach(h -> assertThat(h.location()).startsWith("d.sql:"));
    }
}
