package org.dipanno.engine.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.dipanno.engine.Action.CreateEvent;
import org.dipanno.engine.Action.Direction;
import org.dipanno.engine.Action.RoleBinding;
import org.dipanno.engine.Conflict;
import org.dipanno.engine.EntityProposal;
import org.dipanno.engine.EventProposal;
import org.dipanno.engine.EventProposal.EventArgument;
import org.dipanno.engine.Rule;

/**
 * Builds a stage's events once its mentions are accepted: the trigger and role arguments of each pending event
 * (a captured span, or the nearest accepted mention of a type in the sentence), then resolves them against each
 * other and the events of earlier stages (an event loses to one of the same type whose trigger overlaps).
 */
final class EventBuilder {

	/** Priority, then length, then leftmost, then rule order, then action order, then type. */
	private static final Comparator<EventProposal> RESOLUTION_ORDER = (a, b) -> {
		if (a.priority() != b.priority()) {
			return a.priority() > b.priority() ? -1 : 1;
		}
		int la = a.endToken() - a.startToken();
		int lb = b.endToken() - b.startToken();
		if (la != lb) {
			return la > lb ? -1 : 1;
		}
		if (a.startToken() != b.startToken()) {
			return a.startToken() < b.startToken() ? -1 : 1;
		}
		if (a.ruleOrder() != b.ruleOrder()) {
			return a.ruleOrder() < b.ruleOrder() ? -1 : 1;
		}
		if (a.actionIndex() != b.actionIndex()) {
			return a.actionIndex() < b.actionIndex() ? -1 : 1;
		}
		return a.type().compareTo(b.type());
	};

	private final String documentId;
	private final TokenMatcher matcher;
	/** Per token, the accepted mention covering it, or null. */
	private final EntityProposal[] owner;
	private final ConflictLog conflicts;
	/** The events accepted so far, in the order they were accepted. */
	final List<EventProposal> events = new ArrayList<>();

	EventBuilder(String documentId, TokenMatcher matcher, EntityProposal[] owner, ConflictLog conflicts) {
		this.documentId = documentId;
		this.matcher = matcher;
		this.owner = owner;
		this.conflicts = conflicts;
	}

	/** Builds the stage's pending events and accepts those that clash with no event accepted before them. */
	void buildStage(List<PendingEvent> pending) {
		List<EventProposal> built = new ArrayList<>();
		for (PendingEvent event : pending) {
			EventProposal proposal = build(event);
			if (proposal != null) {
				built.add(proposal);
			}
		}
		built.sort(RESOLUTION_ORDER);
		List<EventProposal> stageAccepted = new ArrayList<>();
		for (EventProposal event : built) {
			EventProposal winner = null;
			for (EventProposal other : events) {
				if (winner == null && clashes(other, event)) {
					winner = other;
				}
			}
			for (EventProposal other : stageAccepted) {
				if (winner == null && clashes(other, event)) {
					winner = other;
				}
			}
			if (winner == null) {
				stageAccepted.add(event);
			} else {
				conflicts.record(Conflict.of(winner, event));
			}
		}
		events.addAll(stageAccepted);
	}

	/** The event with its arguments, or null when the trigger capture took no part in the match. */
	private EventProposal build(PendingEvent pending) {
		CompiledRule compiled = pending.rule();
		int a = pending.actionIndex();
		CreateEvent action = (CreateEvent) compiled.rule.actions().get(a);
		int[] captures = pending.captures();
		int trigger = compiled.actionCapture[a];
		int ts = captures[2 * trigger];
		int te = captures[2 * trigger + 1];
		if (ts < 0 || te <= ts) {
			return null;
		}
		List<EventArgument> arguments = new ArrayList<>();
		List<RoleBinding> roles = action.roles();
		int[] roleCaptures = compiled.roleCapture[a];
		int[] roleTypeIds = compiled.roleTypeIds[a];
		for (int k = 0; k < roles.size(); k++) {
			RoleBinding role = roles.get(k);
			if (roleCaptures[k] >= 0) {
				int c = roleCaptures[k];
				int s = captures[2 * c];
				int e = captures[2 * c + 1];
				if (s >= 0 && e > s) {
					EntityProposal mention = owner[s] != null && owner[s].startToken() == s
							&& owner[s].endToken() == e ? owner[s] : null;
					arguments.add(new EventArgument(role.role(), s, e, matcher.tokenStart(s), matcher.tokenEnd(e - 1),
							mention));
				}
			} else {
				EntityProposal nearest = nearest(roleTypeIds[k], role.direction(), ts, te);
				if (nearest != null) {
					arguments.add(new EventArgument(role.role(), nearest.startToken(), nearest.endToken(),
							nearest.start(), nearest.end(), nearest));
				}
			}
		}
		Rule rule = compiled.rule;
		return new EventProposal(documentId, action.type(), ts, te, matcher.tokenStart(ts), matcher.tokenEnd(te - 1),
				arguments, rule.provenance(), rule.priority(), rule.confidence(), compiled.stage, compiled.order, a);
	}

	/** Two events clash when they have the same type and overlapping triggers. */
	private static boolean clashes(EventProposal a, EventProposal b) {
		// Spans first: most events of a document are far apart, and that is two int comparisons.
		return a.startToken() < b.endToken() && b.startToken() < a.endToken() && a.type().equals(b.type());
	}

	/** The accepted mention of a type nearest to the trigger in its sentence, on the side(s) the role allows. */
	private EntityProposal nearest(int typeId, Direction direction, int triggerStart, int triggerEnd) {
		int sentence = matcher.sentenceOf(triggerStart);
		EntityProposal left = null;
		int leftDistance = Integer.MAX_VALUE;
		if (direction != Direction.AFTER) {
			for (int t = triggerStart - 1; t >= 0 && matcher.sentenceOf(t) == sentence; t--) {
				if (owner[t] != null && owner[t].typeId() == typeId) {
					left = owner[t];
					leftDistance = triggerStart - left.endToken();
					break;
				}
			}
		}
		EntityProposal right = null;
		int rightDistance = Integer.MAX_VALUE;
		if (direction != Direction.BEFORE) {
			for (int t = triggerEnd; t < matcher.tokenCount && matcher.sentenceOf(t) == sentence; t++) {
				if (owner[t] != null && owner[t].typeId() == typeId) {
					right = owner[t];
					rightDistance = right.startToken() - triggerEnd;
					break;
				}
			}
		}
		return rightDistance < leftDistance ? right : left;
	}
}
