package org.dipanno.ui.editor;

import java.util.Comparator;
import java.util.List;

import org.dipanno.model.AnnotationSet;
import org.dipanno.model.Document;
import org.dipanno.model.Mention;
import org.dipanno.model.Sentence;
import org.dipanno.model.custom.DocumentOperations;
import org.dipanno.model.editing.AnnotationActions;
import org.dipanno.ui.DipannoUi;
import org.dipanno.ui.Texts;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;

/**
 * The keyboard review: from one rule proposal to the next (or back), through the article and on into the next
 * article with proposals, the caret on the proposal and the view following; and from one sentence without any
 * annotation to the next. Deciding a proposal (Enter, Backspace, a type key) moves on to the next one by itself.
 */
public final class ReviewStream {

	private ReviewStream() {
	}

	/** The pending proposals of the editor's article in text order. */
	static List<Mention> pendingInOrder(ArticleEditor editor) {
		return editor.pendingProposals().stream()
				.sorted(Comparator.comparingInt(Mention::getStart).thenComparingInt(Mention::getEnd)).toList();
	}

	/**
	 * Goes to the next (or previous) pending proposal after (before) the caret; past the last one of the article, to the
	 * first proposal of the next article that has any (opened in its editor). Returns the editor showing it, or null
	 * when no proposal is left anywhere (the linguist is told).
	 */
	public static ArticleEditor step(ArticleEditor editor, boolean forward) {
		if (!editor.getDisplayedSet().showsPendingProposals()) {
			editor.showMessage("Proposals are reviewed in your own set (or gold); switch to it to review");
			return null;
		}
		int caret = editor.getTextWidget().getCaretOffset();
		List<Mention> pending = pendingInOrder(editor);
		Mention target = null;
		if (forward) {
			target = pending.stream().filter(m -> m.getStart() > caret).findFirst().orElse(null);
		} else {
			for (Mention mention : pending) {
				if (mention.getStart() < caret) {
					target = mention;
				}
			}
		}
		if (target != null) {
			goTo(editor, target);
			return editor;
		}
		ArticleEditor other = openNeighbourWithProposals(editor, forward);
		if (other == null) {
			editor.showMessage("No rule proposal left " + (forward ? "after" : "before") + " this one in the corpus");
			return null;
		}
		List<Mention> there = pendingInOrder(other);
		goTo(other, forward ? there.get(0) : there.get(there.size() - 1));
		return other;
	}

	/** After a decision at an offset: on to the next pending proposal of the article, if any. */
	public static void advanceAfterDecision(ArticleEditor editor, int decidedAt) {
		pendingInOrder(editor).stream().filter(m -> m.getStart() >= decidedAt).findFirst()
				.or(() -> pendingInOrder(editor).stream().findFirst()).ifPresentOrElse(next -> goTo(editor, next),
						() -> editor.showStatus("No proposal left here; " + Texts.count(pendingInCorpus(editor), "proposal")
								+ " in the corpus (Ctrl+. goes on)"));
	}

	/** Puts the caret at the start of the mention with the mention selected, shows it and tells what is left. */
	static void goTo(ArticleEditor editor, Mention mention) {
		// Selected backwards: the caret sits at the start, inside the proposal, where Enter and Backspace act.
		editor.getTextWidget().setSelection(mention.getEnd(), mention.getStart());
		editor.getTextWidget().showSelection();
		editor.getSite().getPage().activate(editor);
		editor.setFocus();
		caretMovedByProgram(editor);
		editor.showStatus(countsLeft(editor));
	}

	/** The caret was moved by a command: the views and the arcs follow as they do for the linguist's moves. */
	public static void caretMovedByProgram(ArticleEditor editor) {
		editor.getArcs().caretMoved();
		if (editor.getSite().getSelectionProvider() instanceof MentionSelectionProvider provider) {
			provider.caretMoved();
		}
	}

	/** "12 proposals left here, 180 in the corpus". */
	public static String countsLeft(ArticleEditor editor) {
		return Texts.count(editor.pendingProposals().size(), "proposal") + " left here, "
				+ pendingInCorpus(editor) + " in the corpus";
	}

	static long pendingInCorpus(ArticleEditor editor) {
		try {
			long count = 0;
			for (Document document : editor.getDocument().getCorpus().getDocuments()) {
				count += pending(document);
			}
			return count;
		} catch (RuntimeException e) {
			DipannoUi.log("The corpus cannot be read", e);
			return editor.pendingProposals().size();
		}
	}

	private static long pending(Document document) {
		AnnotationSet rules = document.findAnnotationSet(DocumentOperations.RULES_SET_ID);
		return rules == null ? 0
				: rules.getEntityMentions().stream().filter(AnnotationActions::isPending).count()
						+ rules.getEventMentions().stream().filter(AnnotationActions::isPending).count();
	}

	private static ArticleEditor openNeighbourWithProposals(ArticleEditor editor, boolean forward) {
		try {
			java.nio.file.Path folder = ((DocumentEditorInput) editor.getEditorInput()).getCorpusFolder();
			List<Document> documents = editor.getDocument().getCorpus().getDocuments();
			int index = documents.indexOf(editor.getDocument());
			for (int i = index + (forward ? 1 : -1); i >= 0 && i < documents.size(); i += forward ? 1 : -1) {
				Document document = documents.get(i);
				if (pending(document) > 0) {
					IWorkbenchPage page = editor.getSite().getPage();
					ArticleEditor opened = (ArticleEditor) page.openEditor(
							new DocumentEditorInput(folder, document.getId(), document.getTitle()), ArticleEditor.ID);
					if (opened.getDisplayedSet().showsPendingProposals() && !opened.pendingProposals().isEmpty()) {
						return opened;
					}
				}
			}
		} catch (PartInitException e) {
			DipannoUi.log("The next article cannot be opened", e);
			editor.showMessage(e.getMessage());
		}
		return null;
	}

	/**
	 * Goes to the next (or previous) sentence of the article's annotatable text that holds no annotation and no
	 * proposal; returns whether there was one.
	 */
	public static boolean stepToUnannotatedSentence(ArticleEditor editor, boolean forward) {
		int caret = editor.getTextWidget().getCaretOffset();
		List<Mention> visible = editor.visibleMentions();
		List<Sentence> sentences = editor.getDocument().getSentences();
		Sentence found = null;
		for (int i = 0; i < sentences.size(); i++) {
			Sentence sentence = sentences.get(forward ? i : sentences.size() - 1 - i);
			boolean ahead = forward ? sentence.getStart() > caret : sentence.getEnd() < caret;
			if (ahead && AnnotationActions.isAnnotatable(editor.getDocument(), sentence.getStart(), sentence.getEnd())
					&& visible.stream().noneMatch(m -> m.getStart() < sentence.getEnd() && sentence.getStart() < m.getEnd())) {
				found = sentence;
				break;
			}
		}
		if (found == null) {
			editor.showMessage("No sentence without annotations " + (forward ? "after" : "before") + " the caret");
			return false;
		}
		editor.getTextWidget().setSelection(found.getStart());
		editor.getTextWidget().showSelection();
		caretMovedByProgram(editor);
		editor.showStatus("A sentence without annotations; " + countsLeft(editor));
		return true;
	}
}
