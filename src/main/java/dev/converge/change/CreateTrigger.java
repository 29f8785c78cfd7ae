package dev.converge.change;

import java.util.Objects;

import dev.converge.model.Trigger;

/** Create a trigger from its {@code pg_get_triggerdef} text (and set its enabled state when not the default). */
public record CreateTrigger(Trigger trigger) implements Change {

    public CreateTrigger {
        Objects.requireNonNull(trigger, "trigger");
    }

    @Override
    public String sortName() {
        return trigger().table() + "." + trigger().name();
    }
}
