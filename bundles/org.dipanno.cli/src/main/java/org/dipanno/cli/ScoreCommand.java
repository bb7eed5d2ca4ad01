package org.dipanno.cli;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.dipanno.engine.Conflict;
import org.dipanno.engine.DocumentResult;
import org.dipanno.engine.EntityProposal;
import org.dipanno.engine.corpus.EngineDocuments;
import org.dipanno.engine.scoring.GoldSpan;
import org.dipanno.engine.scoring.PredictedSpan;
import org.dipanno.engine.scoring.RuleScorer;
import org.dipanno.engine.scoring.ScoreTable;
import org.dipanno.engine.scoring.TypeScores;
import org.dipanno.export.model.AnnotationSelection;
import org.dipanno.model.AnnotationSet;
import org.dipanno.model.Corpus;
import org.dipanno.model.Document;
import org.dipanno.model.EntityMention;
import org.dipanno.model.MentionStatus;
import org.dipanno.model.custom.DocumentOperations;

/** How good each rule is against a reference set: precision, recall, F1, coverage, overlaps and conflicts. */
final class ScoreCommand implements Command {

	@Override
	public String name() {
		return "score";
	}

	@Override
	public String summary() {
		return "score each rule against gold (or an annotator): TP/FP/FN, P/R/F1 exact and overlap, coverage, conflicts";
	}

	@Override
	public String help() {
		return """
				Usage: dipanno-cli score [--corpus DIR] [--rules FILE] [--against gold|annotator:NAME]
				                         [--map FROM=TO,...] [--types TYPE,...] [--summary]

				Runs the rules on every document (without saving anything) and compares each rule's
				entity matches, the ones that won and the ones that lost a conflict, with the reference
				set (rejected annotations excluded): exact span and type, and overlap with the type.
				Then the proposals (the matches that won, as annotate makes them) per type and in total:
				exact and overlap precision, recall and F1.

				  --corpus DIR     corpus folder (default workspace/corpus)
				  --rules FILE     a .dar file, or a bundled one by name (default: the corpus's
				                   rules/*.dar, else the bundled diplomatic-rules)
				  --zones Z,...    the zones rules match in (default lead,body; also title, caption)
				  --against SET    gold (default) or annotator:NAME
				  --map F=T,...    score type F as type T, on both sides (e.g. COUNTRY=LOCATION when
				                   the reference counts countries as locations)
				  --types T,...    the types scored, after --map (default: every type of the reference)
				  --summary        print only the table per type, not the one per rule
				  --errors         then list the proposals not in the reference (FP) and the reference
				                   spans not proposed (FN), exact span and type, with their text""";
	}

	@Override
	public int run(List<String> arguments, Console console) throws Exception {
		Arguments parsed = Arguments.parse(arguments, Set.of(CorpusFolder.OPTION, "rules", "zones", "against", "map", "types"), Set.of("summary", "errors"));
		Map<String, String> typeMap = typeMap(parsed.value("map", ""));
		AnnotationSelection reference = ExportCommand.selection(parsed.value("against", "gold"));
		var compiled = CommandRules.compile(CommandRules.of(parsed, CorpusFolder.of(parsed)), console,
				CommandRules.options(parsed));
		if (compiled == null) {
			return 1;
		}
		Corpus corpus = CorpusFolder.load(CorpusFolder.of(parsed), console);
		List<GoldSpan> gold = new ArrayList<>();
		List<PredictedSpan> predicted = new ArrayList<>();
		List<PredictedSpan> proposals = new ArrayList<>();
		List<String> documents = new ArrayList<>();
		for (Document document : corpus.getDocuments()) {
			documents.add(document.getId());
			AnnotationSet set = document.findAnnotationSet(DocumentOperations.annotationSetId(reference.kind(),
					reference.annotator()));
			if (set != null) {
				for (EntityMention mention : set.getEntityMentions()) {
					if (mention.getStatus() != MentionStatus.REJECTED && mention.getType() != null) {
						gold.add(new GoldSpan(document.getId(), mention.getStart(), mention.getEnd(),
								mapped(typeMap, mention.getType().getName())));
					}
				}
			}
			DocumentResult result = compiled.engine().run(EngineDocuments.of(document, compiled.engine().options().keys()));
			for (EntityProposal proposal : result.entities()) {
				PredictedSpan span = predicted(document, proposal, typeMap);
				predicted.add(span);
				proposals.add(span);
			}
			for (Conflict conflict : result.conflicts()) {
				if (conflict.loser() instanceof EntityProposal loser) {
					predicted.add(predicted(document, loser, typeMap));
				}
			}
		}
		if (gold.isEmpty()) {
			console.error("score: the corpus has no annotations in " + reference.describe()
					+ " to score against; choose a set with --against");
			return 1;
		}
		List<String> types = parsed.value("types", null) == null ? gold.stream().map(GoldSpan::type).distinct().sorted()
				.toList() : names(parsed.value("types", null), "--types");
		if (!parsed.flag("summary")) {
			console.out().print(ScoreTable.render(RuleScorer.score(gold, predicted, documents)));
			console.out().println();
		}
		console.out().println("Proposals against " + reference.describe() + " in " + documents.size()
				+ " documents, types " + String.join(", ", types)
				+ (typeMap.isEmpty() ? "" : "; scored as: " + typeMap.entrySet().stream()
						.map(e -> e.getKey() + "=" + e.getValue()).sorted().collect(Collectors.joining(", "))));
		console.out().print(TypeScores.score(gold, proposals, types).render());
		if (parsed.flag("errors")) {
			printErrors(corpus, gold, proposals, types, console);
		}
		return 0;
	}

