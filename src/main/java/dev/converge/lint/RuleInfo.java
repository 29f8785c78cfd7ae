package dev.converge.lint;

/** A rule as a report lists it: its id, the severity it ran with, its one-line reason, and whether it reads a plan. */
public record RuleInfo(String id, Severity severity, String reason, boolean needsPlan) {
}
