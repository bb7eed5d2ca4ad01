package org.dipanno.ui;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.ui.plugin.AbstractUIPlugin;
import org.osgi.framework.BundleContext;

/** The UI bundle: its preferences (who is annotating, how often to keep a recovery copy) and its log. */
public class DipannoUi extends AbstractUIPlugin {

	public static final String PLUGIN_ID = "org.dipanno.ui";

	/** Preference: the name the linguist annotates under. */
	public static final String PREF_ANNOTATOR = "annotator";
	/** Preference: the corpus folder last opened (empty: the workspace's corpus). */
	public static final String PREF_CORPUS_FOLDER = "corpusFolder";
	/** Preference: seconds between recovery copies of an article with unsaved changes (0 = never). */
	public static final String PREF_AUTOSAVE_SECONDS = "autosaveSeconds";

	private static DipannoUi instance;

	@Override
	public void start(BundleContext context) throws Exception {
		super.start(context);
		instance = this;
	}

	@Override
	public void stop(BundleContext context) throws Exception {
		instance = null;
		super.stop(context);
	}

	public static DipannoUi getDefault() {
		return instance;
	}

	/** The annotator name from the preferences; the system user's name until the linguist gave one. */
	public static String annotator() {
		String name = getDefault().getPreferenceStore().getString(PREF_ANNOTATOR).strip();
		if (name.isEmpty()) {
			name = System.getProperty("user.name", "").strip();
		}
		return name.isEmpty() ? "annotator" : name;
	}

	public static void log(String message, Throwable error) {
		ILog.of(DipannoUi.class).log(new Status(IStatus.ERROR, PLUGIN_ID, message, error));
	}
}
