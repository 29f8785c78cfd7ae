package dev.converge.inspect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.converge.model.Catalog;
import dev.converge.model.Index;
import dev.converge.model.QualifiedName;
import dev.converge.model.Table;

/** Indexes that do not back a constraint, with definition, method, key columns and predicate. */
class IndexInspectionTest {

    private static Catalog catalog;

    @BeforeAll
    static void inspect() {
        catalog = Inspected.catalog("""
                CREATE TABLE public.docs (
                    id int PRIMARY KEY,
                    slug text UNIQUE,
                    title text,
                    body jsonb,
                    rank int,
                    deleted boolean,
                    area circle,
                    EXCLUDE USING gist (area WITH &&)
                );
                CREATE UNIQUE INDEX docs_title_live ON public.docs (title) WHERE NOT deleted;
                CREATE INDEX docs_lower_title ON public.docs (lower(title), rank);
                CREATE INDEX docs_rank_desc ON public.docs (rank DESC NULLS LAST, title text_pattern_ops) INCLUDE (slug);
                CREATE INDEX docs_body ON public.docs USING gin (body);
                COMMENT ON INDEX public.docs_body IS 'json search';
                CREATE TABLE public.links (title text);
                -- The foreign key's conindid points at docs_title_all, which must still be listed on docs.
                CREATE UNIQUE INDEX docs_title_all ON public.docs (title);
                ALTER TABLE public.links ADD FOREIGN KEY (title) REFERENCES public.docs (title);
                """, Set.of("public"));
    }

    private static Index index(String name) {
        Table docs = Inspected.table(catalog, "public", "docs");
        return docs.indexes().stream().filter(i -> i.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no index " + name + " in " + docs.indexes()));
    }

    @Test
    void constraintIndexesAreNotListedButAForeignKeyTargetIs() {
        assertThat(Inspected.table(catalog, "public", "docs").indexes()).extracting(Index::name).containsExactly(
                "docs_body", "docs_lower_title", "docs_rank_desc", "docs_title_all", "docs_title_live");
        assertThat(Inspected.table(catalog, "public", "links").indexes()).isEmpty();
    }

    @Test
    void uniquePartialIndex() {
        Index live = index("docs_title_live");
        assertThat(live.unique()).isTrue();
        assertThat(live.method()).isEqualTo("btree");
        assertThat(live.columns()).containsExactly("title");
        assertThat(live.predicate()).isEqualTo("(NOT deleted)");
        assertThat(live.definition()).isEqualTo(
                "CREATE UNIQUE INDEX docs_title_live ON public.docs USING btree (title) WHERE (NOT deleted)");
        assertThat(live.table()).isEqualTo(QualifiedName.of("public", "docs"));
        assertThat(live.qualifiedName()).isEqualTo(QualifiedName.of("public", "docs_title_live"));
    }

    @Test
    void expressionIndexListsOnlyPlainColumns() {
        Index lower = index("docs_lower_title");
        assertThat(lower.unique()).isFalse();
        assertThat(lower.columns()).containsExactly("rank");
        assertThat(lower.predicate()).isNull();
        assertThat(lower.definition())
                .isEqualTo("CREATE INDEX docs_lower_title ON public.docs USING btree (lower(title), rank)");
    }

    @Test
    void includeColumnsAreNotKeyColumns() {
        Index rank = index("docs_rank_desc");
        assertThat(rank.columns()).containsExactly("rank", "title");
        assertThat(rank.definition()).isEqualTo("CREATE INDEX docs_rank_desc ON public.docs USING btree "
                + "(rank DESC NULLS LAST, title text_pattern_ops) INCLUDE (slug)");
    }

    @Test
    void ginIndexWithComment() {
        Index body = index("docs_body");
        assertThat(body.method()).isEqualTo("gin");
        assertThat(body.columns()).containsExactly("body");
        assertThat(body.comment()).isEqualTo("json search");
        assertThat(index("docs_rank_desc").comment()).isNull();
    }
}
