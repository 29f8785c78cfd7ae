package dev.converge.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dev.converge.change.DefaultPrivilegeScope;
import dev.converge.model.DefinedKind;
import dev.converge.model.DefinedObject;
import dev.converge.model.ObjectKind;
import dev.converge.model.ObjectRef;
import dev.converge.model.QualifiedName;
import dev.converge.plan.Subject.Kind;

/** The typed subject of a statement: its labels (the JSON plan's objectKind) and names, and reading them back. */
class SubjectTest {

    private static final QualifiedName T = QualifiedName.of("public", "orders");

    @Test
    void everyLabelReadsBackAsItsKind() {
        Set<String> labels = new HashSet<>();
        for (Kind kind : Kind.values()) {
            if (kind == Kind.DEFINED) {
                continue;
            }
            Subject subject = new Subject(kind, null, null, "x");
            assertThat(labels.add(subject.label())).as(subject.label()).isTrue();
            assertThat(Subject.fromLabel(subject.label(), "x")).contains(subject);
        }
        for (DefinedKind defined : DefinedKind.values()) {
            Subject subject = Subject.fromLabel(defined.label(), "x").orElseThrow();
            assertThat(subject.label()).isEqualTo(defined.label());
            // a view's trigger reads back as a trigger, the label both have
            assertThat(subject.kind()).isEqualTo(defined == DefinedKind.VIEW_TRIGGER ? Kind.TRIGGER : Kind.DEFINED);
        }
        assertThat(Subject.fromLabel("foreign key", "x")).isEmpty();
    }

    @Test
    void labelsAreThoseOfTheJsonFormat() {
        assertThat(Subject.of(Kind.MATERIALIZED_VIEW, T).label()).isEqualTo("materialized view");
        assertThat(Subject.defaultPrivileges(new DefaultPrivilegeScope("o", "public", "TABLES", "r")).label())
                .isEqualTo("default privileges");
        assertThat(Subject.of(Kind.ENUM, T).label()).isEqualTo("enum");
        DefinedObject rule = new DefinedObject(DefinedKind.RULE, T, "r", "r ON public.orders",
                List.of("CREATE RULE r AS ON INSERT TO public.orders DO INSTEAD NOTHING"), null);
        assertThat(Subject.defined(rule).label()).isEqualTo("rule");
    }

    @Test
    void namesAreDerivedFromTheTypedParts() {
        assertThat(Subject.member(Kind.COLUMN, T, "total"))
                .extracting(Subject::name, Subject::object)
                .containsExactly("public.orders.total", ObjectRef.member(ObjectKind.COLUMN, T, "total"));
        assertThat(Subject.schema("shop").name()).isEqualTo("shop");
        assertThat(Subject.routine(Kind.PROCEDURE, T, "integer").name()).isEqualTo("public.orders(integer)");
        assertThat(Subject.privilege(ObjectRef.of(ObjectKind.MATERIALIZED_VIEW, T)).name())
                .isEqualTo("materialized view public.orders");
        DefinedObject statistics = new DefinedObject(DefinedKind.STATISTICS, T, null, "public.orders",
                List.of("CREATE STATISTICS public.orders ON a, b FROM public.t"), "c");
        Subject comment = Subject.comment(Subject.defined(statistics));
        assertThat(comment).extracting(Subject::kind, Subject::name, Subject::label)
                .containsExactly(Kind.COMMENT, "statistics public.orders", "comment");
        assertThat(comment.object()).isEqualTo(statistics.ref());
    }
}
