package org.dipanno.engine.corpus;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.dipanno.engine.EngineOptions;
import org.dipanno.engine.RuleEngine;
import org.dipanno.engine.document.EngineDocument;
import org.dipanno.seeds.SeedCorpus;
import org.dipanno.text.ZoneKind;
import org.dipanno.engine.lexicon.VietnameseKeys;
import org.dipanno.engine.rules.EngineRulesSetup;
import org.dipanno.engine.rules.RuleFileCompiler;
import org.dipanno.model.Corpus;
import org.dipanno.model.Document;
import org.dipanno.rules.defaults.DefaultRuleFiles;
import org.dipanno.rules.model.RuleFile;
import org.eclipse.xtext.resource.XtextResourceSet;

/**
 * Throughput of the bundled default rule set (not the engine benchmark's hand-built sets): the seed articles, analysed
 * once, run again and again for the given number of megabytes, title, lead and body matched. Prints MB/s of text per
 * round (best of five after two warm-up rounds), by the clock and per CPU-second of the matching thread (the steadier
 * figure on a shared machine). Run from the engine bundle after a build:
 *
 * <pre>java -cp "target/classes:target/test-classes:PRODUCT/plugins/*" org.dipanno.engine.corpus.DefaultRulesThroughput 20</pre>
 */
public final class DefaultRulesThroughput {

	public static void main(String[] args) {
		int megabytes = args.length > 0 ? Integer.parseInt(args[0]) : 20;
		XtextResourceSet resourceSet = new EngineRulesSetup().createInjectorAndDoEMFRegistration()
				.getInstance(XtextResourceSet.class);
		RuleFile file = (RuleFile) resourceSet.getResource(
				DefaultRuleFiles.resolveWellKnownName(DefaultRuleFiles.DIPLOMATIC_RULES).orElseThrow(), true)
				.getContents().get(0);
		EngineOptions options = EngineOptions.defaults()
				.withTargetZones(java.util.EnumSet.of(ZoneKind.TITLE, ZoneKind.LEAD, ZoneKind.BODY));
		RuleEngine engine = RuleFileCompiler.compile(file, VietnameseKeys.INSTANCE, options).engine();
		Corpus seeds = SeedCorpus.importCorpus();
		List<EngineDocument> documents = new ArrayList<>();
		long chars = 0;
		while (chars < megabytes * 1_000_000L) {
			for (Document document : seeds.getDocuments()) {
				documents.add(EngineDocuments.of(document, engine.options().keys()));
				chars += document.getText().length();
			}
		}
		System.out.printf(Locale.ROOT, "default rules: %d rules, %d documents, %.1f M characters%n", engine.ruleCount(),
				documents.size(), chars / 1e6);
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		double best = 0;
		double bestPerCpuSecond = 0;
		for (int round = 0; round < 7; round++) {
			long cpuStart = threads.getCurrentThreadCpuTime();
			long start = System.nanoTime();
			long entities = 0;
			for (EngineDocument document : documents) {
				entities += engine.run(document).entities().size();
			}
			double seconds = (System.nanoTime() - start) / 1e9;
			double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
			double rate = chars / 1e6 / seconds;
			double perCpuSecond = chars / 1e6 / cpuSeconds;
			if (round >= 2) {
				best = Math.max(best, rate);
				bestPerCpuSecond = Math.max(bestPerCpuSecond, perCpuSecond);
			}
			System.out.printf(Locale.ROOT,
					"round %d%s: %.2f s (%.2f CPU s), %.1f M characters/s, %.1f M characters per CPU-second, %d entities%n",
					round + 1, round < 2 ? " (warm-up)" : "", seconds, cpuSeconds, rate, perCpuSecond, entities);
		}
		System.out.printf(Locale.ROOT, "best: %.1f M characters/s, %.1f M characters per CPU-second%n", best,
				bestPerCpuSecond);
	}
}
