package org.dipanno.ui.search;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.dipanno.model.AnnotationSet;
import org.dipanno.model.AnnotationSetKind;
import org.dipanno.model.Document;
import org.dipanno.model.EntityMention;
import org.dipanno.model.EntityType;
import org.dipanno.model.custom.DocumentOperations;
import org.dipanno.model.editing.AnnotationActions;
import org.dipanno.ui.DipannoUi;
import org.dipanno.ui.corpus.WorkspaceCorpus;
import org.dipanno.ui.editor.ArticleEditor;
import org.dipanno.ui.editor.SpanChecks;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.commands.operations.AbstractOperation;
import org.eclipse.core.commands.operations.IUndoContext;
import org.eclipse.core.commands.operations.ObjectUndoContext;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;

/**
 * "Label all occurrences": one undoable change that labels every hit of a search in the linguist's set. The articles
 * open in an editor take it as one of their own changes (unsaved, undoable there too); the others are saved at once,
 * and saved again when the change is undone.
 */
public final class LabelAllOperation extends AbstractOperation {

	/** The undo history of corpus-wide changes made from the Search view. */
	public static final IUndoContext CONTEXT = new ObjectUndoContext(LabelAllOperation.class, "Corpus search");

	/** A hit and whether it is labelled, or why not. */
	public record Planned(CorpusSearch.Hit hit, String skipped) {
	}

	private final WorkspaceCorpus corpus;
	private final List<Planned> plan;
	private final EntityType type;
	private final String annotator;
	private final List<EntityMention> made = new ArrayList<>();

	public LabelAllOperation(WorkspaceCorpus corpus, List<Planned> plan, EntityType type, String annotator) {
		super("Label " + plan.stream().filter(p -> p.skipped() == null).count() + " occurrences as " + type.getName());
		this.corpus = corpus;
		this.plan = plan;
		this.type = type;
		this.annotator = annotator;
		addContext(CONTEXT);
		for (Document document : documents()) {
			for (ArticleEditor editor : ArticleEditor.openOn(corpus.folder(), document.getId())) {
				addContext(editor.getUndoContext());
			}
		}
	}

	/** Which hits would be labelled, and why the others would not (boilerplate, punctuation, already annotated). */
	public static List<Planned> plan(List<CorpusSearch.Hit> hits, String annotator) {
		List<Planned> planned = new ArrayList<>();
		for (CorpusSearch.Hit hit : hits) {
			Document document = hit.document();
			String skipped = null;
			if (!AnnotationActions.isAnnotatable(document, hit.start(), hit.end())) {
				skipped = "boilerplate";
			} else if (SpanChecks.problem(document, hit.start(), hit.end()) != null) {
				skipped = SpanChecks.problem(document, hit.start(), hit.end());
			} else {
				AnnotationSet mine = document.findAnnotationSet(
						DocumentOperations.annotationSetId(AnnotationSetKind.ANNOTATOR, annotator));
				if (mine != null && mine.getEntityMentions().stream()
						.anyMatch(m -> m.getStart() < hit.end() && hit.start() < m.getEnd())) {
					skipped = "already annotated";
				}
			}
			planned.add(new Planned(hit, skipped));
		}
		return planned;
	}

	private Set<Document> documents() {
		Set<Document> documents = new LinkedHashSet<>();
		plan.stream().filter(p -> p.skipped() == null).forEach(p -> documents.add(p.hit().document()));
		return documents;
	}

	@Override
	public IStatus execute(IProgressMonitor monitor, IAdaptable info) throws ExecutionException {
		made.clear();
		for (Planned planned : plan) {
			if (planned.skipped() == null) {
				CorpusSearch.Hit hit = planned.hit();
				AnnotationSet mine = hit.document().getOrCreateAnnotationSet(AnnotationSetKind.ANNOTATOR, annotator);
				made.add(AnnotationActions.label(mine, hit.start(), hit.end(), type, annotator, Instant.now()));
			}
		}
		saveClosedArticles();
		return Status.OK_STATUS;
	}

	@Override
	public IStatus undo(IProgressMonitor monitor, IAdaptable info) throws ExecutionException {
		for (EntityMention mention : made) {
			if (mention.getAnnotationSet() != null) {
				AnnotationActions.delete(mention);
			}
		}
		saveClosedArticles();
		return Status.OK_STATUS;
	}

	@Override
	public IStatus redo(IProgressMonitor monitor, IAdaptable info) throws ExecutionException {
		return execute(monitor, info);
	}

	/** The labelled mentions (after execute or redo). */
	public List<EntityMention> made() {
		return List.copyOf(made);
	}

	/** Articles without an editor have no unsaved state to join: their change is saved as it happens. */
	private void saveClosedArticles() throws ExecutionException {
		try {
			for (Document document : documents()) {
				if (ArticleEditor.openOn(corpus.folder(), document.getId()).isEmpty()) {
					corpus.saveDocument(document);
				}
			}
		} catch (IOException e) {
			DipannoUi.log("Saving after labelling all occurrences failed", e);
			throw new ExecutionException("Saving failed: " + e.getMessage(), e);
		}
	}
}
