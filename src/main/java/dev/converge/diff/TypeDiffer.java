package dev.converge.diff;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

import dev.converge.change.AlterCompositeType;
import dev.converge.change.AlterDomain;
import dev.converge.change.Change;
import dev.converge.change.CommentTarget;
import dev.converge.change.CreateCompositeType;
import dev.converge.change.CreateDomain;
import dev.converge.change.DropCompositeType;
import dev.converge.change.DropDomain;
import dev.converge.change.SetComment;
import dev.converge.error.UnsupportedChangeException;
import dev.converge.model.Catalog;
import dev.converge.model.CompositeType.Attribute;
import dev.converge.model.CompositeType;
import dev.converge.model.Domain;
import dev.converge.model.QualifiedName;

/**
 * Domains and composite types: create, drop, alter in place, and drop + create when PostgreSQL cannot alter
 * (a domain's base type or collation; a composite type's attribute order). Drop + create is refused while table
 * columns that stay keep using the type, because DROP TYPE would take them with it.
 */
final class TypeDiffer {

    private TypeDiffer() {
    }

    static void diff(Catalog current, Catalog desired, List<Change> changes) {
        Pairs.match(current.domainsByName(), desired.domainsByName(),
                d -> changes.add(new DropDomain(d)),
                d -> createDomain(d, changes),
                (c, d) -> {
                    if (c.needsRecreate(d)) {
                        refuseWhileUsed(current, desired, d.name(), "domain", "its base type or collation changes ("
                                + describe(c) + " -> " + describe(d) + ")");
                        changes.add(new DropDomain(c));
                        createDomain(d, changes);
                        return;
                    }
                    if (!sameApartFromComment(c, d)) {
                        changes.add(new AlterDomain(c, d));
                    }
                    if (!Objects.equals(c.comment(), d.comment())) {
                        changes.add(new SetComment(CommentTarget.type(d.name()), d.comment()));
                    }
                });
        Pairs.match(current.compositeTypesByName(), desired.compositeTypesByName(),
                t -> changes.add(new DropCompositeType(t)),
                t -> createComposite(t, changes),
                (c, d) -> {
                    if (!c.attributes().equals(d.attributes())) {
                        if (alterable(c, d)) {
                            changes.add(new AlterCompositeType(c, d));
                        } else {
                            refuseWhileUsed(current, desired, d.name(), "composite type",
                                    "its attribute order changes (" + names(c) + " -> " + names(d) + ")");
                            changes.add(new DropCompositeType(c));
                            createComposite(d, changes);
                            return;
                        }
                    }
                    if (!Objects.equals(c.comment(), d.comment())) {
                        changes.add(new SetComment(CommentTarget.type(d.name()), d.comment()));
                    }
                });
    }

    private static void createDomain(Domain domain, List<Change> changes) {
        changes.add(new CreateDomain(domain));
        if (domain.comment() != null) {
            changes.add(new SetComment(CommentTarget.type(domain.name()), domain.comment()));
        }
    }

    private static void createComposite(CompositeType type, List<Change> changes) {
        changes.add(new CreateCompositeType(type));
        if (type.comment() != null) {
            changes.add(new SetComment(CommentTarget.type(type.name()), type.comment()));
        }
    }

    private static boolean sameApartFromComment(Domain c, Domain d) {
        return Objects.equals(c.defaultExpression(), d.defaultExpression()) && c.notNull() == d.notNull()
                && c.constraints().equals(d.constraints());
    }

    /**
     * ADD ATTRIBUTE only appends, so the desired attributes must be the kept ones in their current order followed
     * by the new ones.
     */
    static boolean alterable(CompositeType current, CompositeType desired) {
        List<String> have = current.attributes().stream().map(Attribute::name).toList();
        List<String> want = desired.attributes().stream().map(Attribute::name).toList();
        List<String> keptInCurrentOrder = have.stream().filter(want::contains).toList();
        return want.subList(0, Math.min(keptInCurrentOrder.size(), want.size())).equals(keptInCurrentOrder);
    }

    private static void refuseWhileUsed(Catalog current, Catalog desired, QualifiedName type, String kind,
                                        String why) {
        List<TypeUses.Use> uses = TypeUses.kept(current, desired, type);
        if (!uses.isEmpty()) {
            String columns = uses.stream().map(u -> u.table() + "." + u.current().name())
                    .collect(Collectors.joining(", "));
            throw new UnsupportedChangeException(kind + " " + type + ": must be dropped and created again because "
                    + why + ", but columns still use it (" + columns + "); change those columns to another type "
                    + "first, or migrate the type by hand");
        }
    }

    private static String describe(Domain domain) {
        return domain.collation() == null ? domain.baseType() : domain.baseType() + " COLLATE " + domain.collation();
    }

    private static String names(CompositeType type) {
        return type.attributes().stream().map(Attribute::name).collect(Collectors.joining(", "));
    }
}
