package org.dipanno.ui.editor;

import org.dipanno.model.AnnotationSet;
import org.dipanno.model.Document;
import org.dipanno.ui.DipannoUi;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;

/**
 * What to do with unsaved work found after a crash: ask (the default), restore, or discard, per the preference
 * {@value #PREFERENCE}.
 */
public enum RecoveryPolicy {
	ASK, RESTORE, DISCARD;

	public static final String PREFERENCE = "recoveryPolicy";

	public static RecoveryPolicy current() {
		String value = DipannoUi.getDefault().getPreferenceStore().getString(PREFERENCE);
		for (RecoveryPolicy policy : values()) {
			if (policy.name().equalsIgnoreCase(value)) {
				return policy;
			}
		}
		return ASK;
	}

	boolean restore(Shell shell, Document document) {
		return switch (this) {
		case RESTORE -> true;
		case DISCARD -> false;
		case ASK -> MessageDialog.openQuestion(shell, "Unsaved work found",
				"dipanno was closed before \"" + document.getTitle() + "\" was saved.\n\n"
						+ "Restore the annotations from the recovery copy? (You can still undo that.)");
		};
	}

	/** Replaces the document's annotation sets by copies of the recovered document's. */
	static void replaceAnnotationSets(Document document, Document recovered) {
		document.getAnnotationSets().clear();
		for (AnnotationSet set : EcoreUtil.copyAll(recovered.getAnnotationSets())) {
			document.getAnnotationSets().add(set);
		}
	}
}