	private static PredictedSpan predicted(Document document, EntityProposal proposal, Map<String, String> typeMap) {
		return new PredictedSpan(document.getId(), proposal.start(), proposal.end(), mapped(typeMap, proposal.type()),
				proposal.rule().ruleName());
	}

	/** Exact misses, by document and offset: "FP TYPE document start-end text" and "FN ...". */
	private static void printErrors(Corpus corpus, List<GoldSpan> gold, List<PredictedSpan> proposals,
			List<String> types, Console console) {
		Set<String> goldKeys = new HashSet<>();
		gold.forEach(g -> goldKeys.add(g.documentId() + ' ' + g.start() + ' ' + g.end() + ' ' + g.type()));
		Set<String> proposedKeys = new HashSet<>();
		proposals.forEach(p -> proposedKeys.add(p.documentId() + ' ' + p.start() + ' ' + p.end() + ' ' + p.type()));
		record Miss(String kind, String documentId, int start, int end, String type) {
		}
		List<Miss> misses = new ArrayList<>();
		for (PredictedSpan p : proposals) {
			if (types.contains(p.type()) && !goldKeys.contains(p.documentId() + ' ' + p.start() + ' ' + p.end() + ' ' + p.type())) {
				misses.add(new Miss("FP", p.documentId(), p.start(), p.end(), p.type()));
			}
		}
		for (GoldSpan g : gold) {
			if (types.contains(g.type()) && !proposedKeys.contains(g.documentId() + ' ' + g.start() + ' ' + g.end() + ' ' + g.type())) {
				misses.add(new Miss("FN", g.documentId(), g.start(), g.end(), g.type()));
			}
		}
		misses.sort(Comparator.comparing(Miss::documentId).thenComparingInt(Miss::start).thenComparing(Miss::kind));
		console.out().println();
		for (Miss miss : misses) {
			String text = corpus.findDocument(miss.documentId()).getText();
			int from = Math.max(0, miss.start() - 30);
			int to = Math.min(text.length(), miss.end() + 30);
			console.out().printf(Locale.ROOT, "%s %-12s %s %d-%d \"%s\"   …%s[%s]%s…%n", miss.kind(), miss.type(),
					miss.documentId(), miss.start(), miss.end(), text.substring(miss.start(), miss.end()),
					text.substring(from, miss.start()).replace('\n', ' '), text.substring(miss.start(), miss.end()),
					text.substring(miss.end(), to).replace('\n', ' '));
		}
	}

	private static String mapped(Map<String, String> typeMap, String type) {
		return typeMap.getOrDefault(type, type);
	}

	/** {@code FROM=TO,FROM=TO}: type renamings (also used by import-annotations). */
	static Map<String, String> typeMap(String value) throws UsageException {
		Map<String, String> map = new LinkedHashMap<>();
		for (String pair : value.split(",")) {
			if (pair.isBlank()) {
				continue;
			}
			int equals = pair.indexOf('=');
			if (equals <= 0 || equals == pair.length() - 1 || pair.indexOf('=', equals + 1) >= 0) {
				throw new UsageException("--map takes FROM=TO pairs separated by commas, not \"" + pair + "\"");
			}
			String from = pair.substring(0, equals).strip();
			if (map.put(from, pair.substring(equals + 1).strip()) != null) {
				throw new UsageException("--map names " + from + " twice");
			}
		}
		return map;
	}

	private static List<String> names(String value, String option) throws UsageException {
		List<String> names = new ArrayList<>();
		for (String name : value.split(",")) {
			if (!name.isBlank() && !names.contains(name.strip())) {
				names.add(name.strip());
			}
		}
		if (names.isEmpty()) {
			throw new UsageException(option + " needs at least one type");
		}
		return names;
	}
}
