package dev.converge.change;

import java.util.Objects;

import dev.converge.model.Trigger;

/** Drop a trigger from its table. */
public record DropTrigger(Trigger trigger) implements Change {

    public DropTrigger {
        Objects.requireNonNull(trigger, "trigger");
    }

    @Override
    public String sortName() {
        return trigger().table() + "." + trigger().name();
    }
}
