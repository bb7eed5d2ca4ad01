package org.dipanno.rules.ui;

import java.util.ArrayList;
import java.util.List;

import org.dipanno.rules.ide.symbols.RuleFileSymbol;

/**
 * An entry of the Outline. It stays the same object (and keeps its tree item) from one analysis to the next while its
 * declaration keeps its kind and name among its siblings; only its symbol, whose offsets follow the text, is replaced.
 */
final class OutlineNode {

	private RuleFileSymbol symbol;
	final List<OutlineNode> children = new ArrayList<>();

	OutlineNode(RuleFileSymbol symbol) {
		this.symbol = symbol;
		symbol.children().forEach(child -> children.add(new OutlineNode(child)));
	}

	RuleFileSymbol symbol() {
		return symbol;
	}

	void symbol(RuleFileSymbol latest) {
		symbol = latest;
	}

	/** Whether a symbol of the next analysis is this node's declaration (same kind, same name). */
	boolean declares(RuleFileSymbol other) {
		return symbol.kind() == other.kind() && symbol.name().equals(other.name());
	}

	static List<OutlineNode> of(List<RuleFileSymbol> symbols) {
		List<OutlineNode> nodes = new ArrayList<>(symbols.size());
		symbols.forEach(symbol -> nodes.add(new OutlineNode(symbol)));
		return nodes;
	}
}
