package dev.converge.plan;

import java.util.Locale;
import java.util.Optional;

/**
 * Where a statement belongs in an expand/contract deployment. EXPAND statements are those the application's
 * current code survives (new objects, nullable or defaulted columns, widened types, new indexes, constraints added
 * NOT VALID, grants); CONTRACT statements are the rest (drops, renames, narrowing, NOT NULL, validation, revokes),
 * run once the code no longer needs what they remove. {@link PhaseRules} decides; docs/safety.md lists the rules.
 */
public enum Phase {
    EXPAND,
    CONTRACT;

    /** The name in {@code --phase}, plan output and JSON: {@code expand}, {@code contract}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Phase> fromLabel(String label) {
        for (Phase phase : values()) {
            if (phase.label().equalsIgnoreCase(label.trim())) {
                return Optional.of(phase);
            }
        }
        return Optional.empty();
    }
}
