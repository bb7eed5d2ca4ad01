package org.dipanno.rules.ui;

import java.util.List;

import org.dipanno.rules.defaults.DefaultRuleFiles;
import org.dipanno.rules.model.Element;
import org.dipanno.rules.model.Import;
import org.dipanno.rules.model.ModelPackage.Literals;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.EObjectAtOffsetHelper;
import org.eclipse.xtext.resource.XtextResource;

/** Where the name at an offset is declared: in this file, an imported file or a bundled one (F3). */
final class Declarations {

	/** A declaration: the file's URI and the range of its name there (offset 0, length 0: the file's start). */
	record Target(URI file, int offset, int length) {
	}

	private Declarations() {
	}

	static Target at(XtextResource resource, int offset) {
		EObject target = new EObjectAtOffsetHelper().resolveCrossReferencedElementAt(resource, offset);
		if (target != null && !target.eIsProxy() && target.eResource() != null) {
			return new Target(target.eResource().getURI(), nameOffset(target), nameLength(target));
		}
		EObject contained = new EObjectAtOffsetHelper().resolveContainedElementAt(resource, offset);
		Import imported = contained == null ? null : EcoreUtil2.getContainerOfType(contained, Import.class);
		if (imported != null && imported.getImportURI() != null) {
			URI uri = DefaultRuleFiles.resolveWellKnownName(imported.getImportURI())
					.orElseGet(() -> URI.createURI(imported.getImportURI()).resolve(resource.getURI()));
			return new Target(uri, 0, 0);
		}
		return null;
	}

	private static INode nameNode(EObject target) {
		EStructuralFeature name = target instanceof Element ? Literals.ELEMENT__NAME
				: target.eClass().getEStructuralFeature("name");
		List<INode> nodes = name == null ? List.of() : NodeModelUtils.findNodesForFeature(target, name);
		return nodes.isEmpty() ? NodeModelUtils.findActualNodeFor(target) : nodes.get(0);
	}

	private static int nameOffset(EObject target) {
		INode node = nameNode(target);
		return node == null ? 0 : node.getOffset();
	}

	private static int nameLength(EObject target) {
		INode node = nameNode(target);
		return node == null ? 0 : node.getLength();
	}
}
