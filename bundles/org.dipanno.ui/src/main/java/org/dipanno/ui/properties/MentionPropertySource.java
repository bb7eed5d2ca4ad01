package org.dipanno.ui.properties;

import java.util.ArrayList;
import java.util.List;

import org.dipanno.model.Actor;
import org.dipanno.model.ActorRegistry;
import org.dipanno.model.Corpus;
import org.dipanno.model.Document;
import org.dipanno.model.EntityMention;
import org.dipanno.model.EventMention;
import org.dipanno.model.Mention;
import org.dipanno.ui.editor.ArticleEditor;
import org.dipanno.ui.editor.MentionDescriptions;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.views.properties.ComboBoxPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.PropertyDescriptor;
import org.eclipse.ui.views.properties.TextPropertyDescriptor;

/**
 * A mention in the Properties view: its type, text, status and source, and for entities the normalized values a
 * linguist sets there — the canonical actor, the country code, the ISO date. Edits go through the article editor
 * that shows the mention, as undoable changes; mentions of read-only sets cannot be edited.
 */
public class MentionPropertySource implements IPropertySource {

	public static final String TYPE = "type";
	public static final String TEXT = "text";
	public static final String STATUS = "status";
	public static final String SOURCE = "source";
	public static final String ACTOR = "actor";
	public static final String COUNTRY = "countryCode";
	public static final String DATE = "isoDate";

	private static final String NO_ACTOR = "(none)";

	private final Mention mention;

	public MentionPropertySource(Mention mention) {
		this.mention = mention;
	}

	@Override
	public Object getEditableValue() {
		return mention;
	}

	@Override
	public IPropertyDescriptor[] getPropertyDescriptors() {
		List<IPropertyDescriptor> descriptors = new ArrayList<>();
		descriptors.add(readOnly(TYPE, "Type"));
		descriptors.add(readOnly(TEXT, "Text"));
		descriptors.add(readOnly(STATUS, "Status"));
		descriptors.add(readOnly(SOURCE, "Source"));
		if (mention instanceof EntityMention) {
			boolean editable = isEditable();
			descriptors.add(editable ? new ComboBoxPropertyDescriptor(ACTOR, "Canonical actor", actorChoices())
					: readOnly(ACTOR, "Canonical actor"));
			descriptors.add(editable ? new TextPropertyDescriptor(COUNTRY, "Country code (ISO 3166 alpha-3)")
					: readOnly(COUNTRY, "Country code (ISO 3166 alpha-3)"));
			descriptors.add(editable ? new TextPropertyDescriptor(DATE, "ISO date (YYYY-MM-DD or --MM-DD)")
					: readOnly(DATE, "ISO date (YYYY-MM-DD or --MM-DD)"));
		}
		for (IPropertyDescriptor descriptor : descriptors) {
			((PropertyDescriptor) descriptor).setCategory(mention instanceof EventMention ? "Event" : "Entity");
		}
		// The arguments: of an event, one line per role; of an entity, the events it is an argument of.
		List<String> arguments = argumentLines();
		for (int i = 0; i < arguments.size(); i++) {
			PropertyDescriptor argument = readOnly(ARGUMENT_PREFIX + i,
					mention instanceof EventMention ? arguments.get(i).substring(0, arguments.get(i).indexOf(':'))
							: "Argument " + (i + 1));
			argument.setCategory("Arguments");
			descriptors.add(argument);
		}
		return descriptors.toArray(IPropertyDescriptor[]::new);
	}

	private static PropertyDescriptor readOnly(String id, String name) {
		return new PropertyDescriptor(id, name);
	}

	/** Property ids of the arguments: this prefix and the argument's index. */
	public static final String ARGUMENT_PREFIX = "argument.";

	private List<String> argumentLines() {
		String arguments = MentionDescriptions.arguments(mention);
		return arguments.isEmpty() ? List.of() : List.of(arguments.split("; "));
	}

