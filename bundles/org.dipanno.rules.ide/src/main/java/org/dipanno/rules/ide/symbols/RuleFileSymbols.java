package org.dipanno.rules.ide.symbols;

import java.util.ArrayList;
import java.util.List;

import org.dipanno.rules.ide.symbols.RuleFileSymbol.Kind;
import org.dipanno.rules.model.Capture;
import org.dipanno.rules.model.Dataset;
import org.dipanno.rules.model.Element;
import org.dipanno.rules.model.EntityType;
import org.dipanno.rules.model.EventType;
import org.dipanno.rules.model.Example;
import org.dipanno.rules.model.Import;
import org.dipanno.rules.model.Lexicon;
import org.dipanno.rules.model.ModelPackage.Literals;
import org.dipanno.rules.model.Role;
import org.dipanno.rules.model.Rule;
import org.dipanno.rules.model.RuleFile;
import org.dipanno.rules.scoping.RulesScopeProvider;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;

/** The outline of a rule file (document symbols), in file order; unnamed examples are named by their text. */
public class RuleFileSymbols {

	public List<RuleFileSymbol> of(XtextResource resource) {
		List<RuleFileSymbol> symbols = new ArrayList<>();
		if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof RuleFile file)) {
			return symbols;
		}
		for (Import imported : file.getImports()) {
			add(symbols, imported, imported.getImportURI(), Kind.IMPORT, Literals.IMPORT__IMPORT_URI, List.of());
		}
		for (Element element : file.getElements()) {
			if (element instanceof EntityType) {
				add(symbols, element, element.getName(), Kind.ENTITY_TYPE, Literals.ELEMENT__NAME, List.of());
			} else if (element instanceof EventType type) {
				List<RuleFileSymbol> roles = new ArrayList<>();
				for (Role role : type.getRoles()) {
					add(roles, role, role.getName(), Kind.ROLE, Literals.ROLE__NAME, List.of());
				}
				add(symbols, type, type.getName(), Kind.EVENT_TYPE, Literals.ELEMENT__NAME, roles);
			} else if (element instanceof Lexicon) {
				add(symbols, element, element.getName(), Kind.LEXICON, Literals.ELEMENT__NAME, List.of());
			} else if (element instanceof Rule rule) {
				List<RuleFileSymbol> captures = new ArrayList<>();
				for (Capture capture : RulesScopeProvider.capturesOf(rule)) {
					add(captures, capture, capture.getName(), Kind.CAPTURE, Literals.CAPTURE__NAME, List.of());
				}
				add(symbols, rule, rule.getName(), Kind.RULE, Literals.ELEMENT__NAME, captures);
			} else if (element instanceof Example example) {
				boolean named = example.getName() != null;
				add(symbols, example, named ? example.getName() : example.getText(), Kind.EXAMPLE,
						named ? Literals.ELEMENT__NAME : Literals.EXAMPLE__TEXT, List.of());
			} else if (element instanceof Dataset) {
				add(symbols, element, element.getName(), Kind.DATASET, Literals.ELEMENT__NAME, List.of());
			}
		}
		return symbols;
	}

	private static void add(List<RuleFileSymbol> into, EObject element, String name, Kind kind,
			EStructuralFeature nameFeature, List<RuleFileSymbol> children) {
		INode node = NodeModelUtils.findActualNodeFor(element);
		if (node == null || name == null) {
			return;
		}
		List<INode> nameNodes = NodeModelUtils.findNodesForFeature(element, nameFeature);
		INode nameNode = nameNodes.isEmpty() ? node : nameNodes.get(0);
		into.add(new RuleFileSymbol(name, kind, node.getOffset(), node.getLength(), nameNode.getOffset(),
				nameNode.getLength(), children));
	}
}
