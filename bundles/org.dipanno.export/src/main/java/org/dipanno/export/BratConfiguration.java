package org.dipanno.export;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

import org.dipanno.export.format.BratStandoff;

/**
 * What brat's {@code annotation.conf} declares, gathered document by document: the entity types, the scheme's event
 * roles with the entity types the data puts in them, and the attribute values the data uses. Parts gathered apart
 * (a distributed export's partitions) are merged; the result does not depend on the order of documents or merges.
 */
public final class BratConfiguration implements Serializable {

	private static final long serialVersionUID = 1L;

	// Lists, TreeMaps and TreeSets of strings: sorted, and serializable for a distributed export.
	private final List<String> types;
	private final SortedMap<String, SortedMap<String, SortedSet<String>>> eventRoles = new TreeMap<>();
	private final SortedMap<String, SortedSet<String>> entityAttributes = new TreeMap<>();
	private final SortedMap<String, SortedSet<String>> eventAttributes = new TreeMap<>();

	/**
	 * @param types       the entity types in label order (a part to be merged into another may have none)
	 * @param schemeRoles the scheme's event types, roles and accepted entity types (declared even without data)
	 */
	public BratConfiguration(List<String> types, SortedMap<String, SortedMap<String, SortedSet<String>>> schemeRoles) {
		this.types = List.copyOf(types);
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

	/** Adds the other configuration's event roles and attribute values; the entity types stay this one's. */
	public BratConfiguration merge(BratConfiguration other) {
		other.eventRoles.forEach((type, roles) -> {
			eventRoles.computeIfAbsent(type, k -> new TreeMap<>());
			roles.forEach((role, types) -> roles(type, role).addAll(types));
		});
		other.entityAttributes.forEach((name, values) -> values(entityAttributes, name).addAll(values));
		other.eventAttributes.forEach((name, values) -> values(eventAttributes, name).addAll(values));
		return this;
	}

	/** The content of {@code annotation.conf}. */
	public String render() {
		return BratStandoff.annotationConf(types, eventRoles, entityAttributes, eventAttributes);
	}

	private SortedSet<String> roles(String type, String role) {
		return eventRoles.computeIfAbsent(type, k -> new TreeMap<>()).computeIfAbsent(role, k -> new TreeSet<>());
	}

	private static SortedSet<String> values(SortedMap<String, SortedSet<String>> attributes, String name) {
		return attributes.computeIfAbsent(name, k -> new TreeSet<>());
	}
}
