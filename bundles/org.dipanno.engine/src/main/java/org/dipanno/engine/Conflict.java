package org.dipanno.engine;

/** A resolved conflict between two overlapping proposals: who won, who lost, and why. */
public record Conflict(Proposal winner, Proposal loser, ConflictReason reason, String explanation) {
}
