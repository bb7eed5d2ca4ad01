package org.dipanno.ui.handlers;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicReference;

import org.dipanno.engine.corpus.CorpusAnnotator;
import org.dipanno.engine.rules.RuleFileCompiler;
import org.dipanno.ui.editor.ArticleEditor;
import org.dipanno.ui.editor.DocumentEditorInput;
import org.dipanno.ui.rules.WorkbenchRules;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;

/**
 * Applies the corpus's rule set (its {@code rules/*.dar}, else the bundled default set) to the article: its proposals
 * replace the pending ones, decisions are kept. One undoable change, so the linguist can take it back like any edit.
 * Also Apply Previewed Proposals: the preview shown in the article is what this applies, and it ends the preview.
 */
public class ApplyRulesHandler extends ArticleEditorHandler {

	@Override
	void run(ArticleEditor editor, ExecutionEvent event) throws ExecutionException {
		RuleFileCompiler.CompiledRules rules;
		try {
			rules = WorkbenchRules.forCorpus(((DocumentEditorInput) editor.getEditorInput()).getCorpusFolder());
		} catch (IOException | RuntimeException e) {
			throw new ExecutionException("The rules cannot be compiled: " + e.getMessage(), e);
		}
		AtomicReference<CorpusAnnotator.DocumentReport> report = new AtomicReference<>();
		if (editor.change("Apply rules", () -> report.set(new CorpusAnnotator(rules.engine()).annotate(editor.getDocument())))) {
			editor.dismissPreview(); // its proposals are in the document now
			CorpusAnnotator.DocumentReport result = report.get();
			editor.getEditorSite().getActionBars().getStatusLineManager()
					.setMessage(result.entities() + " entity and " + result.events() + " event proposals from "
							+ rules.engine().ruleCount() + " rules (" + String.join(", ", rules.files().stream()
									.map(f -> f.substring(f.lastIndexOf('/') + 1)).toList())
							+ ")" + (result.problems().isEmpty() ? "" : "; stopped: " + result.problems().get(0)));
		}
	}
}
