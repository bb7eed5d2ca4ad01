package org.dipanno.engine;

import java.util.List;

import org.dipanno.engine.internal.ConflictLog;

/**
 * What the engine proposes for one document: accepted entity proposals (non-overlapping, sorted by start), event
 * proposals, every resolved conflict, and the rules that were stopped.
 */
public record DocumentResult(String documentId, String text, List<EntityProposal> entities,
		List<EventProposal> events, List<Conflict> conflicts, List<RunProblem> problems) {

	public DocumentResult {
		entities = List.copyOf(entities);
		events = List.copyOf(events);
		// The engine's own log is read-only once the run is over, and builds its conflicts when they are read.
		conflicts = conflicts instanceof ConflictLog ? conflicts : List.copyOf(conflicts);
		problems = List.copyOf(problems);
	}

	public List<EntityProposal> entities(String type) {
		return entities.stream().filter(e -> e.type().equals(type)).toList();
	}

	public List<EventProposal> events(String type) {
		return events.stream().filter(e -> e.type().equals(type)).toList();
	}

	public Explanation explanation() {
		return new Explanation(this);
	}
}
