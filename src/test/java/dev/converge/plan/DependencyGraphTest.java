package dev.converge.plan;

import static dev.converge.diff.Build.qn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.converge.change.AddEnumValue;
import dev.converge.change.Change;
import dev.converge.change.ChangeSet;

class DependencyGraphTest {

    @Test
    void aCycleIsReportedWithItsPath() {
        List<Change> changes = List.of(
                new AddEnumValue(qn("public.e"), "x", "y", null),
                new AddEnumValue(qn("public.e"), "y", "x", null));
        assertThatThrownBy(() -> Planner.plan(new ChangeSet(changes)))
                .isInstanceOf(DependencyCycleException.class)
                .hasMessageContaining("in a cycle (each must run before the next): AddEnumValue public.e.y -> AddEnumValue public.e.x"
                        + " -> AddEnumValue public.e.y")
                .satisfies(e -> assertThat(((DependencyCycleException) e).cycle()).hasSize(3));
    }

    @Test
    void anEmptyChangeSetIsAnEmptyPlan() {
        assertThat(Planner.plan(ChangeSet.empty()).isEmpty()).isTrue();
    }
}
