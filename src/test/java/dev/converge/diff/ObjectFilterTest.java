package dev.converge.diff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import dev.converge.model.QualifiedName;

/** Include/exclude patterns of converge.yaml: which qualified names Converge manages. */
class ObjectFilterTest {

    @ParameterizedTest(name = "include {0} exclude {1}: {2}.{3} kept={4}")
    @CsvSource(delimiter = '|', textBlock = """
                   |                        | public  | orders                | true
                   | flyway_schema_history  | public  | flyway_schema_history | false
                   | flyway_schema_history  | audit   | flyway_schema_history | false
                   | public.spatial_*       | public  | spatial_ref_sys       | false
                   | public.spatial_*       | gis     | spatial_ref_sys       | true
                   | *.tmp_?                | x       | tmp_1                 | false
                   | *.tmp_?                | x       | tmp_12                | true
            app.*  |                        | app     | orders                | true
            app.*  |                        | public  | orders                | false
            app.*  | app.legacy*            | app     | legacy_users          | false
            """)
    void keeps(String include, String exclude, String schema, String name, boolean kept) {
        ObjectFilter filter = new ObjectFilter(include == null ? List.of() : List.of(include),
                exclude == null ? List.of() : List.of(exclude));
        assertThat(filter.keeps(QualifiedName.of(schema, name))).isEqualTo(kept);
    }

    @Test
    void unmanagedDescriptionsAreJudgedByTheirQualifiedName() {
        ObjectFilter filter = new ObjectFilter(List.of(), List.of("public.legacy"));
        assertThat(filter.keepsDescribed("trigger t on public.legacy")).isFalse();
        assertThat(filter.keepsDescribed("partitioned table public.events")).isTrue();
        assertThat(filter.keepsDescribed("something without a name")).isTrue();
    }
}
