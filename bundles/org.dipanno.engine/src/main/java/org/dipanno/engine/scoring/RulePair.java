package org.dipanno.engine.scoring;

/** How often spans of {@code rule} overlap, and contradict, spans of {@code other}. */
public record RulePair(String rule, String other, int overlaps, int conflicts) {
}
