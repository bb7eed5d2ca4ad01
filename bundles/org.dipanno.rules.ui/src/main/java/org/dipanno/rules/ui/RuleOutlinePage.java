package org.dipanno.rules.ui;

import java.util.List;

import org.dipanno.rules.ide.symbols.RuleFileSymbol;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.views.contentoutline.ContentOutlinePage;

/**
 * The Outline of a rule file (schema types and roles, lexicons, rules and their captures, examples, datasets), linked
 * with the editor both ways: selecting a symbol selects its name; moving the caret selects the symbol around it.
 */
final class RuleOutlinePage extends ContentOutlinePage {

	private final RuleFileEditor editor;
	private List<RuleFileSymbol> symbols = List.of();
	private boolean following;
	private final ISelectionChangedListener caretListener = this::caretMoved;

	RuleOutlinePage(RuleFileEditor editor) {
		this.editor = editor;
	}

	@Override
	public void createControl(Composite parent) {
		super.createControl(parent);
		TreeViewer viewer = getTreeViewer();
		viewer.setContentProvider(new ITreeContentProvider() {
			@Override
			public Object[] getElements(Object input) {
				return ((List<?>) input).toArray();
			}

			@Override
			public Object[] getChildren(Object parentElement) {
				return ((RuleFileSymbol) parentElement).children().toArray();
			}

			@Override
			public Object getParent(Object element) {
				return null;
			}

			@Override
			public boolean hasChildren(Object element) {
				return !((RuleFileSymbol) element).children().isEmpty();
			}
		});
		viewer.setLabelProvider(new LabelProvider() {
			@Override
			public String getText(Object element) {
				RuleFileSymbol symbol = (RuleFileSymbol) element;
				return symbol.name() + "  " + kindName(symbol.kind());
			}
		});
		viewer.setInput(symbols);
		if (editor.getSelectionProvider() instanceof org.eclipse.jface.viewers.IPostSelectionProvider provider) {
			provider.addPostSelectionChangedListener(caretListener);
		}
	}

	private static String kindName(RuleFileSymbol.Kind kind) {
		return switch (kind) {
		case IMPORT -> "import";
		case ENTITY_TYPE -> "entity";
		case EVENT_TYPE -> "event";
		case ROLE -> "role";
		case LEXICON -> "lexicon";
		case RULE -> "rule";
		case CAPTURE -> "capture";
		case EXAMPLE -> "example";
		case DATASET -> "dataset";
		};
	}

	void setSymbols(List<RuleFileSymbol> symbols) {
		this.symbols = symbols;
		TreeViewer viewer = getTreeViewer();
		if (viewer != null && !viewer.getControl().isDisposed()) {
			Object[] expanded = viewer.getExpandedElements();
			viewer.setInput(symbols);
			viewer.setExpandedElements(expanded);
		}
	}

	/** The symbols shown (for tests). */
	List<RuleFileSymbol> symbols() {
		return symbols;
	}

	@Override
	public void selectionChanged(SelectionChangedEvent event) {
		super.selectionChanged(event);
		if (!following && event.getSelection() instanceof IStructuredSelection selection
				&& selection.getFirstElement() instanceof RuleFileSymbol symbol) {
			editor.reveal(symbol);
		}
	}

	private void caretMoved(SelectionChangedEvent event) {
		TreeViewer viewer = getTreeViewer();
		if (viewer == null || viewer.getControl().isDisposed()
				|| !(event.getSelection() instanceof ITextSelection text)) {
			return;
		}
		RuleFileSymbol around = innermost(symbols, text.getOffset());
		following = true;
		try {
			viewer.setSelection(around == null ? StructuredSelection.EMPTY : new StructuredSelection(around), true);
		} finally {
			following = false;
		}
	}

	private static RuleFileSymbol innermost(List<RuleFileSymbol> symbols, int offset) {
		for (RuleFileSymbol symbol : symbols) {
			if (offset >= symbol.offset() && offset <= symbol.offset() + symbol.length()) {
				RuleFileSymbol inner = innermost(symbol.children(), offset);
				return inner == null ? symbol : inner;
			}
		}
		return null;
	}

	@Override
	public void dispose() {
		if (editor.getSelectionProvider() instanceof org.eclipse.jface.viewers.IPostSelectionProvider provider) {
			provider.removePostSelectionChangedListener(caretListener);
		}
		editor.outlineClosed();
		super.dispose();
	}
}
