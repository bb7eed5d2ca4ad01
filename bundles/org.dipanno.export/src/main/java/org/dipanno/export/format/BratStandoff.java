package org.dipanno.export.format;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

import org.dipanno.export.EntitySpan;
import org.dipanno.export.EventSpan;
import org.dipanno.export.ExportDocument;
import org.dipanno.export.ExportEventArgument;
import org.dipanno.export.SelectedDocument;

/**
 * brat standoff: {@code <id>.txt} holds the document's full stored text (so
 * offsets are the stored offsets), {@code <id>.ann} the exported annotations:
 * <ul>
 * <li>{@code T} lines for entity mentions ({@code T1<TAB>PERSON 10 23<TAB>Vương Văn Đào}); a mention whose text
 * contains a line break is written as fragments split at the line breaks, as brat requires;</li>
 * <li>{@code T} lines for event triggers (one per distinct type and span) and {@code E} lines
 * ({@code E1<TAB>MEET:T7 Participant:T1 Participant2:T2}); a role repeated in one event gets brat's number
 * suffix (2, 3, ...);</li>
 * <li>{@code N} lines for normalized values ({@code N1<TAB>Reference T3 dipanno:CHN<TAB>CHN}, the value
 * percent-encoded in the id so that spaces survive);</li>
 * <li>{@code A} lines for attributes ({@code A1<TAB>Status T1 ACCEPTED}).</li>
 * </ul>
 * Relations ({@code R}) are not written: the dipanno scheme has none. Import
 * ({@link #read}) gives back the mentions with brat ids.
 */
public final class BratStandoff {

	/** The normalization database name written in N lines. */
	public static final String NORMALIZATION_DB = "dipanno";

	private BratStandoff() {
	}

	public record Files(String txt, String ann) {
	}

	public static Files write(SelectedDocument selected) {
		ExportDocument document = selected.document();
		String text = document.text();
		StringBuilder ann = new StringBuilder();
		Map<String, String> bratIds = new HashMap<>();
		int t = 0;
		for (EntitySpan entity : selected.entities()) {
			String id = "T" + (++t);
			bratIds.put(entity.id(), id);
			appendTextBound(ann, id, entity.type(), entity.start(), entity.end(), text);
		}
		Map<String, String> triggers = new LinkedHashMap<>();
		for (EventSpan event : selected.events()) {
			String key = event.type() + " " + event.triggerStart() + " " + event.triggerEnd();
			if (!triggers.containsKey(key)) {
				String id = "T" + (++t);
				triggers.put(key, id);
				appendTextBound(ann, id, event.type(), event.triggerStart(), event.triggerEnd(), text);
			}
		}
		int e = 0;
		for (EventSpan event : selected.events()) {
			String id = "E" + (++e);
			bratIds.put(event.id(), id);
			ann.append(id).append('\t').append(requireName(event.type(), document, event.id())).append(':')
					.append(triggers.get(event.type() + " " + event.triggerStart() + " " + event.triggerEnd()));
			Map<String, Integer> roleCounts = new HashMap<>();
			for (ExportEventArgument argument : event.arguments()) {
				String role = requireName(argument.role(), document, event.id());
				int count = roleCounts.merge(role, 1, Integer::sum);
				ann.append(' ').append(role);
				if (count > 1) {
					ann.append(count);
				}
				ann.append(':').append(bratIds.get(argument.entityId()));
			}
			ann.append('\n');
		}
		int n = 0;
		for (EntitySpan entity : selected.entities()) {
			if (entity.normalizedValue() != null) {
				ann.append('N').append(++n).append("\tReference ").append(bratIds.get(entity.id())).append(' ')
						.append(NORMALIZATION_DB).append(':')
						.append(URLEncoder.encode(entity.normalizedValue(), StandardCharsets.UTF_8)).append('\t')
						.append(entity.normalizedValue().replace('\t', ' ').replace('\n', ' ')).append('\n');
			}
		}
		int a = 0;
		for (EntitySpan entity : selected.entities()) {
			a = appendAttributes(ann, a, bratIds.get(entity.id()), entity.attributes(), document, entity.id());
		}
		for (EventSpan event : selected.events()) {
			a = appendAttributes(ann, a, bratIds.get(event.id()), event.attributes(), document, event.id());
		}
		return new Files(text, ann.toString());
	}

	private static int appendAttributes(StringBuilder ann, int a, String target, SortedMap<String, String> attributes,
			ExportDocument document, String mentionId) {
		for (Map.Entry<String, String> attribute : attributes.entrySet()) {
			ann.append('A').append(++a).append('\t').append(requireName(attribute.getKey(), document, mentionId))
					.append(' ').append(target).append(' ')
					.append(requireName(attribute.getValue(), document, mentionId)).append('\n');
		}
		return a;
	}

