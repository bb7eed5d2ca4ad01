package org.dipanno.export;

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
 * roles with the entity types the data puts in them, and the attribute values the data uses.
 */
final class BratConfiguration {

	private final List<String> types;
	private final SortedMap<String, SortedMap<String, SortedSet<String>>> eventRoles = new TreeMap<>();
	private final SortedMap<String, SortedSet<String>> entityAttributes = new TreeMap<>();
	private final SortedMap<String, SortedSet<String>> eventAttributes = new TreeMap<>();

	BratConfiguration(List<String> types, SortedMap<String, SortedMap<String, SortedSet<String>>> schemeRoles) {
		this.types = List.copyOf(types);
		schemeRoles.forEach((type, roles) -> roles.forEach((role, accepted) -> eventRoles
				.computeIfAbsent(type, k -> new TreeMap<>()).computeIfAbsent(role, k -> new TreeSet<>()).addAll(accepted)));
	}

	void add(SelectedDocument document) {
		Map<String, String> typeOf = new HashMap<>();
		for (EntitySpan entity : document.entities()) {
			typeOf.put(entity.id(), entity.type());
			entity.attributes().forEach((name, value) -> entityAttributes.computeIfAbsent(name, k -> new TreeSet<>()).add(value));
		}
		for (EventSpan event : document.events()) {
			SortedMap<String, SortedSet<String>> roles = eventRoles.computeIfAbsent(event.type(), k -> new TreeMap<>());
			for (EventArgument argument : event.arguments()) {
				roles.computeIfAbsent(argument.role(), k -> new TreeSet<>()).add(typeOf.get(argument.entityId()));
			}
			event.attributes().forEach((name, value) -> eventAttributes.computeIfAbsent(name, k -> new TreeSet<>()).add(value));
		}
	}

	String render() {
		return BratStandoff.annotationConf(types, eventRoles, entityAttributes, eventAttributes);
	}
}
