package dev.converge.app;

/** A target with the label that names it in progress lines and the summary table of a multi-target run. */
public record NamedTarget(String name, Target target) {
}
