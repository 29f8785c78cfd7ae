package dev.converge.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class SqlTokensTest {

    @Test
    void editsOnlyTheCodeBetweenStringsAndComments() {
        String sql = "a.x || 'a.x' || $q$a.x$q$ || E'a.x\\'' -- a.x\n|| a.x /* a.x */";

        assertThat(SqlTokens.editOutsideStrings(sql, code -> code.replace("a.x", "b.y")))
                .isEqualTo("b.y || 'a.x' || $q$a.x$q$ || E'a.x\\'' -- a.x\n|| b.y /* a.x */");
        assertThat(SqlTokens.outsideStrings("p 'q' r")).containsExactly("p ", " r");
    }

    @Test
    void tokensKeepQuotesCommentsAndLines() {
        List<SqlTokens.Token> tokens = SqlTokens.of("a 'b''c'\n-- d\n\"E f\" $x$ g $x$ E'h\\'i' /* j /* k */ */ l");
        assertThat(tokens).extracting(SqlTokens.Token::kind).containsExactly(SqlTokens.Kind.WORD,
                SqlTokens.Kind.STRING, SqlTokens.Kind.COMMENT, SqlTokens.Kind.QUOTED, SqlTokens.Kind.STRING,
                SqlTokens.Kind.STRING, SqlTokens.Kind.COMMENT, SqlTokens.Kind.WORD);
        assertThat(tokens.get(1).stringValue()).isEqualTo("b'c");
        assertThat(tokens.get(3).identifier()).isEqualTo("E f");
        assertThat(tokens.get(3).line()).isEqualTo(3);
        assertThat(tokens.get(4).stringValue()).isEqualTo(" g ");
        assertThat(tokens.get(7).text()).isEqualTo("l");
    }

    @Test
    void qualifiedNamesOutsideLiteralsWithCalls() {
        assertThat(SqlTokens.qualifiedNames("(public.f(x) > 'public.g(1)'::\"My Schema\".\"T\"[]) AND a.b.c"))
                .containsExactly(new SqlTokens.NameUse(QualifiedName.of("public", "f"), true),
                        new SqlTokens.NameUse(QualifiedName.of("My Schema", "T"), false),
                        new SqlTokens.NameUse(QualifiedName.of("a", "b"), false));
    }

    @Test
    void operatorNamesInOperatorSyntax() {
        assertThat(SqlTokens.operatorNames("(x OPERATOR(app.<|) 10) AND y operator ( \"My Ops\" . =| ) z"
                + " OR a OPERATOR(<) b OR 'OPERATOR(s.<>)' = c"))
                .containsExactly(QualifiedName.of("app", "<|"), QualifiedName.of("My Ops", "=|"));
        assertThat(SqlTokens.operatorNames("EXCLUDE USING gist (r WITH OPERATOR(pg_catalog.&&))"))
                .containsExactly(QualifiedName.of("pg_catalog", "&&"));
    }

    @Test
    void parenthesesAndItems() {
        String def = "CREATE INDEX i ON public.t USING btree (a, lower((b)::text), (c || ',')) INCLUDE (d)";
        int open = def.indexOf('(');
        assertThat(SqlTokens.items(def, open)).containsExactly("a", "lower((b)::text)", "(c || ',')");
        assertThat(def.charAt(SqlTokens.closingParenthesis(def, open) + 1)).isEqualTo(' ');
        assertThat(SqlTokens.items("(a, (b", 0)).isEmpty();
        assertThat(SqlTokens.closingParenthesis("(a, ')' ", 0)).isEqualTo(-1);
    }

    @Test
    void namePartsOnlyOfDottedNames() {
        assertThat(SqlTokens.nameParts("public.\"A.b\"")).containsExactly("public", "A.b");
        assertThat(SqlTokens.nameParts("a b")).isEmpty();
        assertThat(SqlTokens.nameParts("a.")).isEmpty();
        assertThat(SqlTokens.nameParts("t_id_seq")).containsExactly("t_id_seq");
    }
}
