package org.dipanno.rules.ui.tests;

import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.dipanno.engine.rules.RuleSets;
import org.dipanno.rules.ui.CorpusRuleFolder;
import org.dipanno.rules.ui.RuleAuthoringPerspective;
import org.dipanno.rules.ui.RuleFileEditor;
import org.dipanno.rules.ui.RuleFileState;
import org.dipanno.ui.corpus.WorkspaceCorpus;
import org.eclipse.core.resources.IFile;
import org.eclipse.emf.common.util.URI;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextPresentationListener;
import org.eclipse.jface.text.TextViewer;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Figures of the rule editor (printed, not asserted): full analysis of a generated 5,000-rule file (target < 2 s),
 * keystroke to updated highlighting in a 2,000-line file (target < 50 ms), and the longest the UI thread is busy at
 * once while typing into the 5,000-rule file (target < 100 ms). Run with -Pui-benchmark.
 */
class RuleEditorBenchmark {

	@AfterEach
	void cleanUp() throws IOException {
		Ui.page().closeAllEditors(false);
		Path folder = WorkspaceCorpus.getDefault().folder().resolve(RuleSets.CORPUS_RULES_FOLDER);
		if (Files.exists(folder)) {
			try (Stream<Path> files = Files.walk(folder)) {
				for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
					Files.delete(file);
				}
			}
		}
	}

	/** A rule file with {@code rules} different rules (2 lines each) and a lexicon per 100 rules. */
	static String generated(int rules) {
		StringBuilder text = new StringBuilder("import \"diplomatic\"\n\n");
		for (int i = 0; i < rules; i++) {
			if (i % 100 == 0) {
				text.append("lexicon Words").append(i / 100).append(" { \"từ ").append(i).append("\", \"chữ ")
						.append(i).append("\" }\n\n");
			}
			switch (i % 3) {
			case 0 -> text.append("rule Title").append(i).append(" priority 5:\n\tt:\"Bộ trưởng ").append(i)
					.append("\" -> TITLE(t)\n");
			case 1 -> text.append("rule Place").append(i).append(":\n\tp:(Words").append(i / 100)
					.append(" \"số ").append(i).append("\") -> LOCATION(p)\n");
			default -> text.append("rule Person").append(i).append(":\n\tpreceded by (Words").append(i / 100)
					.append(" \"hạng ").append(i).append("\") p:Capitalized{2,4} -> PERSON(p)\n");
			}
		}
		return text.toString();
	}

	@Test
	void fullAnalysisOfA5000RuleFile() {
		String text = generated(5000);
		URI uri = URI.createFileURI(WorkspaceCorpus.getDefault().folder().resolve("rules/generated.dar").toString());
		List<Long> millis = new ArrayList<>();
		RuleFileState state = null;
		for (int run = 0; run < 4; run++) {
			long start = System.nanoTime();
			state = RuleFileState.compute(uri, text, () -> false);
			millis.add((System.nanoTime() - start) / 1_000_000);
		}
		System.out.printf(Locale.ROOT,
				"BENCHMARK rule editor: full analysis (parse, validation, highlighting, outline) of 5,000 rules"
						+ " (%d lines, %d diagnostics): %s ms (first run cold)%n",
				text.split("\n").length, state.issues().size(), millis);
	}

	/**
	 * Opens a generated rule file saved in the corpus's rule folder, as a file made by a script is opened (the
	 * editor's quick diff then compares the typing with the saved text, not 10,000 new lines with an empty file).
	 */
	private RuleFileEditor open(String name, String text) throws Exception {
		IFile file = CorpusRuleFolder.create(name, text);
		RuleFileEditor editor = (RuleFileEditor) IDE.openEditor(Ui.page(), file, RuleFileEditor.ID);
		Ui.waitUntil(() -> editor.lastState() != null && editor.lastState().text().equals(text), "the analysis");
		return editor;
	}

	@Test
	void keystrokeToHighlightingInA2000LineFile() throws Exception {
		String text = generated(985);
		RuleFileEditor editor = open("keystrokes.dar", text);
		IDocument document = editor.getDocumentProvider().getDocument(editor.getEditorInput());
		TextViewer viewer = (TextViewer) editor.viewer();
		long[] presented = new long[1];
		ITextPresentationListener listener = presentation -> presented[0] = System.nanoTime();
		viewer.addTextPresentationListener(listener);
		List<Double> millis = new ArrayList<>();
		int at = text.indexOf("rule Place");
		for (int key = 0; key < 60; key++) {
			int offset = at + 4 + key;
			presented[0] = 0;
			long start = System.nanoTime();
			document.replace(offset, 0, key % 2 == 0 ? "x" : "y");
			Ui.processEvents();
			if (presented[0] != 0) {
				millis.add((presented[0] - start) / 1_000_000.0);
			}
		}
		viewer.removeTextPresentationListener(listener);
		millis.sort(null);
		System.out.printf(Locale.ROOT,
				"BENCHMARK rule editor: keystroke to updated highlighting in %d lines: median %.2f ms, max %.2f ms"
						+ " (%d keys)%n",
				document.getNumberOfLines(), millis.get(millis.size() / 2), millis.get(millis.size() - 1),
				millis.size());
	}

	/** One event the UI thread handled (or one key typed): its wall time, its CPU time and the GC pauses inside. */
	private record Task(boolean key, double wallMillis, double cpuMillis, double gcMillis) {
	}

	/** The collectors whose collection time is time the JVM was stopped (concurrent phases left out). */
	private static final List<GarbageCollectorMXBean> PAUSING_COLLECTORS = ManagementFactory
			.getGarbageCollectorMXBeans().stream().filter(collector -> !collector.getName().contains("Concurrent")
					&& !collector.getName().contains("Cycles"))
			.toList();

	/** Milliseconds the JVM has been stopped for garbage collection so far. */
	private static long gcPauseMillis() {
		long total = 0;
		for (GarbageCollectorMXBean collector : PAUSING_COLLECTORS) {
			total += Math.max(0, collector.getCollectionTime());
		}
		return total;
	}

	/** Records what the UI thread does while typing and after each analysis is shown. */
	private static final class Typist {
		private final Display display = Display.getCurrent();
		private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		private final IDocument document;
		private final int at;
		private final List<Task> tasks = new ArrayList<>();
		private int typed;

		Typist(IDocument document) {
			this.document = document;
			this.at = document.get().indexOf("rule Place");
		}

		/** Dispatches events (and types a key each 60 ms while keys are left) until the condition holds. */
		void run(int keys, java.util.function.BooleanSupplier done, long timeoutMillis) throws Exception {
			long deadline = System.currentTimeMillis() + timeoutMillis;
			long nextKey = System.currentTimeMillis();
			int stopAt = typed + keys;
			while (!(typed >= stopAt && done.getAsBoolean()) && System.currentTimeMillis() < deadline) {
				long start = System.nanoTime();
				long cpuStart = threads.getCurrentThreadCpuTime();
				long gcStart = gcPauseMillis();
				boolean key = typed < stopAt && System.currentTimeMillis() >= nextKey;
				boolean busy = key;
				if (key) {
					document.replace(at + 4 + typed, 0, "z");
					typed++;
					nextKey = System.currentTimeMillis() + 60;
				} else {
					busy = display.readAndDispatch();
				}
				if (busy) {
					tasks.add(new Task(key, (System.nanoTime() - start) / 1e6,
							(threads.getCurrentThreadCpuTime() - cpuStart) / 1e6, gcPauseMillis() - gcStart));
				} else {
					Thread.sleep(1);
				}
			}
		}
	}

	@Test
	void uiThreadWhileTypingIntoA5000RuleFile() throws Exception {
		// as a rule author works: the Outline, the Problems and the Rule Results views open beside the editor
		var window = Ui.page().getWorkbenchWindow();
		window.getWorkbench().showPerspective(RuleAuthoringPerspective.ID, window);
		RuleFileEditor editor = open("typing.dar", generated(5000));
		IDocument document = editor.getDocumentProvider().getDocument(editor.getEditorInput());
		java.util.concurrent.atomic.AtomicInteger shown = new java.util.concurrent.atomic.AtomicInteger();
		editor.addAnalysisListener(shown::incrementAndGet);
		Typist typist = new Typist(document);
		for (int round = 0; round < 4; round++) {
			// a fast typist's burst of 20 keys, then a pause until the analysis of what was typed is shown
			int before = shown.get();
			typist.run(20, () -> shown.get() > before && editor.lastState().text().equals(document.get()), 60_000);
			long settled = System.currentTimeMillis() + 300;
			typist.run(0, () -> System.currentTimeMillis() > settled, 1000);
		}
		List<Task> tasks = typist.tasks;
		Task longest = tasks.stream().max(Comparator.comparingDouble(Task::wallMillis)).orElseThrow();
		Task mostCpu = tasks.stream().max(Comparator.comparingDouble(Task::cpuMillis)).orElseThrow();
		double longestOutsideGc = tasks.stream().mapToDouble(task -> task.wallMillis() - task.gcMillis()).max()
				.orElse(0);
		System.out.printf(Locale.ROOT,
				"BENCHMARK rule editor: UI thread while typing %d keys into 5,000 rules in bursts of 20, each until"
						+ " its analysis is shown (Rule Authoring perspective), %d tasks: longest %.1f ms wall (%.1f ms"
						+ " CPU, %.0f ms in GC pauses); most CPU in one task %.1f ms (%s); longest outside GC pauses"
						+ " %.1f ms wall; %d tasks over 50 ms wall; GC pauses in all %.0f ms; load average %.2f%n",
				typist.typed, tasks.size(), longest.wallMillis(), longest.cpuMillis(), longest.gcMillis(),
				mostCpu.cpuMillis(), mostCpu.key() ? "a key" : "an event", longestOutsideGc,
				tasks.stream().filter(task -> task.wallMillis() > 50).count(),
				tasks.stream().mapToDouble(Task::gcMillis).sum(),
				ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
	}
}
