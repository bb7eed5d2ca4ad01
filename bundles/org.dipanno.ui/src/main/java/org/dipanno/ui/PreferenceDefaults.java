package org.dipanno.ui;

import org.eclipse.core.runtime.preferences.AbstractPreferenceInitializer;
import org.eclipse.core.runtime.preferences.DefaultScope;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;

/**
 * The defaults of the workbench's preferences. Registered as the bundle's preference initializer, so that a product's
 * customization (or {@code -pluginCustomization}, as the UI tests preset the annotator) is applied over them; defaults
 * set from the bundle's activator would replace a customized value after it was applied.
 */
public class PreferenceDefaults extends AbstractPreferenceInitializer {

	@Override
	public void initializeDefaultPreferences() {
		IEclipsePreferences defaults = DefaultScope.INSTANCE.getNode(DipannoUi.PLUGIN_ID);
		// No default name: the linguist is asked once (AnnotatorName); a product may preset one in its customization.
		defaults.put(DipannoUi.PREF_ANNOTATOR, "");
		defaults.putInt(DipannoUi.PREF_AUTOSAVE_SECONDS, 30);
	}
}
