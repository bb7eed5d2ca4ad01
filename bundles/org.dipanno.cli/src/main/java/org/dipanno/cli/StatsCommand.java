package org.dipanno.cli;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.dipanno.model.AnnotationSet;
import org.dipanno.model.Corpus;
import org.dipanno.model.Document;
import org.dipanno.model.EntityMention;
import org.dipanno.model.EventMention;
import org.dipanno.model.MentionStatus;
import org.dipanno.model.Zone;
import org.dipanno.model.editing.DocumentProgress;
import org.dipanno.text.ZoneKind;

/** Prints what a corpus holds: per document its size and zones, and the annotations of every set by type and status. */
final class StatsCommand implements Command {

	@Override
	public String name() {
		return "stats";
	}

	@Override
	public String summary() {
		return "print the corpus's documents, zones, tokens, annotations per set, type and status, and documents done";
	}

	@Override
	public String help() {
		return """
				Usage: dipanno-cli stats [--corpus DIR]

				  --corpus DIR   corpus folder (default workspace/corpus; made from the seeds when missing)""";
	}

	@Override
	public int run(List<String> arguments, Console console) throws Exception {
		Arguments parsed = Arguments.parse(arguments, Set.of(CorpusFolder.OPTION), Set.of());
		if (!parsed.operands().isEmpty()) {
			throw new UsageException("stats takes no operands");
		}
		Corpus corpus = CorpusFolder.load(CorpusFolder.of(parsed), console);
		var out = console.out();
		out.printf(Locale.ROOT, "%-24s %7s %7s %9s %7s %7s  %s%n", "document", "chars", "body", "sentences", "tokens",
				"words", "title");
		Map<String, Map<String, int[]>> perSet = new TreeMap<>();
		for (Document document : corpus.getDocuments()) {
			int body = document.getZones().stream().filter(z -> z.getKind() == ZoneKind.BODY)
					.mapToInt(Zone::getLength).sum();
			out.printf(Locale.ROOT, "%-24s %7d %7d %9d %7d %7d  %s%n", document.getId(), document.getText().length(),
					body, document.getSentences().size(), document.getTokens().size(), document.getWords().size(),
					document.getTitle());
			for (AnnotationSet set : document.getAnnotationSets()) {
				Map<String, int[]> counts = perSet.computeIfAbsent(set.getId(), id -> new TreeMap<>());
				for (EntityMention mention : set.getEntityMentions()) {
					count(counts, mention.getType() == null ? "?" : mention.getType().getName(), mention.getStatus());
				}
				for (EventMention mention : set.getEventMentions()) {
					count(counts, "event " + (mention.getType() == null ? "?" : mention.getType().getName()),
							mention.getStatus());
				}
			}
		}
		out.println();
		out.println(corpus.getDocuments().size() + " documents in corpus \"" + corpus.getName() + "\"");
		if (perSet.isEmpty()) {
			out.println("no annotations yet");
		}
		for (Map.Entry<String, Map<String, int[]>> set : perSet.entrySet()) {
			out.println("set " + set.getKey() + ":");
			out.printf(Locale.ROOT, "  %-22s %9s %9s %9s%n", "type", "proposed", "accepted", "rejected");
			for (Map.Entry<String, int[]> type : set.getValue().entrySet()) {
				int[] c = type.getValue();
				out.printf(Locale.ROOT, "  %-22s %9d %9d %9d%n", type.getKey(), c[0], c[1], c[2]);
			}
		}
		List<DocumentProgress.SetProgress> progress = DocumentProgress.progress(corpus);
		if (!progress.isEmpty()) {
			out.println("documents done (of those the set annotates):");
			for (DocumentProgress.SetProgress set : progress) {
				out.printf(Locale.ROOT, "  %-22s %4d of %d%n", set.label(), set.done(), set.started());
			}
		}
		return 0;
	}

	private static void count(Map<String, int[]> counts, String type, MentionStatus status) {
		counts.computeIfAbsent(type, t -> new int[3])[status.getValue()]++;
	}
}
