package org.dipanno.rules.ide.symbols;

import java.util.List;

/**
 * One entry of a rule file's outline: what it declares, its kind, the text
 * range of the whole declaration and of its name (to select on click).
 */
public record RuleFileSymbol(String name, Kind kind, int offset, int length, int nameOffset, int nameLength,
		List<RuleFileSymbol> children) {

	public enum Kind {
		IMPORT, ENTITY_TYPE, EVENT_TYPE, ROLE, LEXICON, RULE, CAPTURE, EXAMPLE, DATASET
	}

	public RuleFileSymbol {
		children = List.copyOf(children);
	}
}
