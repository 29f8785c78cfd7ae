package dev.converge.inspect;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A PostgreSQL 14 server has no pg_publication_namespace, prattrs or prqual: every catalog query, as sent to it,
 * names none of them (checked against a real 14 server by hand: `inspect` and `plan` of the shop example).
 */
class OlderCatalogsTest {

    @Test
    void noQuerySentToFourteenNamesWhatFifteenAdded() {
        for (CatalogQuery query : CatalogQuery.values()) {
            String sent = OlderCatalogs.adapt(query.sql(), 14);
            assertThat(sent).as(query.name()).doesNotContain("pg_publication_namespace").doesNotContain("prattrs")
                    .doesNotContain("prqual");
        }
    }

    @Test
    void fifteenAndLaterGetTheQueryAsWritten() {
        String sql = CatalogQuery.PUBLICATIONS.sql();
        assertThat(OlderCatalogs.adapt(sql, 15)).isSameAs(sql);
        assertThat(OlderCatalogs.adapt(sql, 18)).isSameAs(sql);
    }
}
