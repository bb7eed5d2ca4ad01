package org.dipanno.ui.handlers;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicReference;

import org.dipanno.engine.recommend.AnnotationRecommender;
import org.dipanno.engine.recommend.LearnedSurfaces;
import org.dipanno.engine.recommend.LearningSource;
import org.dipanno.model.AnnotationSetKind;
import org.dipanno.ui.corpus.WorkspaceCorpus;
import org.dipanno.ui.editor.ArticleEditor;
import org.dipanno.ui.editor.DisplayedSet;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;

/**
 * Annotate > Propose From Annotations: the recommender learns from the annotations of the displayed set in the whole
 * corpus (gold, or the linguist's own; every set people made when another is shown) and proposes the same surfaces in
 * the article, shown and decided like rule proposals. One undoable change.
 */
public class ProposeFromAnnotationsHandler extends ArticleEditorHandler {

	/** The recommender's threshold in the workbench, as on the command line. */
	static final double MIN_CONFIDENCE = 0.5;

	@Override
	void run(ArticleEditor editor, ExecutionEvent event) throws ExecutionException {
		DisplayedSet displayed = editor.getDisplayedSet();
		LearningSource source = !displayed.editable() ? LearningSource.ALL
				: displayed.kind() == AnnotationSetKind.GOLD ? LearningSource.GOLD
						: LearningSource.annotator(displayed.annotator());
		AnnotationRecommender recommender = new AnnotationRecommender(MIN_CONFIDENCE);
		LearnedSurfaces learned;
		try {
			learned = recommender.learn(WorkspaceCorpus.getDefault().corpus().getDocuments(), source);
		} catch (IOException e) {
			throw new ExecutionException("The corpus cannot be loaded: " + e.getMessage(), e);
		}
		if (learned.mentionsLearned() == 0) {
			editor.showMessage("Nothing to learn from: " + source.label() + " has no entity annotations yet");
			return;
		}
		AtomicReference<AnnotationRecommender.DocumentReport> report = new AtomicReference<>();
		if (editor.change("Propose from annotations",
				() -> report.set(recommender.propose(editor.getDocument(), learned, source)))) {
			int proposed = report.get().proposed();
			editor.getEditorSite().getActionBars().getStatusLineManager()
					.setMessage(proposed + (proposed == 1 ? " proposal" : " proposals") + " from the recommender ("
							+ learned.surfaces().size() + " surfaces learned from " + learned.mentionsLearned()
							+ " annotations of " + source.label() + "); Enter accepts, Backspace rejects");
		}
	}
}
