package org.dipanno.ui.export;

import org.dipanno.ui.dialogs.TitledFormDialog;
import org.eclipse.jface.dialogs.IDialogSettings;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Text;

/**
 * What the export dialog remembers from its last Export, in the UI bundle's dialog settings: the set, the check boxes,
 * the tag scheme, the split and seed, and the folder when the linguist typed one.
 */
final class ExportSettings {

	static final String SECTION = "ExportDatasetDialog";
	private static final String CUSTOM_FOLDER = "customFolder";

	private ExportSettings() {
	}

	static void save(IDialogSettings settings, Control[] fields, boolean folderEdited) {
		IDialogSettings section = settings.getSection(SECTION);
		if (section == null) {
			section = settings.addNewSection(SECTION);
		}
		for (Control field : fields) {
			String name = (String) field.getData(TitledFormDialog.FIELD);
			if (name == null || "folder".equals(name) && !folderEdited) {
				continue;
			}
			if (field instanceof Button button) {
				section.put(name, button.getSelection());
			} else if (field instanceof Combo combo) {
				section.put(name, combo.getText());
			} else if (field instanceof Text text) {
				section.put(name, text.getText());
			}
		}
		section.put(CUSTOM_FOLDER, folderEdited);
	}

	/** Puts the remembered values back (a set or choice no longer offered is left as it is); true if a folder was. */
	static boolean restore(IDialogSettings settings, Control[] fields) {
		IDialogSettings section = settings.getSection(SECTION);
		if (section == null) {
			return false;
		}
		for (Control field : fields) {
			String name = (String) field.getData(TitledFormDialog.FIELD);
			String value = name == null ? null : section.get(name);
			if (value == null) {
				continue;
			}
			if (field instanceof Button button) {
				button.setSelection(Boolean.parseBoolean(value));
			} else if (field instanceof Combo combo) {
				int index = combo.indexOf(value);
				if (index >= 0) {
					combo.select(index);
				}
			} else if (field instanceof Text text) {
				text.setText(value);
			}
		}
		return section.getBoolean(CUSTOM_FOLDER) && section.get("folder") != null;
	}

	/** Forgets the remembered values. */
	static void forget(IDialogSettings settings) {
		IDialogSettings section = settings.getSection(SECTION);
		if (section != null) {
			for (String key : new String[] { "set", "acceptedOnly", "doneOnly", "conll", "hf", "hfScheme", "spans",
					"brat", "train", "dev", "test", "seed", "folder", "replace", CUSTOM_FOLDER }) {
				section.put(key, (String) null);
			}
		}
	}
}
