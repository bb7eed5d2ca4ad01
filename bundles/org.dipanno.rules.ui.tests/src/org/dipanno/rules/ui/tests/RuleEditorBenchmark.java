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
import java.util.Map;
import java.util.stream.Stream;

import org.dipanno.engine.rules.RuleSets;
import org.dipanno.rules.ui.NewRuleFileHandler;
import org.dipanno.rules.ui.RuleAuthoringPerspective;
import org.dipanno.rules.ui.RuleFileEditor;
import org.dipanno.rules.ui.RuleFileState;
import org.dipanno.ui.corpus.WorkspaceCorpus;
import org.eclipse.emf.common.util.URI;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextPresentationListener;
import org.eclipse.jface.text.TextViewer;
import org.eclipse.swt.widgets.Display;
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

	private RuleFileEditor open(String name, String text) throws Exception {
		Ui.runCommand(NewRuleFileHandler.COMMAND, Map.of(NewRuleFileHandler.NAME_PARAMETER, name));
		RuleFileEditor editor = (RuleFileEditor) Ui.page().getActiveEditor();
		editor.getDocumentProvider().getDocument(editor.getEditorInput()).set(text);
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
	private record Task(double wallMillis, double cpuMillis, double gcMillis) {
	}

	/** Milliseconds the JVM has been stopped for garbage collection so far (concurrent phases left out). */
	private static long gcPauseMillis() {
		long total = 0;
		for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
			if (!collector.getName().contains("Concurrent")) {
				total += Math.max(0, collector.getCollectionTime());
			}
		}
		return total;
	}

	@Test
	void uiThreadWhileTypingIntoA5000RuleFile() throws Exception {
		// as a rule author works: the Outline, the Problems and the Rule Results views open beside the editor
		var window = Ui.page().getWorkbenchWindow();
		window.getWorkbench().showPerspective(RuleAuthoringPerspective.ID, window);
		RuleFileEditor editor = open("typing.dar", generated(5000));
		IDocument document = editor.getDocumentProvider().getDocument(editor.getEditorInput());
		Display display = Display.getCurrent();
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		int at = document.get().indexOf("rule Place");
		long end = System.currentTimeMillis() + 6000;
		List<Task> tasks = new ArrayList<>();
		int typed = 0;
		long nextKey = System.currentTimeMillis();
		while (System.currentTimeMillis() < end) {
			long start = System.nanoTime();
			long cpuStart = threads.getCurrentThreadCpuTime();
			long gcStart = gcPauseMillis();
			boolean busy;
			if (System.currentTimeMillis() >= nextKey) {
				document.replace(at + 4 + typed, 0, "z");
				typed++;
				// a fast typist, with pauses that let the analysis start and be interrupted
				nextKey = System.currentTimeMillis() + (typed % 20 == 0 ? 700 : 60);
				busy = true;
			} else {
				busy = display.readAndDispatch();
			}
			if (busy) {
				tasks.add(new Task((System.nanoTime() - start) / 1e6,
						(threads.getCurrentThreadCpuTime() - cpuStart) / 1e6, gcPauseMillis() - gcStart));
			}
		}
		Task longest = tasks.stream().max(Comparator.comparingDouble(Task::wallMillis)).orElseThrow();
		double mostCpu = tasks.stream().mapToDouble(Task::cpuMillis).max().orElse(0);
		double longestOutsideGc = tasks.stream().mapToDouble(task -> task.wallMillis() - task.gcMillis()).max()
				.orElse(0);
		System.out.printf(Locale.ROOT,
				"BENCHMARK rule editor: UI thread while typing %d keys into 5,000 rules (Rule Authoring perspective),"
						+ " %d tasks: longest %.1f ms wall (%.1f ms CPU, %.0f ms in GC pauses); most CPU in one task"
						+ " %.1f ms; longest outside GC pauses %.1f ms wall; %d tasks over 50 ms wall; load average"
						+ " %.2f%n",
				typed, tasks.size(), longest.wallMillis(), longest.cpuMillis(), longest.gcMillis(), mostCpu,
				longestOutsideGc, tasks.stream().filter(task -> task.wallMillis() > 50).count(),
				ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
	}
}