	private static String requireName(String name, ExportDocument document, String mentionId) {
		if (name.isEmpty() || name.chars().anyMatch(c -> Character.isWhitespace(c) || c == ':' || c == '|' || c == ',')) {
			throw new IllegalArgumentException("Document " + document.id() + ", mention " + mentionId + ": '" + name
					+ "' cannot be written to brat (types, roles and attribute values must not contain whitespace, ':', '|' or ',')");
		}
		return name;
	}

	private static void appendTextBound(StringBuilder ann, String id, String type, int start, int end, String text) {
		ann.append(id).append('\t').append(type).append(' ');
		StringBuilder covered = new StringBuilder();
		int fragmentStart = start;
		boolean first = true;
		for (int i = start; i <= end; i++) {
			if (i == end || text.charAt(i) == '\n') {
				if (i > fragmentStart) {
					if (!first) {
						ann.append(';');
						covered.append(' ');
					}
					ann.append(fragmentStart).append(' ').append(i);
					covered.append(text, fragmentStart, i);
					first = false;
				}
				fragmentStart = i + 1;
			}
		}
		ann.append('\t').append(covered).append('\n');
	}

	/**
	 * Imports a brat document. Mentions keep their brat ids (T1, E1); event
	 * triggers become the events' trigger spans and are not entities. A role
	 * with a number suffix (Participant2) is read as the role already seen in
	 * that event (Participant).
	 *
	 * @throws IllegalArgumentException naming file and line for malformed lines, unknown ids or text that does not
	 *                                  match the offsets
	 */
	public static ExportDocument read(String documentId, String txt, String ann, String annFileName) {
		Map<String, int[]> textBounds = new LinkedHashMap<>();
		Map<String, String> textBoundTypes = new HashMap<>();
		Map<String, Integer> lineOf = new HashMap<>();
		List<String[]> eventLines = new ArrayList<>();
		List<Integer> eventLineNumbers = new ArrayList<>();
		Map<String, String> normalizations = new HashMap<>();
		Map<String, SortedMap<String, String>> attributes = new HashMap<>();
		String[] lines = ann.split("\n");
		for (int number = 1; number <= lines.length; number++) {
			String line = lines[number - 1];
			if (line.isBlank() || line.startsWith("#")) {
				continue;
			}
			String where = annFileName + ":" + number + ": ";
			String[] fields = line.split("\t", -1);
			try {
				switch (line.charAt(0)) {
				case 'T' -> {
					textBounds.put(fields[0], textBoundSpan(txt, fields));
					textBoundTypes.put(fields[0], fields[1].split(" ", 2)[0]);
					lineOf.put(fields[0], number);
				}
				case 'E' -> {
					eventLines.add(fields);
					eventLineNumbers.add(number);
				}
				case 'N' -> {
					String[] parts = fields[1].split(" ");
					String reference = parts[2];
					int colon = reference.indexOf(':');
					normalizations.put(parts[1],
							URLDecoder.decode(reference.substring(colon + 1), StandardCharsets.UTF_8));
				}
				case 'A', 'M' -> {
					String[] parts = fields[1].split(" ");
					attributes.computeIfAbsent(parts[1], k -> new TreeMap<>()).put(parts[0],
							parts.length > 2 ? parts[2] : "true");
				}
				case 'R', '*' -> throw new IllegalArgumentException("relations are not part of the dipanno scheme");
				default -> throw new IllegalArgumentException("unknown annotation kind '" + line.charAt(0) + "'");
				}
			} catch (RuntimeException e) {
				throw new IllegalArgumentException(where + e.getMessage() + " in line '" + line + "'", e);
			}
		}
		List<EventSpan> events = new ArrayList<>();
		java.util.Set<String> triggerIds = new java.util.HashSet<>();
		for (int i = 0; i < eventLines.size(); i++) {
			String[] fields = eventLines.get(i);
			String where = annFileName + ":" + eventLineNumbers.get(i) + ": ";
			String[] parts = fields[1].trim().split(" ");
			String[] typeAndTrigger = parts[0].split(":");
			int[] trigger = textBounds.get(typeAndTrigger[1]);
			if (trigger == null) {
				throw new IllegalArgumentException(where + "event " + fields[0] + " refers to unknown trigger " + typeAndTrigger[1]);
			}
			triggerIds.add(typeAndTrigger[1]);
			List<ExportEventArgument> arguments = new ArrayList<>();
			SortedSet<String> roles = new TreeSet<>();
			for (int p = 1; p < parts.length; p++) {
				String[] roleAndTarget = parts[p].split(":");
				String role = roleAndTarget[0];
				String base = role.replaceFirst("\\d+$", "");
				if (!base.equals(role) && roles.contains(base)) {
					role = base;
				}
				roles.add(role);
				if (!textBounds.containsKey(roleAndTarget[1])) {
					throw new IllegalArgumentException(where + "argument " + parts[p] + " refers to unknown mention " + roleAndTarget[1]);
				}
				arguments.add(new ExportEventArgument(role, roleAndTarget[1]));
			}
			events.add(new EventSpan(fields[0], typeAndTrigger[0], trigger[0], trigger[1], arguments,
					attributes.get(fields[0])));
		}
		List<EntitySpan> entities = new ArrayList<>();
		for (Map.Entry<String, int[]> bound : textBounds.entrySet()) {
			String id = bound.getKey();
			if (triggerIds.contains(id)) {
				continue;
			}
			entities.add(new EntitySpan(id, bound.getValue()[0], bound.getValue()[1], textBoundTypes.get(id),
					normalizations.get(id), attributes.get(id)));
		}
		for (EventSpan event : events) {
			for (ExportEventArgument argument : event.arguments()) {
				if (triggerIds.contains(argument.entityId())) {
					throw new IllegalArgumentException(annFileName + ":" + lineOf.get(argument.entityId())
							+ ": event trigger " + argument.entityId() + " is used as an argument of " + event.id());
				}
			}
		}
		return new ExportDocument(documentId, txt, List.of(), List.of(), List.of(), List.of(), entities, events);
	}


