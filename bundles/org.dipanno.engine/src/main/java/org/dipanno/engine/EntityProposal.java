package org.dipanno.engine;

import java.util.Objects;

import org.dipanno.engine.internal.CompiledRule;

/**
 * A proposed entity mention. Offsets: tokens {@code [startToken, endToken)}, characters {@code [start, end)}.
 * <p>
 * A value class with the components and equality of a record. What comes from the proposing rule (type, provenance,
 * priority, confidence, stage, order) is read off the compiled rule rather than copied into each proposal: a word
 * list makes about one mention per word.
 */
public final class EntityProposal implements Proposal {

	private final String documentId;
	private final CompiledRule madeBy;
	private final int actionIndex;
	/** The engine's id of {@link #type()}, for comparing types without reading the rule (nearest mentions). */
	private final int typeId;
	private final int startToken;
	private final int endToken;
	private final int start;
	private final int end;
	private final String normalizedValue;

	/** Made by the engine's run: the mention {@code madeBy}'s action {@code actionIndex} proposes. */
	public EntityProposal(String documentId, CompiledRule madeBy, int actionIndex, int startToken, int endToken, int start,
			int end, String normalizedValue) {
		this.documentId = documentId;
		this.madeBy = madeBy;
		this.actionIndex = actionIndex;
		this.typeId = madeBy.markTypeId(actionIndex);
		this.startToken = startToken;
		this.endToken = endToken;
		this.start = start;
		this.end = end;
		this.normalizedValue = normalizedValue;
	}

	/** The engine's id of the type, valid within the engine that made the proposal. */
	public int typeId() {
		return typeId;
	}

	public String documentId() {
		return documentId;
	}

	@Override
	public String type() {
		return madeBy.markType(actionIndex);
	}

	@Override
	public int startToken() {
		return startToken;
	}

	@Override
	public int endToken() {
		return endToken;
	}

	/** First character of the mention. */
	public int start() {
		return start;
	}

	/** Character after the mention. */
	public int end() {
		return end;
	}

	/** The value the rule gives (a lexicon's value, a capture's text), or null. */
	public String normalizedValue() {
		return normalizedValue;
	}

	@Override
	public Provenance rule() {
		return madeBy.rule().provenance();
	}

	@Override
	public int priority() {
		return madeBy.rule().priority();
	}

	@Override
	public double confidence() {
		return madeBy.rule().confidence();
	}

	/** The stage of the rule (0 first). */
	public int stage() {
		return madeBy.stage();
	}

	/** The rule's position in the rule set (for ties). */
	public int ruleOrder() {
		return madeBy.order();
	}

	/** Which of the rule's actions made the mention. */
	public int actionIndex() {
		return actionIndex;
	}

	public int length() {
		return endToken - startToken;
	}

	public String text(String documentText) {
		return documentText.substring(start, end);
	}

	public boolean overlaps(EntityProposal other) {
		return startToken < other.endToken && other.startToken < endToken;
	}

	@Override
	public String describe(String documentText) {
		return type() + " '" + text(documentText) + "' [" + start + "," + end + ")"
				+ (normalizedValue == null ? "" : " = " + normalizedValue) + " by " + rule();
	}

	@Override
	public boolean equals(Object o) {
		return o instanceof EntityProposal p && documentId.equals(p.documentId) && type().equals(p.type())
				&& startToken == p.startToken && endToken == p.endToken && start == p.start && end == p.end
				&& Objects.equals(normalizedValue, p.normalizedValue) && rule().equals(p.rule())
				&& priority() == p.priority() && Double.compare(confidence(), p.confidence()) == 0
				&& stage() == p.stage() && ruleOrder() == p.ruleOrder() && actionIndex == p.actionIndex;
	}

	@Override
	public int hashCode() {
		return Objects.hash(documentId, type(), startToken, endToken, start, end, normalizedValue, rule(), priority(),
				confidence(), stage(), ruleOrder(), actionIndex);
	}

	@Override
	public String toString() {
		return "EntityProposal[documentId=" + documentId + ", type=" + type() + ", startToken=" + startToken
				+ ", endToken=" + endToken + ", start=" + start + ", end=" + end + ", normalizedValue="
				+ normalizedValue + ", rule=" + rule() + ", priority=" + priority() + ", confidence=" + confidence()
				+ ", stage=" + stage() + ", ruleOrder=" + ruleOrder() + ", actionIndex=" + actionIndex + "]";
	}
}
