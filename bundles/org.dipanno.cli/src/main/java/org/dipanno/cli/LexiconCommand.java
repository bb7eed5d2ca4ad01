package org.dipanno.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.dipanno.engine.recommend.AnnotationRecommender;
import org.dipanno.engine.recommend.LearningSource;
import org.dipanno.engine.recommend.LearnedLexicon;
import org.dipanno.engine.recommend.LearnedSurfaces;
import org.dipanno.model.Corpus;

/** {@code lexicon learn}: what the recommender learned from a set, as a word list the rule language imports. */
final class LexiconCommand implements Command {

	@Override
	public String name() {
		return "lexicon";
	}

	@Override
	public String summary() {
		return "lexicon learn: write the surfaces learned from annotations as a word list for rule files";
	}

	@Override
	public String help() {
		return """
				Usage: dipanno-cli lexicon learn [--corpus DIR] [--set gold|all|annotator:NAME] [--type T1,T2]
				                                 [--min-confidence 0.5] --out FILE.txt

				Learns surfaces and types from the set as `recommend` does and writes those it would propose
				as a word list (UTF-8, one entry per line in the most frequent written form, a # header with
				the source). With --type the entries are plain text; without it each line is `text => TYPE`.
				A rule file imports it with:  lexicon Learned from "FILE.txt"

				  --corpus DIR           corpus folder (default workspace/corpus)
				  --set SET              gold (default), all or annotator:NAME
				  --type T1,T2           only surfaces proposed with these entity types
				  --min-confidence X     between 0 and 1 (default 0.5)
				  --out FILE             the word-list file to write (replaced atomically)

				Exit codes: 0 written, 1 nothing learned or failure, 2 usage error.""";
	}

	@Override
	public int run(List<String> arguments, Console console) throws Exception {
		Arguments parsed = Arguments.parse(arguments, Set.of(CorpusFolder.OPTION, "set", "type", "min-confidence", "out"),
				Set.of());
		if (parsed.operands().size() != 1 || !parsed.operands().get(0).equals("learn")) {
			throw new UsageException("the lexicon command is: lexicon learn --out FILE.txt");
		}
		String out = parsed.value("out", null);
		if (out == null) {
			throw new UsageException("lexicon learn needs --out FILE.txt");
		}
		LearningSource source = RecommendCommand.source(parsed.value("set", "gold"), "--set");
		double minConfidence = RecommendCommand.minConfidence(parsed);
		Path folder = CorpusFolder.of(parsed);
		Corpus corpus = CorpusFolder.load(folder, console);
		Set<String> types = new LinkedHashSet<>();
		String typeList = parsed.value("type", "");
		for (String type : typeList.split(",")) {
			if (type.isBlank()) {
				continue;
			}
			if (corpus.getSchema().findEntityType(type.strip()) == null) {
				throw new UsageException("--type: " + type.strip() + " is not an entity type of the corpus schema");
			}
			types.add(type.strip());
		}
		LearnedSurfaces learned = new AnnotationRecommender(minConfidence).learn(corpus.getDocuments(), source);
		console.progress(RecommendCommand.learnedSummary(learned, source));
		LearnedLexicon.Result lexicon = LearnedLexicon.write(learned, types, minConfidence,
				"corpus " + corpus.getId() + " (" + folder + "), set " + source.label());
		if (lexicon.entries() == 0) {
			console.error("lexicon learn: nothing learned from " + source.label()
					+ (types.isEmpty() ? "" : " with types " + String.join(",", types)) + "; " + out + " not written");
			return 1;
		}
		Path file = Path.of(out).toAbsolutePath();
		Path parent = file.getParent();
		Files.createDirectories(parent);
		Path temporary = Files.createTempFile(parent, "." + file.getFileName(), ".tmp");
		try {
			Files.writeString(temporary, lexicon.text(), StandardCharsets.UTF_8);
			Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		} finally {
			Files.deleteIfExists(temporary);
		}
		console.out().println(lexicon.entries() + " entries written to " + file);
		return 0;
	}
}
