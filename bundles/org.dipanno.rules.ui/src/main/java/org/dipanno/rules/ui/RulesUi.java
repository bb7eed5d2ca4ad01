package org.dipanno.rules.ui;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.ui.plugin.AbstractUIPlugin;
import org.osgi.framework.BundleContext;

/** The rule editor's bundle: its log and its preferences (bracket matching colours). */
public class RulesUi extends AbstractUIPlugin {

	public static final String PLUGIN_ID = "org.dipanno.rules.ui";

	private static RulesUi instance;

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

	public static RulesUi getDefault() {
		return instance;
	}

	public static void log(String message, Throwable error) {
		ILog.of(RulesUi.class).log(new Status(IStatus.ERROR, PLUGIN_ID, message, error));
	}
}
