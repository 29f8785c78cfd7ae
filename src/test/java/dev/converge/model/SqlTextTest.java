package dev.converge.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.converge.model.QualifiedName;

class SqlTextTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "orders|orders",
            "order_items_2|order_items_2",
            "a$b|a$b",
            "Orders|\"Orders\"",
            "order items|\"order items\"",
            "a\"b|\"a\"\"b\"",
            "user|\"user\"",
            "order|\"order\"",
            "select|\"select\"",
            "integer|\"integer\"",
            "left|\"left\"",
            "name|name",
            "comment|comment",
            "1abc|\"1abc\"",
            "_x|_x",
            "é|\"é\""})
    void quotesIdentifiersOnlyWhenNeeded(String name, String expected) {
        assertThat(SqlText.identifier(name)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "plain|'plain'",
            "it's|'it''s'",
            "back\\slash|'back\\slash'",
            "''|''''''"})
    void escapesLiterals(String text, String expected) {
        assertThat(SqlText.literal(text)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}.{1} -> {2}")
    @CsvSource(delimiter = '|', value = {
            "public|orders|public.orders",
            "My Schema|user|\"My Schema\".\"user\""})
    void qualifiesNames(String schema, String name, String expected) {
        assertThat(SqlText.qualified(QualifiedName.of(schema, name))).isEqualTo(expected);
    }

    @org.junit.jupiter.api.Test
    void parsesIdentifierTokensAsPostgresqlStoresThem() {
        org.assertj.core.api.Assertions.assertThat(SqlText.parseIdentifier("Orders")).isEqualTo("orders");
        org.assertj.core.api.Assertions.assertThat(SqlText.parseIdentifier("\"Mixed \"\"Q\"\"\""))
                .isEqualTo("Mixed \"Q\"");
        org.assertj.core.api.Assertions.assertThat(SqlText.parseIdentifier(SqlText.identifier("my table")))
                .isEqualTo("my table");
    }
}
