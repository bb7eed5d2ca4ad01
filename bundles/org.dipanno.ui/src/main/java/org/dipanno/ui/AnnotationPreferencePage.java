package org.dipanno.ui;

import org.dipanno.ui.editor.RecoveryPolicy;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.IntegerFieldEditor;
import org.eclipse.jface.preference.RadioGroupFieldEditor;
import org.eclipse.jface.preference.StringFieldEditor;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;

/** Who annotates, how often unsaved work is kept for recovery, and what to do with it after a crash. */
public class AnnotationPreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

	public AnnotationPreferencePage() {
		super(GRID);
		setDescription("Your annotations are kept under your annotator name.");
	}

	@Override
	public void init(IWorkbench workbench) {
		setPreferenceStore(DipannoUi.getDefault().getPreferenceStore());
	}

	@Override
	protected void createFieldEditors() {
		addField(new StringFieldEditor(DipannoUi.PREF_ANNOTATOR, "Annotator name:", getFieldEditorParent()));
		IntegerFieldEditor autosave = new IntegerFieldEditor(DipannoUi.PREF_AUTOSAVE_SECONDS,
				"Recovery copy every (seconds, 0 = never):", getFieldEditorParent());
		autosave.setValidRange(0, 3600);
		addField(autosave);
		addField(new RadioGroupFieldEditor(RecoveryPolicy.PREFERENCE, "Unsaved work found after a crash:", 1,
				new String[][] { { "Ask", RecoveryPolicy.ASK.name() }, { "Restore it", RecoveryPolicy.RESTORE.name() },
						{ "Discard it", RecoveryPolicy.DISCARD.name() } },
				getFieldEditorParent(), true));
	}
}
