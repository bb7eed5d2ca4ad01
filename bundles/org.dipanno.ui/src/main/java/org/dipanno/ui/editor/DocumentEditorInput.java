package org.dipanno.ui.editor;

import java.nio.file.Path;
import java.util.Objects;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IMemento;
import org.eclipse.ui.IPersistableElement;

/**
 * An article of a corpus folder, as opened in the article editor. The workbench writes it into its saved layout (also
 * while running, so that the tabs come back after a crash) and reads it back with {@link DocumentEditorInputFactory}.
 */
public final class DocumentEditorInput implements IEditorInput, IPersistableElement {

	private final Path corpusFolder;
	private final String documentId;
	private final String title;

	public DocumentEditorInput(Path corpusFolder, String documentId, String title) {
		this.corpusFolder = corpusFolder;
		this.documentId = documentId;
		this.title = title;
	}

	public Path getCorpusFolder() {
		return corpusFolder;
	}

	public String getDocumentId() {
		return documentId;
	}

	@Override
	public boolean exists() {
		return true;
	}

	@Override
	public ImageDescriptor getImageDescriptor() {
		return ImageDescriptor.getMissingImageDescriptor();
	}

	@Override
	public String getName() {
		return title == null || title.isBlank() ? documentId : title;
	}

	@Override
	public IPersistableElement getPersistable() {
		return this;
	}

	@Override
	public String getFactoryId() {
		return DocumentEditorInputFactory.ID;
	}

	@Override
	public void saveState(IMemento memento) {
		memento.putString(DocumentEditorInputFactory.CORPUS_FOLDER, corpusFolder.toString());
		memento.putString(DocumentEditorInputFactory.DOCUMENT_ID, documentId);
		if (title != null) {
			memento.putString(DocumentEditorInputFactory.TITLE, title);
		}
	}

	@Override
	public String getToolTipText() {
		return documentId + " in " + corpusFolder;
	}

	@Override
	public <T> T getAdapter(Class<T> adapter) {
		return null;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof DocumentEditorInput that && corpusFolder.equals(that.corpusFolder)
				&& documentId.equals(that.documentId);
	}

	@Override
	public int hashCode() {
		return Objects.hash(corpusFolder, documentId);
	}
}
