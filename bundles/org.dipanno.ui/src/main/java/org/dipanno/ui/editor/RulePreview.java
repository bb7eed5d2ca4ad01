package org.dipanno.ui.editor;

import java.util.ArrayList;
import java.util.List;

import org.dipanno.engine.RuleEngine;
import org.dipanno.engine.corpus.ProposalPreview;
import org.dipanno.model.AnnotationSchema;
import org.dipanno.model.Document;
import org.dipanno.model.EntityType;
import org.dipanno.model.EventType;

/**
 * The rule set's would-be proposals the article editor draws over the text before they are applied (dotted boxes,
 * see {@link StylePlanner}): computed by the engine without touching the document ({@link ProposalPreview}), and
 * computed again after each change of the document, so what it says stays true until it is applied or dismissed.
 */
public final class RulePreview {

	private final RuleEngine engine;
	private final String ruleSet;
	private ProposalPreview proposals;

	/**
	 * @param ruleSet what the rules are, for the header ("the corpus's rules (rules/, 1 file)")
	 */
	public RulePreview(RuleEngine engine, String ruleSet, Document document) {
		this.engine = engine;
		this.ruleSet = ruleSet;
		this.proposals = ProposalPreview.of(engine, document);
	}

	/** Sets the proposals against the document again (after it changed). */
	void recompute(Document document) {
		proposals = ProposalPreview.of(engine, document);
	}

	public ProposalPreview proposals() {
		return proposals;
	}

	public String ruleSet() {
		return ruleSet;
	}

	/** The header's line: that it is a preview, of which rules, and how the proposals stand. */
	public String describe() {
		return "Preview of " + ruleSet + ", nothing applied \u2014 " + proposals.describe();
	}

	List<Highlight> highlights(AnnotationSchema schema) {
		List<Highlight> highlights = new ArrayList<>();
		for (ProposalPreview.Item item : proposals.items()) {
			String color = null;
			if (item.event()) {
				EventType type = schema.findEventType(item.type());
				color = type == null ? null : type.getColor();
			} else {
				EntityType type = schema.findEntityType(item.type());
				color = type == null ? null : type.getColor();
			}
			highlights.add(new Highlight(item.start(), item.end(), Highlight.Kind.PREVIEW, StylePlanner.parseColor(color)));
		}
		return highlights;
	}

	/** The hover's text for the previewed proposals at the offset, or null. */
	String hoverAt(int offset, String text) {
		List<ProposalPreview.Item> items = proposals.itemsAt(offset);
		if (items.isEmpty()) {
			return null;
		}
		StringBuilder hover = new StringBuilder();
		for (ProposalPreview.Item item : items) {
			if (!hover.isEmpty()) {
				hover.append("\n\n");
			}
			String file = item.rule().sourceFile();
			hover.append("Preview (not applied): ").append(item.event() ? "event " : "").append(item.type())
					.append(" \"").append(text, item.start(), item.end()).append("\" \u2014 ")
					.append(item.standing().label())
					.append("\nRule: ").append(item.rule().ruleName()).append(" (")
					.append(file.substring(file.lastIndexOf('/') + 1)).append(':').append(item.rule().line())
					.append("), stage ").append(item.stage() + 1).append(" of ").append(proposals.stages());
		}
		return hover.toString();
	}
}
