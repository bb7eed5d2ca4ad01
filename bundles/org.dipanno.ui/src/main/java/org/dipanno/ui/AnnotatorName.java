package org.dipanno.ui;

import java.io.IOException;

import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.preference.IPersistentPreferenceStore;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;

/**
 * The name the linguist annotates under, asked once (when the first article opens) instead of being taken silently
 * from the operating system's user; Window > Preferences > dipanno changes it later.
 */
public final class AnnotatorName {

	public static final String DIALOG_TITLE = "Who is annotating?";

	private AnnotatorName() {
	}

	/** Whether the name was given (in this workspace, or by the product's preference defaults). */
	public static boolean isKnown() {
		return !DipannoUi.getDefault().getPreferenceStore().getString(DipannoUi.PREF_ANNOTATOR).isBlank();
	}

	/** Asks for the name if it is not known yet; a linguist who cancels is asked again next time. */
	public static void askOnce(Shell shell) {
		if (isKnown()) {
			return;
		}
		InputDialog dialog = new InputDialog(shell, DIALOG_TITLE,
				"Your annotations are kept under your name, apart from other annotators' and the rules' proposals.\n"
						+ "Your name (you can change it in Window > Preferences > dipanno):",
				System.getProperty("user.name", ""),
				value -> value == null || value.isBlank() ? "Type the name your annotations are kept under" : null);
		if (dialog.open() != Window.OK) {
			return;
		}
		IPreferenceStore preferences = DipannoUi.getDefault().getPreferenceStore();
		preferences.setValue(DipannoUi.PREF_ANNOTATOR, dialog.getValue().strip());
		if (preferences instanceof IPersistentPreferenceStore persistent) {
			try {
				persistent.save();
			} catch (IOException e) {
				DipannoUi.log("The annotator's name was not saved", e);
			}
		}
	}
}
