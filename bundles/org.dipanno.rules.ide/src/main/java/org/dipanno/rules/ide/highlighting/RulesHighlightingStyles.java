package org.dipanno.rules.ide.highlighting;

/** Style ids of the semantic highlighting; an editor maps them to colours and fonts. */
public final class RulesHighlightingStyles {

	public static final String ENTITY_TYPE = "dipanno.entityType";
	public static final String EVENT_TYPE = "dipanno.eventType";
	public static final String ROLE = "dipanno.role";
	public static final String LEXICON = "dipanno.lexicon";
	public static final String CAPTURE = "dipanno.capture";
	public static final String TOKEN_CLASS = "dipanno.tokenClass";
	public static final String REGEX = "dipanno.regex";
	public static final String ANCHOR = "dipanno.anchor";
	public static final String RULE = "dipanno.rule";

	private RulesHighlightingStyles() {
	}
}
