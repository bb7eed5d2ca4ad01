package org.dipanno.ui.help;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.dipanno.model.AnnotationSchema;
import org.dipanno.model.EntityType;
import org.dipanno.model.EventType;
import org.dipanno.ui.DipannoUi;
import org.dipanno.ui.corpus.WorkspaceCorpus;
import org.dipanno.ui.editor.ArticleEditor;
import org.eclipse.jface.bindings.Binding;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.keys.IBindingService;

/**
 * Every key of the workbench, read from what is really bound (the key bindings of the article editor and the window,
 * and the schema's type keys), with what it does; shown by Help > Key Reference and on the welcome page.
 */
public final class KeyReference {

	/** One key (or mouse gesture) and what it does. */
	public record Entry(String keys, String does) {
	}

	private static final String WINDOW_CONTEXT = "org.eclipse.ui.contexts.window";
	private static final String DIALOG_AND_WINDOW_CONTEXT = "org.eclipse.ui.contexts.dialogAndWindow";

	/** The workbench's own commands the linguist uses; its other bindings do nothing useful in dipanno. */
	private static final java.util.Set<String> WORKBENCH_COMMANDS = java.util.Set.of("org.eclipse.ui.edit.undo",
			"org.eclipse.ui.edit.redo", "org.eclipse.ui.file.save", "org.eclipse.ui.file.saveAll",
			"org.eclipse.ui.file.close", "org.eclipse.ui.file.closeAll", "org.eclipse.ui.file.exit");

	private KeyReference() {
	}

	public static List<Entry> entries() {
		List<Entry> entries = new ArrayList<>();
		AnnotationSchema schema = schema();
		if (schema != null) {
			for (EntityType type : schema.getEntityTypes()) {
				if (type.getShortcutKey() != null && !type.getShortcutKey().isEmpty()) {
					entries.add(new Entry(type.getShortcutKey(), "Label as " + type.getName()
							+ " (the selection, or the name or word at the caret; on a proposal: accept it as "
							+ type.getName() + "; in a mention: change its type)"));
				}
			}
			for (EventType type : schema.getEventTypes()) {
				if (type.getShortcutKey() != null && !type.getShortcutKey().isEmpty()) {
					entries.add(new Entry(type.getShortcutKey(), "Make a " + type.getName() + " event with the selection as trigger"));
				}
			}
		}
		entries.add(new Entry("Alt+type key", "Label exactly the selection, without snapping to syllables"));
		Map<String, String> bound = new LinkedHashMap<>();
		IBindingService bindings = PlatformUI.getWorkbench().getService(IBindingService.class);
		for (Binding binding : bindings.getBindings()) {
			String context = binding.getContextId();
			String command = binding.getParameterizedCommand() == null ? null
					: binding.getParameterizedCommand().getId();
			if (command == null || !(command.startsWith("org.dipanno.") || WORKBENCH_COMMANDS.contains(command))
					|| !(ArticleEditor.CONTEXT_ID.equals(context) || WINDOW_CONTEXT.equals(context)
							|| DIALOG_AND_WINDOW_CONTEXT.equals(context))
					|| !bindings.getActiveScheme().getId().equals(binding.getSchemeId())
					|| binding.getPlatform() != null && !binding.getPlatform().equals(org.eclipse.swt.SWT.getPlatform())
					|| binding.getLocale() != null && !binding.getLocale().isEmpty()) {
				continue;
			}
			try {
				String name = name(binding.getParameterizedCommand());
				bound.putIfAbsent(binding.getTriggerSequence().format(), name);
			} catch (org.eclipse.core.commands.common.NotDefinedException e) {
				// a binding to a command that is not defined in this product: not a key of it
			}
		}
		bound.entrySet().stream().sorted(Map.Entry.comparingByKey(Comparator.comparing(KeyReference::order)))
				.forEach(e -> entries.add(new Entry(e.getKey(), e.getValue())));
		entries.add(new Entry("Click an arc's label", "Select that event argument (Delete removes it)"));
		entries.add(new Entry("Double-click an arc's label", "Change the argument's role"));
		entries.add(new Entry("Double-click an article", "Open it (Corpus view, Search view)"));
		return entries;
	}

	/** "Resize Annotation (end, grow)", "Next Proposal (backward)": the command and its parameter values. */
	private static String name(org.eclipse.core.commands.ParameterizedCommand command)
			throws org.eclipse.core.commands.common.NotDefinedException {
		String name = command.getCommand().getName();
		java.util.List<String> values = new java.util.ArrayList<>();
		command.getParameterMap().forEach((key, value) -> values.add("true".equals(value) ? (String) key : (String) value));
		return values.isEmpty() ? name : name + " (" + String.join(", ", values) + ")";
	}

	/** Plain keys first, then with one modifier, then with more. */
	private static String order(String keys) {
		return (keys.chars().filter(c -> c == '+').count()) + keys;
	}

	private static AnnotationSchema schema() {
		try {
			return WorkspaceCorpus.getDefault().corpus().getSchema();
		} catch (IOException e) {
			DipannoUi.log("The corpus cannot be loaded", e);
			return null;
		}
	}
}
