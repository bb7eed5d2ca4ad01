package org.dipanno.engine.benchmark;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.apache.uima.UIMAFramework;
import org.apache.uima.analysis_engine.AnalysisEngine;
import org.apache.uima.analysis_engine.AnalysisEngineDescription;
import org.apache.uima.cas.CAS;
import org.apache.uima.cas.Type;
import org.apache.uima.resource.metadata.TypeSystemDescription;
import org.apache.uima.ruta.engine.Ruta;
import org.apache.uima.ruta.engine.RutaEngine;

/**
 * UIMA Ruta on the same documents, with a script equivalent to the core of the large rule set: the word list as a
 * WORDLIST applied with MARKFAST, the title and country lists likewise, and a few pattern rules (titles or countries
 * followed by capitalized words, dates after a time word, the phone call trigger).
 */
final class RutaComparison {

	static final String SCRIPT = """
			WORDLIST VietWords = 'Viet74K.txt';
			WORDLIST TitleList = 'titles.txt';
			WORDLIST CountryList = 'countries.txt';
			Document{-> MARKFAST(VWord, VietWords, true)};
			Document{-> MARKFAST(Title, TitleList, true)};
			Document{-> MARKFAST(Country, CountryList, true)};
			Title CW CW{-> MARK(Person, 2, 3)};
			Country CW CW{-> MARK(Person, 2, 3)};
			W{REGEXP("(?i)ngày|tối|sáng|chiều")} NUM SPECIAL NUM{-> MARK(DateMention, 2, 4)};
			W{REGEXP("(?i)điện")} W{REGEXP("(?i)đàm") -> MARK(PhoneCall, 1, 2)};
			""";

	private static final List<String> TYPES = List.of("VWord", "Title", "Country", "Person", "DateMention",
			"PhoneCall");

	/** {@code cpuSeconds}: CPU time of the thread that ran Ruta (see {@code EngineBenchmark.Measure}). */
	record Result(int documents, long bytes, double seconds, double cpuSeconds, long words, long persons) {
	}

	/**
	 * Runs Ruta on the first {@code warmUpDocuments} documents untimed (its JIT warm-up, as the engine gets), then
	 * times it on the first {@code documents} {@code rounds} times and gives the fastest round (as for the engine:
	 * on a shared machine the fastest is the least disturbed).
	 */
	static Result run(List<String> texts, int warmUpDocuments, int documents, long bytes, Path wordList, int rounds)
			throws Exception {
		Path resources = Files.createTempDirectory("dipanno-ruta");
		Files.copy(wordList, resources.resolve("Viet74K.txt"));
		Files.write(resources.resolve("titles.txt"), BenchmarkRules.TITLES, StandardCharsets.UTF_8);
		Files.write(resources.resolve("countries.txt"), BenchmarkRules.COUNTRIES.keySet(), StandardCharsets.UTF_8);
		// The annotation types live in a type system of their own; Ruta finds them by short name.
		TypeSystemDescription types = UIMAFramework.getResourceSpecifierFactory().createTypeSystemDescription();
		for (String name : TYPES) {
			types.addType("bench." + name, "", "uima.tcas.Annotation");
		}
		AnalysisEngineDescription description = Ruta.createAnalysisEngineDescription(SCRIPT, types);
		description.getAnalysisEngineMetaData().getConfigurationParameterSettings()
				.setParameterValue(RutaEngine.PARAM_RESOURCE_PATHS, new String[] { resources.toString() });
		AnalysisEngine engine = UIMAFramework.produceAnalysisEngine(description);
		CAS cas = engine.newCAS();
		Type word = declaredType(cas, "VWord");
		Type person = declaredType(cas, "Person");
		for (int i = 0; i < warmUpDocuments; i++) {
			cas.reset();
			cas.setDocumentText(texts.get(i));
			engine.process(cas);
		}
		Result best = null;
		for (int round = 0; round < rounds; round++) {
			long words = 0;
			long persons = 0;
			long start = System.nanoTime();
			long cpuStart = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
			for (int i = 0; i < documents; i++) {
				cas.reset();
				cas.setDocumentText(texts.get(i));
				engine.process(cas);
				words += cas.getAnnotationIndex(word).size();
				persons += cas.getAnnotationIndex(person).size();
			}
			double seconds = (System.nanoTime() - start) / 1e9;
			double cpuSeconds = (ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpuStart) / 1e9;
			System.out.printf(Locale.ROOT, "UIMA Ruta, round %d: %.1f MB in %.2f s = %.2f MB/s (%.2f CPU s)%n", round,
					bytes / 1e6, seconds, bytes / 1e6 / seconds, cpuSeconds);
			if (best == null || seconds < best.seconds()) {
				best = new Result(documents, bytes, seconds, best == null ? cpuSeconds
						: Math.min(cpuSeconds, best.cpuSeconds()), words, persons);
			} else {
				best = new Result(documents, bytes, best.seconds(), Math.min(cpuSeconds, best.cpuSeconds()), words,
						persons);
			}
		}
		engine.destroy();
		deleteQuietly(resources);
		return best;
	}

	/** A type the script declared (Ruta prefixes it with the package and the generated script name). */
	private static Type declaredType(CAS cas, String shortName) {
		for (java.util.Iterator<Type> types = cas.getTypeSystem().getTypeIterator(); types.hasNext();) {
			Type type = types.next();
			if (type.getShortName().equals(shortName) && !type.getName().startsWith("org.apache.")) {
				return type;
			}
		}
		List<String> names = new java.util.ArrayList<>();
		cas.getTypeSystem().getTypeIterator().forEachRemaining(t -> names.add(t.getName()));
		throw new IllegalStateException("The Ruta script did not declare type " + shortName + ": " + names);
	}

	private static void deleteQuietly(Path folder) throws IOException {
		try (var files = Files.list(folder)) {
			for (Path f : files.toList()) {
				Files.delete(f);
			}
		}
		Files.delete(folder);
	}
}
