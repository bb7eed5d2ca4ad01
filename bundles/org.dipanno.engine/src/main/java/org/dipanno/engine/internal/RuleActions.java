package org.dipanno.engine.internal;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.dipanno.engine.Action;
import org.dipanno.engine.Action.CaptureText;
import org.dipanno.engine.Action.Constant;
import org.dipanno.engine.Action.CreateEvent;
import org.dipanno.engine.Action.MarkEntity;
import org.dipanno.engine.Action.NoValue;
import org.dipanno.engine.Action.RoleBinding;
import org.dipanno.engine.Rule;
import org.dipanno.engine.RuleCompilationException;

/**
 * A rule's actions checked against its pattern's captures, with the capture indexes they use looked up once (rather
 * than by name for every match), and the entity types they mark and refer to.
 */
final class RuleActions {

	/** Per action, the capture a {@link MarkEntity} marks, or a {@link CreateEvent}'s trigger (-1: none). */
	final int[] actionCapture;
	/** Per action, the capture a {@link MarkEntity}'s {@link CaptureText} value reads (-1: none). */
	final int[] valueCapture;
	/** Per action and role of a {@link CreateEvent}, the capture the role binds (-1: the nearest mention). */
	final int[][] roleCapture;
	/** Per action, the type a {@link MarkEntity} marks, null for other actions. */
	final String[] markTypes;
	/**
	 * Whether the rule's only action marks its whole match with no value or a constant one ({@link #simpleValue}):
	 * a proposal is then made without looking at the action again.
	 */
	final boolean simpleMark;
	final String simpleValue;

	/**
	 * @param producedTypes receives the entity types the actions mark
	 * @param consumedTypes receives the entity types of nearest-mention roles
	 * @throws RuleCompilationException when the rule has no action or an action names a capture the pattern lacks
	 */
	RuleActions(Rule rule, Map<String, Integer> captureIndex, Set<String> producedTypes, Set<String> consumedTypes) {
		List<Action> actions = rule.actions();
		check(rule, captureIndex, producedTypes, consumedTypes);
		int count = actions.size();
		actionCapture = new int[count];
		valueCapture = new int[count];
		roleCapture = new int[count][];
		markTypes = new String[count];
		for (int a = 0; a < count; a++) {
			valueCapture[a] = -1;
			switch (actions.get(a)) {
			case MarkEntity m -> {
				markTypes[a] = m.type();
				actionCapture[a] = captureOf(captureIndex, m.capture());
				if (m.value() instanceof CaptureText t) {
					valueCapture[a] = captureOf(captureIndex, t.capture());
				}
			}
			case CreateEvent e -> {
				actionCapture[a] = captureOf(captureIndex, e.triggerCapture());
				roleCapture[a] = e.roles().stream().mapToInt(role -> captureOf(captureIndex, role.capture())).toArray();
			}
			}
		}
		boolean simple = false;
		String value = null;
		if (count == 1 && actions.get(0) instanceof MarkEntity mark && mark.capture() == null) {
			if (mark.value() instanceof NoValue) {
				simple = true;
			} else if (mark.value() instanceof Constant constant) {
				simple = true;
				value = constant.value();
			}
		}
		simpleMark = simple;
		simpleValue = value;
	}

	private static int captureOf(Map<String, Integer> captureIndex, String name) {
		return name == null ? -1 : captureIndex.get(name);
	}

	private static void check(Rule rule, Map<String, Integer> captureIndex, Set<String> producedTypes,
			Set<String> consumedTypes) {
		for (Action action : rule.actions()) {
			switch (action) {
			case MarkEntity m -> {
				requireCapture(rule, captureIndex, m.capture());
				if (m.value() instanceof CaptureText t) {
					requireCapture(rule, captureIndex, t.capture());
				}
				producedTypes.add(m.type());
			}
			case CreateEvent e -> {
				requireCapture(rule, captureIndex, e.triggerCapture());
				for (RoleBinding role : e.roles()) {
					if (role.capture() != null) {
						requireCapture(rule, captureIndex, role.capture());
					} else {
						consumedTypes.add(role.nearestType());
					}
				}
			}
			}
		}
		if (rule.actions().isEmpty()) {
			throw new RuleCompilationException("Rule " + rule.provenance() + ": has no action");
		}
	}

	private static void requireCapture(Rule rule, Map<String, Integer> captureIndex, String name) {
		if (name != null && !captureIndex.containsKey(name)) {
			throw new RuleCompilationException("Rule " + rule.provenance() + ": refers to capture '" + name
					+ "', which its pattern does not define (it has " + captureIndex.keySet() + ")");
		}
	}
}
