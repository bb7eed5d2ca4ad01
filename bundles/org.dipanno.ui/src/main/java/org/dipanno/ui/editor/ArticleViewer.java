package org.dipanno.ui.editor;

import org.eclipse.jface.text.DefaultInformationControl;
import org.eclipse.jface.text.IInformationControlCreator;
import org.eclipse.jface.text.ITextHover;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.jface.text.source.SourceViewer;
import org.eclipse.jface.text.source.SourceViewerConfiguration;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;

/** The article editor's read-only text viewer: wrapped text, mention hovers, type keys. */
final class ArticleViewer {

	private ArticleViewer() {
	}

	static SourceViewer create(Composite container, ArticleEditor editor) {
		SourceViewer viewer = new SourceViewer(container, null, SWT.V_SCROLL | SWT.H_SCROLL | SWT.BORDER);
		viewer.configure(new SourceViewerConfiguration() {
			@Override
			public ITextHover getTextHover(ISourceViewer sourceViewer, String contentType) {
				return new MentionHover(editor);
			}

			@Override
			public IInformationControlCreator getInformationControlCreator(ISourceViewer sourceViewer) {
				return parent -> new DefaultInformationControl(parent, new WrappingHoverPresenter());
			}
		});
		viewer.setDocument(new org.eclipse.jface.text.Document(editor.getDocument().getText()));
		viewer.setEditable(false);
		StyledText text = viewer.getTextWidget();
		// Wrapped at any length: StyledText lays out only the visible lines before painting (given the size hints
		// below) and measures the rest in the background.
		text.setWordWrap(true);
		text.setLeftMargin(12);
		text.setRightMargin(12);
		text.setTopMargin(8);
		text.setLineSpacing(4);
		GridData fill = new GridData(SWT.FILL, SWT.FILL, true, true);
		// Without size hints the layout asks the widget for its natural size, and StyledText answers by laying out
		// every line of the text (seconds for a megabyte); the editor takes the space it is given anyway.
		fill.widthHint = 100;
		fill.heightHint = 100;
		text.setLayoutData(fill);
		text.addVerifyKeyListener(new TypeKeyListener(editor));
		return viewer;
	}
}
