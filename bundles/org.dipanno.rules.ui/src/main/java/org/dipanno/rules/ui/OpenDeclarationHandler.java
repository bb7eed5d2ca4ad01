package org.dipanno.rules.ui;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Path;

import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.filesystem.EFS;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.FileLocator;
import org.eclipse.emf.common.util.URI;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.ide.FileStoreEditorInput;
import org.eclipse.ui.part.FileEditorInput;

/**
 * F3: opens the declaration of the name under the caret (a type, role, lexicon, capture or rule), in this file, a
 * file it imports, or the bundled schema; on an import, the imported file.
 */
public class OpenDeclarationHandler extends RuleEditorHandler {

	@Override
	void run(RuleFileEditor editor) throws ExecutionException {
		int offset = ((ITextSelection) editor.getSelectionProvider().getSelection()).getOffset();
		String text = editor.viewer().getDocument().get();
		Declarations.Target target = Declarations.at(editor.currentState(text).resource(), offset);
		if (target == null) {
			editor.getEditorSite().getActionBars().getStatusLineManager()
					.setMessage("No declaration under the caret");
			return;
		}
		try {
			RuleFileEditor opened = open(editor.getSite().getPage(), editor, target.file());
			if (opened != null) {
				opened.selectAndReveal(target.offset(), target.length());
			}
		} catch (CoreException | IOException e) {
			throw new ExecutionException("The declaration could not be opened: " + e.getMessage(), e);
		}
	}

	private static RuleFileEditor open(IWorkbenchPage page, RuleFileEditor from, URI uri)
			throws CoreException, IOException {
		if (uri.equals(from.resourceUri())) {
			return from;
		}
		Path path = fileOf(uri);
		IFile file = CorpusRuleFolder.fileAt(path);
		IEditorPart part = file != null && file.exists()
				? page.openEditor(new FileEditorInput(file), RuleFileEditor.ID)
				: page.openEditor(new FileStoreEditorInput(EFS.getLocalFileSystem().getStore(path.toUri())),
						RuleFileEditor.ID);
		return part instanceof RuleFileEditor editor ? editor : null;
	}

	/** A file on disk for a URI: bundled files (inside the product's bundles) are extracted by the platform. */
	private static Path fileOf(URI uri) throws IOException {
		if (uri.isFile()) {
			return Path.of(uri.toFileString());
		}
		URL url = FileLocator.toFileURL(new URL(uri.toString()));
		return Path.of(url.getPath());
	}
}
