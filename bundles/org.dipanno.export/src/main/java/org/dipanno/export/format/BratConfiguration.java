package org.dipanno.export.format;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

import org.dipanno.export.EntitySpan;
import org.dipanno.export.EventSpan;
import org.dipanno.export.ExportEventArgument;
import org.dipanno.export.SelectedDocument;

/**
 * What brat's {@code annotation.conf} declares besides the entity types: the scheme's event roles plus the roles and
 * attribute values seen in the exported documents. Gathered document by document; parts gathered apart (a
 * distributed export's partitions) are merged, and the result does not depend on the order of documents or merges.
 */
public final class BratConfiguration implements Serializable {

	private static final long serialVersionUID = 1L;

	// TreeMaps and TreeSets of strings: sorted, and serializable for a distributed export.
	private final SortedMap<String, SortedMap<String, SortedSet<String>>> eventRoles = new TreeMap<>();
	private final SortedMap<String, SortedSet<String>> entityAttributes = new TreeMap<>();
	private final SortedMap<String, SortedSet<String>> eventAttributes = new TreeMap<>();

	/** Nothing seen yet and no scheme roles. */
	public BratConfiguration() {
	}

	/** @param schemeRoles the scheme's event types, roles and accepted entity types (declared even without data) */
	public BratConfiguration(SortedMap<String, SortedMap<String, SortedSet<String>>> schemeRoles) {
		schemeRoles.forEach((type, roles) -> roles.forEach((role, accepted) -> roles(type, role).addAll(accepted)));
	}

	/** Adds the event roles (with the types of the mentions filling them) and attribute values of one document. */
	public BratConfiguration add(SelectedDocument document) {
		Map<String, String> typeOf = new HashMap<>();
		for (EntitySpan entity : document.entities()) {
			typeOf.put(entity.id(), entity.type());
			entity.attributes().forEach((name, value) -> values(entityAttributes, name).add(value));
		}
		for (EventSpan event : document.events()) {
			eventRoles.computeIfAbsent(event.type(), k -> new TreeMap<>());
			for (ExportEventArgument argument : event.arguments()) {
				roles(event.type(), argument.role()).add(typeOf.get(argument.entityId()));
			}
			event.attributes().forEach((name, value) -> values(eventAttributes, name).add(value));
		}
		return this;
	}

	/** Adds everything the other configuration holds. */
	public BratConfiguration merge(BratConfiguration other) {
		other.eventRoles.forEach((type, roles) -> {
			eventRoles.computeIfAbsent(type, k -> new TreeMap<>());
			roles.forEach((role, types) -> roles(type, role).addAll(types));
		});
		other.entityAttributes.forEach((name, values) -> values(entityAttributes, name).addAll(values));
		other.eventAttributes.forEach((name, values) -> values(eventAttributes, name).addAll(values));
		return this;
	}

	/** The content of {@code annotation.conf} with the entity types in label order. */
	public String render(List<String> entityTypes) {
		return BratStandoff.annotationConf(entityTypes, eventRoles, entityAttributes, eventAttributes);
	}

	private SortedSet<String> roles(String type, String role) {
		return eventRoles.computeIfAbsent(type, k -> new TreeMap<>()).computeIfAbsent(role, k -> new TreeSet<>());
	}

	private static SortedSet<String> values(SortedMap<String, SortedSet<String>> attributes, String name) {
		return attributes.computeIfAbsent(name, k -> new TreeSet<>());
	}
}