	@Override
	public Object getPropertyValue(Object id) {
		if (((String) id).startsWith(ARGUMENT_PREFIX)) {
			int index = Integer.parseInt(((String) id).substring(ARGUMENT_PREFIX.length()));
			List<String> lines = argumentLines();
			if (index >= lines.size()) {
				return "";
			}
			String line = lines.get(index);
			return mention instanceof EventMention ? line.substring(line.indexOf(':') + 2) : line;
		}
		return switch ((String) id) {
		case TYPE -> MentionDescriptions.typeName(mention);
		case TEXT -> mention.getText();
		case STATUS -> mention.getStatus().getLiteral().toLowerCase(java.util.Locale.ROOT);
		case SOURCE -> MentionDescriptions.source(mention.getProvenance());
		case ACTOR -> actorIndexOrLabel();
		case COUNTRY -> nullToEmpty(((EntityMention) mention).getCountryCode());
		case DATE -> nullToEmpty(((EntityMention) mention).getIsoDate());
		default -> null;
		};
	}

	private Object actorIndexOrLabel() {
		Actor actor = ((EntityMention) mention).getActor();
		List<Actor> actors = actors();
		int index = actor == null ? -1 : actors.indexOf(actor);
		if (isEditable()) {
			return index + 1; // the combo's items start with NO_ACTOR
		}
		return actor == null ? NO_ACTOR : label(actor);
	}

	/** Only the linguist's own (displayed, editable) annotations are edited here; proposals are accepted first. */
	private boolean isEditable() {
		ArticleEditor editor = owningEditor();
		return editor != null && editor.getDisplayedSet().editable()
				&& mention.getAnnotationSet() == editor.displayedAnnotationSet();
	}

	@Override
	public boolean isPropertySet(Object id) {
		return false;
	}

	@Override
	public void resetPropertyValue(Object id) {
		// Normalized values are cleared by setting them empty.
	}

	@Override
	public void setPropertyValue(Object id, Object value) {
		ArticleEditor editor = owningEditor();
		if (editor == null || !isEditable() || !(mention instanceof EntityMention entity)) {
			return;
		}
		switch ((String) id) {
		case ACTOR -> {
			int index = (Integer) value;
			Actor actor = index <= 0 ? null : actors().get(index - 1);
			if (actor != entity.getActor()) {
				editor.change("Set canonical actor", () -> entity.setActor(actor));
			}
		}
		case COUNTRY -> {
			String code = emptyToNull(((String) value).strip().toUpperCase(java.util.Locale.ROOT));
			if (code != null && !code.matches("[A-Z]{3}")) {
				editor.showMessage("A country code has three letters (ISO 3166 alpha-3), e.g. VNM, CHN, USA");
				return;
			}
			editor.change("Set country code", () -> entity.setCountryCode(code));
		}
		case DATE -> {
			String date = emptyToNull(((String) value).strip());
			if (date != null && !date.matches("\\d{4}-\\d{2}-\\d{2}|--\\d{2}-\\d{2}|\\d{4}-\\d{2}|\\d{4}")) {
				editor.showMessage("An ISO date: 2024-08-28, or --08-28 when the year is not known");
				return;
			}
			editor.change("Set ISO date", () -> entity.setIsoDate(date));
		}
		default -> {
		}
		}
	}

	private String[] actorChoices() {
		List<String> choices = new ArrayList<>();
		choices.add(NO_ACTOR);
		for (Actor actor : actors()) {
			choices.add(label(actor));
		}
		return choices.toArray(String[]::new);
	}

	private static String label(Actor actor) {
		return actor.getCanonicalName() + " (" + actor.getKind().getLiteral().toLowerCase(java.util.Locale.ROOT)
				+ (actor.getCountryCode() == null ? "" : ", " + actor.getCountryCode()) + ")";
	}

	private List<Actor> actors() {
		Document document = mention.getAnnotationSet() == null ? null
				: (Document) mention.getAnnotationSet().eContainer();
		Corpus corpus = document == null ? null : document.getCorpus();
		ActorRegistry registry = corpus == null ? null : corpus.getActorRegistry();
		return registry == null ? List.of() : registry.getActors();
	}

	/** The open article editor showing the mention's document. */
	private ArticleEditor owningEditor() {
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		IWorkbenchPage page = window == null ? null : window.getActivePage();
		if (page == null || mention.getAnnotationSet() == null) {
			return null;
		}
		Object document = mention.getAnnotationSet().eContainer();
		for (IEditorReference reference : page.getEditorReferences()) {
			if (reference.getEditor(false) instanceof ArticleEditor editor && editor.getDocument() == document) {
				return editor;
			}
		}
		return null;
	}

	private static String nullToEmpty(String value) {
		return value == null ? "" : value;
	}

	private static String emptyToNull(String value) {
		return value == null || value.isEmpty() ? null : value;
	}
}