	/**
	 * A text-bound line's span {start, end} (its first fragment's start, its last fragment's end), checked against
	 * the text: the offsets lie inside it and the line's text, when given, is what its fragments cover.
	 */
	private static int[] textBoundSpan(String txt, String[] fields) {
		String[] typeAndOffsets = fields[1].split(" ", 2);
		String[] fragments = typeAndOffsets[1].split(";");
		int start = Integer.parseInt(fragments[0].split(" ")[0]);
		int end = Integer.parseInt(fragments[fragments.length - 1].split(" ")[1]);
		if (start < 0 || end <= start || end > txt.length()) {
			throw new IllegalArgumentException("offsets " + typeAndOffsets[1] + " lie outside the text");
		}
		StringBuilder covered = new StringBuilder();
		for (String fragment : fragments) {
			String[] offsets = fragment.split(" ");
			if (covered.length() > 0) {
				covered.append(' ');
			}
			covered.append(txt, Integer.parseInt(offsets[0]), Integer.parseInt(offsets[1]));
		}
		if (fields.length > 2 && !fields[2].equals(covered.toString())) {
			throw new IllegalArgumentException("text '" + fields[2] + "' does not match the .txt at "
					+ typeAndOffsets[1] + " ('" + covered + "')");
		}
		return new int[] { start, end };
	}
	/**
	 * brat's annotation.conf for the exported data: entity types, event types
	 * with their roles ({@code Role*:TYPE1|TYPE2}, each role optional and
	 * repeatable), attributes, and the {@code <OVERLAP>} declaration that lets
	 * brat show nested and overlapping mentions.
	 *
	 * @param eventRoles event type -> role -> entity types seen filling it
	 * @param entityAttributes attribute name -> values seen on entities
	 * @param eventAttributes attribute name -> values seen on events
	 */
	public static String annotationConf(List<String> entityTypes, SortedMap<String, SortedMap<String, SortedSet<String>>> eventRoles,
			SortedMap<String, SortedSet<String>> entityAttributes, SortedMap<String, SortedSet<String>> eventAttributes) {
		StringBuilder conf = new StringBuilder();
		conf.append("# brat annotation configuration written by dipanno for this dataset\n");
		conf.append("[entities]\n");
		entityTypes.forEach(type -> conf.append(type).append('\n'));
		conf.append("\n[relations]\n");
		conf.append("<OVERLAP>\tArg1:<ENTITY>, Arg2:<ENTITY>, <OVL-TYPE>:<ANY>\n");
		conf.append("\n[events]\n");
		eventRoles.forEach((type, roles) -> {
			conf.append(type);
			String separator = "\t";
			for (Map.Entry<String, SortedSet<String>> role : roles.entrySet()) {
				conf.append(separator).append(role.getKey()).append("*:").append(String.join("|", role.getValue()));
				separator = ", ";
			}
			conf.append('\n');
		});
		conf.append("\n[attributes]\n");
		entityAttributes.forEach((name, values) -> conf.append(name).append("\tArg:<ENTITY>, Value:")
				.append(String.join("|", values)).append('\n'));
		eventAttributes.forEach((name, values) -> conf.append(name).append("\tArg:<EVENT>, Value:")
				.append(String.join("|", values)).append('\n'));
		return conf.toString();
	}
}
