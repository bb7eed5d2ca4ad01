package org.dipanno.export.agreement;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.dipanno.export.EntitySpan;

/**
 * A confusion matrix of entity types between annotators: for every pair of annotators (the earlier one in the
 * documents' annotator order gives the row), each mention of one is paired with a mention of the other: first the
 * same span (whatever the type), then among the rest, in text order, the unpaired one that overlaps it most; what
 * stays unpaired is paired with {@link #NONE}. Each cell keeps the pairings behind it, so a view can list them.
 *
 * @param labels the entity types seen, sorted, then {@link #NONE}
 * @param cells  cells[row][column]: the pairings with the row's type for the first annotator and the column's for
 *               the second
 */
public record TypeConfusion(List<String> labels, List<List<List<Pairing>>> cells) {

	/** The label of "no mention there". */
	public static final String NONE = "(none)";

	/** Two annotators' mentions paired at one place; one of them is null when the other marked nothing there. */
	public record Pairing(String documentId, String first, String second, EntitySpan firstMention,
			EntitySpan secondMention) {

		public String firstType() {
			return firstMention == null ? NONE : firstMention.type();
		}

		public String secondType() {
			return secondMention == null ? NONE : secondMention.type();
		}

		/** Same span and type: an agreement, not a disagreement. */
		public boolean agrees() {
			return firstMention != null && secondMention != null && firstMention.start() == secondMention.start()
					&& firstMention.end() == secondMention.end() && firstMention.type().equals(secondMention.type());
		}

		public int start() {
			return Math.min(firstMention == null ? Integer.MAX_VALUE : firstMention.start(),
					secondMention == null ? Integer.MAX_VALUE : secondMention.start());
		}

		public int end() {
			return Math.max(firstMention == null ? 0 : firstMention.end(), secondMention == null ? 0 : secondMention.end());
		}
	}

	public int count(int row, int column) {
		return cells.get(row).get(column).size();
	}

	/** The pairings of a cell that are disagreements (off the diagonal, or on it with other boundaries). */
	public List<Pairing> disagreements(int row, int column) {
		return cells.get(row).get(column).stream().filter(p -> !p.agrees()).toList();
	}

	public int largestCount() {
		int largest = 0;
		for (int row = 0; row < labels.size(); row++) {
			for (int column = 0; column < labels.size(); column++) {
				largest = Math.max(largest, count(row, column));
			}
		}
		return largest;
	}

	public static TypeConfusion compute(List<AgreementDocument> documents) {
		List<Pairing> pairings = new ArrayList<>();
		TreeSet<String> types = new TreeSet<>();
		for (AgreementDocument document : documents) {
			List<AnnotatorSet> sets = document.sets();
			sets.forEach(s -> s.entities().forEach(e -> types.add(e.type())));
			for (int i = 0; i < sets.size(); i++) {
				for (int j = i + 1; j < sets.size(); j++) {
					pair(document.documentId(), sets.get(i), sets.get(j), pairings);
				}
			}
		}
		List<String> labels = new ArrayList<>(types);
		labels.add(NONE);
		Map<String, Integer> index = new HashMap<>();
		for (int i = 0; i < labels.size(); i++) {
			index.put(labels.get(i), i);
		}
		List<List<List<Pairing>>> cells = new ArrayList<>();
		for (int row = 0; row < labels.size(); row++) {
			List<List<Pairing>> cellRow = new ArrayList<>();
			for (int column = 0; column < labels.size(); column++) {
				cellRow.add(new ArrayList<>());
			}
			cells.add(cellRow);
		}
		for (Pairing pairing : pairings) {
			cells.get(index.get(pairing.firstType())).get(index.get(pairing.secondType())).add(pairing);
		}
		return new TypeConfusion(List.copyOf(labels), cells.stream()
				.map(row -> row.stream().map(List::copyOf).toList()).toList());
	}

	private static void pair(String documentId, AnnotatorSet first, AnnotatorSet second, List<Pairing> pairings) {
		Comparator<EntitySpan> order = Comparator.comparingInt(EntitySpan::start).thenComparingInt(EntitySpan::end)
				.thenComparing(EntitySpan::type);
		List<EntitySpan> firsts = first.entities().stream().sorted(order).toList();
		List<EntitySpan> seconds = new ArrayList<>(second.entities().stream().sorted(order).toList());
		List<EntitySpan> unpaired = new ArrayList<>();
		List<Pairing> found = new ArrayList<>();
		for (EntitySpan mention : firsts) {
			EntitySpan same = seconds.stream().filter(s -> s.start() == mention.start() && s.end() == mention.end())
					.min(Comparator.comparing((EntitySpan s) -> !s.type().equals(mention.type()))).orElse(null);
			if (same != null) {
				seconds.remove(same);
				found.add(new Pairing(documentId, first.annotator(), second.annotator(), mention, same));
			} else {
				unpaired.add(mention);
			}
		}
		for (EntitySpan mention : unpaired) {
			EntitySpan best = null;
			int bestOverlap = 0;
			for (EntitySpan candidate : seconds) {
				int overlap = Math.min(mention.end(), candidate.end()) - Math.max(mention.start(), candidate.start());
				if (overlap > bestOverlap) {
					best = candidate;
					bestOverlap = overlap;
				}
			}
			if (best != null) {
				seconds.remove(best);
			}
			found.add(new Pairing(documentId, first.annotator(), second.annotator(), mention, best));
		}
		for (EntitySpan rest : seconds) {
			found.add(new Pairing(documentId, first.annotator(), second.annotator(), null, rest));
		}
		found.sort(Comparator.comparingInt(Pairing::start).thenComparingInt(Pairing::end));
		pairings.addAll(found);
	}
}
