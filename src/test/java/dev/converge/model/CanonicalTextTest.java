package dev.converge.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** Fingerprints are taken over canonical text: equal content, equal text; any change, another fingerprint. */
class CanonicalTextTest {

    private static Catalog catalog(String comment) {
        return Catalog.builder().schemas(List.of(new Schema("b", null), new Schema("a", comment))).build();
    }

    @Test
    void equalCatalogsHaveEqualFingerprintsAndAnyChangeShows() {
        assertThat(CatalogFingerprint.of(catalog("x"))).isEqualTo(CatalogFingerprint.of(catalog("x")))
                .matches("[0-9a-f]{64}");
        assertThat(CatalogFingerprint.of(catalog("y"))).isNotEqualTo(CatalogFingerprint.of(catalog("x")));
        assertThat(CatalogFingerprint.of(catalog(null))).isNotEqualTo(CatalogFingerprint.of(catalog("null")));
        assertThat(CanonicalText.of(new Schema("a", "say \"hi\"\n")))
                .isEqualTo("Schema{name=\"a\",comment=\"say \\\"hi\\\"\\n\"}");
    }

    @Test
    void unorderedCollectionsAreRefused() {
        record Holder(Set<String> names) {
        }
        assertThatThrownBy(() -> CanonicalText.of(new Holder(Set.of("a", "b"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unordered");
    }
}
