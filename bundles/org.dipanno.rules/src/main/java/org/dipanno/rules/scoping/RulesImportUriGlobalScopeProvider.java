package org.dipanno.rules.scoping;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

import org.dipanno.rules.defaults.DefaultRuleFiles;
import org.dipanno.rules.model.Import;
import org.dipanno.rules.model.RuleFile;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.scoping.impl.ImportUriGlobalScopeProvider;
import org.eclipse.xtext.util.IResourceScopeCache;

import com.google.inject.Inject;

/**
 * Makes the declarations of imported rule files visible. Imports are
 * transitive (importing the default rule set brings its schema), resolved
 * relative to the importing file, or by a well-known name.
 */
public class RulesImportUriGlobalScopeProvider extends ImportUriGlobalScopeProvider {

	@Inject
	private IResourceScopeCache importCache;

	/** Where an import string points, seen from the importing resource; empty if it is no valid URI. */
	public static Optional<URI> resolveImport(Resource importing, String importString) {
		if (importString == null || importString.isBlank()) {
			return Optional.empty();
		}
		Optional<URI> wellKnown = DefaultRuleFiles.resolveWellKnownName(importString);
		if (wellKnown.isPresent()) {
			return wellKnown;
		}
		try {
			URI uri = URI.createURI(importString);
			URI base = importing.getURI();
			if (uri.isRelative() && base != null && base.isHierarchical() && !base.isRelative()) {
				uri = uri.resolve(base);
			}
			return Optional.of(uri);
		} catch (IllegalArgumentException invalidUri) {
			return Optional.empty();
		}
	}

	@Override
	protected LinkedHashSet<URI> getImportedUris(Resource resource) {
		return importCache.get(RulesImportUriGlobalScopeProvider.class.getName(), resource,
				() -> collectTransitiveImports(resource));
	}

	private static LinkedHashSet<URI> collectTransitiveImports(Resource resource) {
		LinkedHashSet<URI> imported = new LinkedHashSet<>();
		Set<URI> visited = new LinkedHashSet<>();
		if (resource.getURI() != null) {
			visited.add(resource.getURI());
		}
		Deque<Resource> pending = new ArrayDeque<>();
		pending.add(resource);
		while (!pending.isEmpty()) {
			Resource current = pending.removeFirst();
			for (String importString : importStrings(current)) {
				Optional<URI> target = resolveImport(current, importString);
				if (target.isEmpty() || !visited.add(target.get())) {
					continue;
				}
				if (!EcoreUtil2.isValidUri(current, target.get())) {
					continue;
				}
				imported.add(target.get());
				Resource loaded = EcoreUtil2.getResource(current, target.get().toString());
				if (loaded != null) {
					pending.add(loaded);
				}
			}
		}
		return imported;
	}

	private static Iterable<String> importStrings(Resource resource) {
		if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof RuleFile file)) {
			return java.util.List.of();
		}
		return file.getImports().stream().map(Import::getImportURI).toList();
	}
}
