package org.dipanno.ui.handlers;

import java.util.ArrayList;
import java.util.List;

import org.dipanno.model.AnnotationSet;
import org.dipanno.model.EntityMention;
import org.dipanno.model.EventMention;
import org.dipanno.model.Mention;
import org.dipanno.model.Role;
import org.dipanno.model.Sentence;
import org.dipanno.model.editing.AnnotationActions;
import org.dipanno.ui.CommandIds;
import org.dipanno.ui.editor.ArticleEditor;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.window.Window;
import org.eclipse.ui.dialogs.ElementListSelectionDialog;

/**
 * Adds an entity mention as an argument of an event. With parameters (event id, role, mention id) it does exactly
 * that; without, it takes the entity under the caret and offers the events of its sentence with only the roles the
 * schema allows for the entity's type.
 */
public class AddArgumentHandler extends ArticleEditorHandler {

	/** One choice of the dialog: this event, this role. */
	record Choice(EventMention event, Role role) {
	}

	@Override
	void run(ArticleEditor editor, ExecutionEvent event) throws ExecutionException {
		if (!editor.checkEditable()) {
			return;
		}
		AnnotationSet set = editor.displayedAnnotationSet();
		if (set == null) {
			throw new ExecutionException("There are no annotations of yours in this article yet");
		}
		String eventId = event.getParameter(CommandIds.PARAM_EVENT);
		String mentionId = event.getParameter(CommandIds.PARAM_MENTION);
		String roleName = event.getParameter(CommandIds.PARAM_ROLE);
		EntityMention entity = mentionId == null ? entityAtCaret(editor) : find(set.getEntityMentions(), mentionId);
		if (entity == null) {
			throw new ExecutionException(mentionId == null ? "Place the caret in one of your entity mentions"
					: "No entity mention \"" + mentionId + "\" in " + set.getId());
		}
		EventMention target;
		String role;
		if (eventId != null && roleName != null) {
			target = find(set.getEventMentions(), eventId);
			if (target == null) {
				throw new ExecutionException("No event \"" + eventId + "\" in " + set.getId());
			}
			role = roleName;
		} else {
			Choice choice = choose(editor, set, entity);
			if (choice == null) {
				return;
			}
			target = choice.event();
			role = choice.role().getName();
		}
		EventMention chosen = target;
		editor.change("Add " + role + " to " + (chosen.getType() == null ? "event" : chosen.getType().getName()),
				() -> AnnotationActions.addArgument(chosen, role, entity));
	}

	private static Choice choose(ArticleEditor editor, AnnotationSet set, EntityMention entity) {
		List<Choice> choices = new ArrayList<>();
		Sentence sentence = sentenceOf(editor, entity.getStart());
		for (EventMention candidate : set.getEventMentions()) {
			if (sentence == null || sentence.getStart() <= candidate.getStart() && candidate.getEnd() <= sentence.getEnd()) {
				for (Role role : AnnotationActions.allowedRoles(candidate, entity)) {
					choices.add(new Choice(candidate, role));
				}
			}
		}
		if (choices.isEmpty()) {
			editor.showMessage("No event in this sentence takes a " + entity.getType().getName() + " as argument");
			return null;
		}
		ElementListSelectionDialog dialog = new ElementListSelectionDialog(editor.getSite().getShell(),
				new LabelProvider() {
					@Override
					public String getText(Object element) {
						Choice c = (Choice) element;
						return c.role().getName() + " of " + c.event().getType().getName() + " \"" + c.event().getText()
								+ "\"";
					}
				});
		dialog.setTitle("Add argument");
		dialog.setMessage("\"" + entity.getText() + "\" (" + entity.getType().getName() + ") is the");
		dialog.setElements(choices.toArray());
		return dialog.open() == Window.OK ? (Choice) dialog.getFirstResult() : null;
	}

	private static Sentence sentenceOf(ArticleEditor editor, int offset) {
		for (Sentence sentence : editor.getDocument().getSentences()) {
			if (sentence.getStart() <= offset && offset < sentence.getEnd()) {
				return sentence;
			}
		}
		return null;
	}

	private static EntityMention entityAtCaret(ArticleEditor editor) {
		Mention mention = editor.mentionAtCaret();
		return mention instanceof EntityMention entity && !AnnotationActions.isPending(entity) ? entity : null;
	}

	private static <M extends Mention> M find(List<M> mentions, String id) {
		return mentions.stream().filter(m -> id.equals(m.getId())).findFirst().orElse(null);
	}
}
