package org.dipanno.ui.imports;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.dipanno.export.imports.AnnotationImporter;
import org.dipanno.export.imports.AnnotationSource;
import org.dipanno.model.Corpus;
import org.dipanno.model.Document;
import org.dipanno.ui.corpus.WorkspaceCorpus;
import org.dipanno.ui.editor.ArticleEditor;

/**
 * Imports annotations into the workspace corpus as the dialog chose them and saves each imported document at once (a
 * clear save, not an undoable change). A document open with unsaved changes is left alone and named in the report, so
 * that the linguist's unsaved work is never mixed with an import; an open one without changes shows the import.
 */
public final class CorpusAnnotationImport {

	private CorpusAnnotationImport() {
	}

	/** Runs on the UI thread; returns the report the corpus view shows. */
	public static String run(WorkspaceCorpus workspaceCorpus, List<AnnotationSource> sources,
			AnnotationImporter.Options options) throws IOException {
		Corpus corpus = workspaceCorpus.corpus();
		List<AnnotationSource> importable = new ArrayList<>();
		List<String> problems = new ArrayList<>();
		for (AnnotationSource source : sources) {
			if (ArticleEditor.openOn(workspaceCorpus.folder(), source.documentId()).stream().anyMatch(ArticleEditor::isDirty)) {
				problems.add(source.documentId() + ": open with unsaved changes (save or close it, then import again)");
			} else {
				importable.add(source);
			}
		}
		int documents = 0;
		int entities = 0;
		int events = 0;
		for (AnnotationImporter.DocumentReport report : AnnotationImporter.importInto(corpus, importable, options)) {
			if (report.problem() != null) {
				problems.add(report.problem());
				continue;
			}
			Document document = corpus.findDocument(report.documentId());
			workspaceCorpus.saveDocument(document);
			ArticleEditor.openOn(workspaceCorpus.folder(), document.getId()).forEach(ArticleEditor::refreshPresentation);
			documents++;
			entities += report.entities();
			events += report.events();
		}
		String message = "Imported " + entities + (entities == 1 ? " entity" : " entities") + " and " + events
				+ (events == 1 ? " event" : " events") + " into " + documents + (documents == 1 ? " article" : " articles")
				+ (problems.isEmpty() ? "" : "; not imported: " + String.join("; ", problems));
		workspaceCorpus.reportRun(message);
		return message;
	}
}
