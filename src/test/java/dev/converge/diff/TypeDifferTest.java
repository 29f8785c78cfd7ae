package dev.converge.diff;

import static dev.converge.diff.Build.catalog;
import static dev.converge.diff.Build.qn;
import static dev.converge.diff.Build.table;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.converge.change.AlterCompositeType;
import dev.converge.change.AlterDomain;
import dev.converge.change.AlterExtension;
import dev.converge.change.Change;
import dev.converge.change.CreateCompositeType;
import dev.converge.change.CreateDomain;
import dev.converge.change.CreateExtension;
import dev.converge.change.DropCompositeType;
import dev.converge.change.DropDomain;
import dev.converge.change.DropExtension;
import dev.converge.error.UnsupportedChangeException;
import dev.converge.model.CompositeType.Attribute;
import dev.converge.model.CompositeType;
import dev.converge.model.Domain;
import dev.converge.model.DomainConstraint;
import dev.converge.model.Extension;

/** Domains, composite types and extensions: what the differ produces for each kind of difference. */
class TypeDifferTest {

    static Domain domain(String base, String defaultExpression, boolean notNull, DomainConstraint... checks) {
        return new Domain(qn("public.d"), base, defaultExpression, notNull, null, List.of(checks), null);
    }

    static CompositeType composite(String... nameTypePairs) {
        List<Attribute> attributes = new java.util.ArrayList<>();
        for (int i = 0; i < nameTypePairs.length; i += 2) {
            attributes.add(new Attribute(nameTypePairs[i], nameTypePairs[i + 1], null));
        }
        return new CompositeType(qn("public.c"), attributes, null);
    }

    @Test
    void domainDefaultNotNullAndChecksAlterInPlace() {
        Domain current = domain("integer", null, false);
        Domain desired = domain("integer", "1", true, new DomainConstraint("d_check", "CHECK ((VALUE > 0))"));
        List<Change> changes = Differ.diff(catalog().domain(current).build(), catalog().domain(desired).build())
                .changes();
        assertThat(changes).containsExactly(new AlterDomain(current, desired));
    }

    @Test
    void domainBaseTypeChangeIsDropAndCreateWhenNoColumnUsesIt() {
        Domain current = domain("integer", null, false);
        Domain desired = domain("bigint", null, false);
        assertThat(Differ.diff(catalog().domain(current).build(), catalog().domain(desired).build()).changes())
                .containsExactly(new DropDomain(current), new CreateDomain(desired));
    }

    @Test
    void domainBaseTypeChangeIsRefusedWhileAColumnKeepsUsingIt() {
        Domain current = domain("integer", null, false);
        Domain desired = domain("bigint", null, false);
        assertThatThrownBy(() -> Differ.diff(
                catalog().domain(current).table(table("public.t").col("x", "public.d")).build(),
                catalog().domain(desired).table(table("public.t").col("x", "public.d")).build()))
                .isInstanceOf(UnsupportedChangeException.class)
                .hasMessageContaining("domain public.d: must be dropped and created again")
                .hasMessageContaining("public.t.x");
    }

    @Test
    void compositeAttributesDroppedRetypedAndAppendedAlterInPlace() {
        CompositeType current = composite("a", "integer", "b", "text", "c", "text");
        CompositeType desired = composite("a", "bigint", "c", "text", "d", "date");
        assertThat(Differ.diff(catalog().compositeType(current).build(), catalog().compositeType(desired).build())
                .changes()).containsExactly(new AlterCompositeType(current, desired));
    }

    @Test
    void compositeAttributeReorderIsDropAndCreate() {
        CompositeType current = composite("a", "integer", "b", "text");
        CompositeType desired = composite("b", "text", "a", "integer");
        assertThat(TypeDiffer.alterable(current, desired)).isFalse();
        assertThat(TypeDiffer.alterable(current, composite("a", "integer", "x", "text", "b", "text"))).isFalse();
        assertThat(Differ.diff(catalog().compositeType(current).build(), catalog().compositeType(desired).build())
                .changes()).containsExactly(new DropCompositeType(current), new CreateCompositeType(desired));
    }

    @Test
    void extensionsCreatedDroppedAndUpdated() {
        Extension old = new Extension("hstore", "public", "1.7", null);
        Extension updated = new Extension("hstore", "public", "1.8", null);
        Extension trgm = new Extension("pg_trgm", "public", "1.6", null);
        Extension citext = new Extension("citext", "public", "1.6", null);
        assertThat(Differ.diff(catalog().extension(old).extension(citext).build(),
                catalog().extension(updated).extension(trgm).build()).changes())
                .containsExactly(new DropExtension(citext), new AlterExtension(old, updated),
                        new CreateExtension(trgm));
    }

    @Test
    void typeUsesMatchQuotedNamesAndArrays() {
        assertThat(TypeUses.names("public.d", qn("public.d"))).isTrue();
        assertThat(TypeUses.names("public.d[][]", qn("public.d"))).isTrue();
        assertThat(TypeUses.names("\"My Schema\".\"a.b\"", dev.converge.model.QualifiedName.of("My Schema", "a.b")))
                .isTrue();
        assertThat(TypeUses.names("public.dd", qn("public.d"))).isFalse();
    }
}
