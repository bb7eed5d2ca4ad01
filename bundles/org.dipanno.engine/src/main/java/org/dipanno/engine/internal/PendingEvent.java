package org.dipanno.engine.internal;

/**
 * An event a rule's {@code CreateEvent} action matched in the current stage, built once the stage's mentions are
 * accepted ({@link EventBuilder}): the match's span and a copy of its captures.
 */
record PendingEvent(CompiledRule rule, int actionIndex, int start, int end, int[] captures) {
}
