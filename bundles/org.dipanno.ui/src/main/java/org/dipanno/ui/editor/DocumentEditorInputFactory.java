package org.dipanno.ui.editor;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.ui.IElementFactory;
import org.eclipse.ui.IMemento;

/**
 * Reads an article tab back from the workbench's saved layout (see {@link DocumentEditorInput#saveState}); null, and
 * so no tab, when the corpus folder is gone.
 */
public class DocumentEditorInputFactory implements IElementFactory {

	public static final String ID = "org.dipanno.ui.editor.documentInputFactory";
	static final String CORPUS_FOLDER = "corpusFolder";
	static final String DOCUMENT_ID = "documentId";
	static final String TITLE = "title";

	@Override
	public IAdaptable createElement(IMemento memento) {
		String folder = memento.getString(CORPUS_FOLDER);
		String documentId = memento.getString(DOCUMENT_ID);
		if (folder == null || documentId == null) {
			return null;
		}
		try {
			Path corpusFolder = Path.of(folder);
			return Files.isDirectory(corpusFolder)
					? new DocumentEditorInput(corpusFolder, documentId, memento.getString(TITLE))
					: null;
		} catch (InvalidPathException e) {
			return null;
		}
	}
}
