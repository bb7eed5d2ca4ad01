package org.dipanno.rules.ui;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
	/** Marker attribute: what of its issue the marker shows ({@link #key(Issue)}), to leave it alone while unchanged. */
	static final String KEY = "org.dipanno.rules.ui.issue";

	private RuleMarkers() {
	}

	/**
	 * What of an issue its marker shows: severity, line, column, length, code and message. The offset is left out: an
	 * issue moved by text typed on an earlier line keeps its marker, whose annotation the editor moves with the text.
	 */
	static String key(Issue issue) {
		return issue.getSeverity() + ":" + issue.getLineNumber() + ":" + issue.getColumn() + ":" + issue.getLength()
				+ ":" + issue.getCode() + ":" + issue.getMessage();
	}

	private static String key(IMarker marker) throws CoreException {
		Object key = marker.getAttribute(KEY);
		return key instanceof String text ? text : "";
	}

	/**
	 * Brings the file's markers to the issues in one workspace operation (from any thread): markers of issues that
	 * are gone are deleted, new issues get markers, the others stay (rewriting them would refresh the rulers and the
	 * Problems view for nothing, thousands of times in a large file).
	 */
	public static void update(IFile file, List<Issue> issues) throws CoreException {
		if (!file.exists()) {
			return;
		}
		file.getWorkspace().run(monitor -> {
			Map<String, List<IMarker>> existing = new HashMap<>();
			for (IMarker marker : file.findMarkers(TYPE, false, IResource.DEPTH_ZERO)) {
				existing.computeIfAbsent(key(marker), k -> new ArrayList<>()).add(marker);
			}
			for (Issue issue : issues) {
				List<IMarker> same = existing.get(key(issue));
				if (same != null && !same.isEmpty()) {
					same.remove(same.size() - 1);
				} else {
					create(file, issue);
				}
			}
			for (List<IMarker> gone : existing.values()) {
				for (IMarker marker : gone) {
					marker.delete();
				}
			}
		}, file, IWorkspace.AVOID_UPDATE, null);
	}

	private static void create(IFile file, Issue issue) throws CoreException {
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
		marker.setAttribute(KEY, key(issue));
	}
}
