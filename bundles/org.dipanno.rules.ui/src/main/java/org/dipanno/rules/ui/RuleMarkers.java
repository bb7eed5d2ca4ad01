package org.dipanno.rules.ui;

import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.xtext.validation.Issue;

/** The rule file's diagnostics as problem markers: the rulers, the overview ruler and the Problems view show them. */
public final class RuleMarkers {

	/** Marker type of rule file diagnostics (a problem and text marker). */
	public static final String TYPE = "org.dipanno.rules.ui.problem";
	/** Marker attribute: the validator's issue code. */
	public static final String CODE = "code";

	private RuleMarkers() {
	}

	/** What of an issue a marker shows: an unchanged list of these leaves the markers as they are. */
	static List<String> keys(List<Issue> issues) {
		return issues.stream().map(issue -> issue.getSeverity() + ":" + issue.getLineNumber() + ":" + issue.getOffset()
				+ ":" + issue.getLength() + ":" + issue.getCode() + ":" + issue.getMessage()).toList();
	}

	/** Replaces the file's markers by the issues (in one workspace operation, from any thread). */
	public static void update(IFile file, List<Issue> issues) throws CoreException {
		if (!file.exists()) {
			return;
		}
		file.getWorkspace().run(monitor -> {
			file.deleteMarkers(TYPE, false, IResource.DEPTH_ZERO);
			for (Issue issue : issues) {
				IMarker marker = file.createMarker(TYPE);
				marker.setAttribute(IMarker.MESSAGE, issue.getMessage());
				marker.setAttribute(IMarker.SEVERITY, switch (issue.getSeverity()) {
				case ERROR -> IMarker.SEVERITY_ERROR;
				case WARNING -> IMarker.SEVERITY_WARNING;
				default -> IMarker.SEVERITY_INFO;
				});
				if (issue.getLineNumber() != null) {
					marker.setAttribute(IMarker.LINE_NUMBER, issue.getLineNumber().intValue());
				}
				if (issue.getOffset() != null && issue.getLength() != null) {
					marker.setAttribute(IMarker.CHAR_START, issue.getOffset().intValue());
					marker.setAttribute(IMarker.CHAR_END, issue.getOffset() + issue.getLength());
				}
				if (issue.getCode() != null) {
					marker.setAttribute(CODE, issue.getCode());
				}
				marker.setAttribute(IMarker.LOCATION, "line " + issue.getLineNumber());
			}
		}, file, IWorkspace.AVOID_UPDATE, null);
	}
}
