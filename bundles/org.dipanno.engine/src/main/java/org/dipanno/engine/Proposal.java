package org.dipanno.engine;

/** Something a rule proposes: an entity mention or an event. */
public sealed interface Proposal permits EntityProposal, EventProposal {

	/** The rule that made it. */
	Provenance rule();

	int priority();

	double confidence();

	/** First token of the proposal's span (the trigger for events). */
	int startToken();

	/** Token after the span. */
	int endToken();

	/** Entity or event type. */
	String type();

	/** Short description for explanations: type, span, text, rule. */
	String describe(String documentText);
}
