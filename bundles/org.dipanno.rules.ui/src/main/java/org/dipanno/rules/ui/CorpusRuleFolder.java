package org.dipanno.rules.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.dipanno.engine.rules.RuleSets;
import org.dipanno.ui.corpus.WorkspaceCorpus;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectDescription;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;

/**
 * The rule files of the workbench's corpus ({@code rules/*.dar} beside {@code corpus.xml}) as workspace files, so
 * that their editors get markers, the Problems view and the platform's file buffers: a hidden project whose folder
 * {@code rules} is linked to the corpus's rule folder (relinked when another corpus is opened).
 */
public final class CorpusRuleFolder {

	static final String PROJECT = "dipanno-rules";

	private CorpusRuleFolder() {
	}

	/** The workbench corpus's rule folder in the workspace (made, linked and refreshed as needed). */
	public static synchronized IFolder folder() throws CoreException {
		Path target = WorkspaceCorpus.getDefault().folder().resolve(RuleSets.CORPUS_RULES_FOLDER);
		IWorkspace workspace = ResourcesPlugin.getWorkspace();
		IProject project = workspace.getRoot().getProject(PROJECT);
		if (!project.exists()) {
			IProjectDescription description = workspace.newProjectDescription(PROJECT);
			project.create(description, null);
		}
		if (!project.isOpen()) {
			project.open(null);
		}
		IFolder folder = project.getFolder(RuleSets.CORPUS_RULES_FOLDER);
		IPath location = IPath.fromPath(target);
		if (folder.exists() && !location.equals(folder.getLocation())) {
			folder.delete(IResource.NONE, null);
		}
		if (!folder.exists()) {
			folder.createLink(location, IResource.ALLOW_MISSING_LOCAL | IResource.REPLACE, null);
		}
		folder.refreshLocal(IResource.DEPTH_INFINITE, null);
		return folder;
	}

	/** The corpus's rule files, sorted by name. */
	public static List<IFile> ruleFiles() throws CoreException {
		List<IFile> files = new ArrayList<>();
		IFolder folder = folder();
		if (folder.getLocation() != null && Files.isDirectory(folder.getLocation().toPath())) {
			for (IResource member : folder.members()) {
				if (member instanceof IFile file && RuleSets.EXTENSION.equals(file.getFileExtension())) {
					files.add(file);
				}
			}
		}
		files.sort((a, b) -> a.getName().compareTo(b.getName()));
		return files;
	}

	/** The workspace file for a path in the corpus's rule folder, or null when the path lies elsewhere. */
	public static IFile fileAt(Path path) throws CoreException {
		IFolder folder = folder();
		Path base = folder.getLocation().toPath();
		Path normalized = path.toAbsolutePath().normalize();
		if (!normalized.startsWith(base)) {
			return null;
		}
		IFile file = folder.getFile(IPath.fromPath(base.relativize(normalized)));
		file.refreshLocal(IResource.DEPTH_ZERO, null);
		return file;
	}

	/** Writes a new rule file into the corpus's rule folder and returns it. */
	public static IFile create(String name, String contents) throws CoreException, IOException {
		IFolder folder = folder();
		Path path = folder.getLocation().toPath().resolve(name);
		if (Files.exists(path)) {
			throw new IOException(name + " exists already");
		}
		Files.createDirectories(path.getParent());
		Files.writeString(path, contents);
		folder.refreshLocal(IResource.DEPTH_INFINITE, null);
		return folder.getFile(name);
	}
}
