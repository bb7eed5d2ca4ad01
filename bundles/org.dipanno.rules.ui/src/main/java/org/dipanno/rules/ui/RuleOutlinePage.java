package org.dipanno.rules.ui;

import java.util.ArrayList;
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
 * A new analysis changes only the tree items of declarations that came, went or were renamed (a file has thousands of
 * rules, and rebuilding the tree at each pause in typing kept the UI thread busy).
 */
final class RuleOutlinePage extends ContentOutlinePage {

	/** Above this many items to remove and add, the tree is built anew (a paste, a new file) instead. */
	private static final int MOST_CHANGES = 200;

	private final RuleFileEditor editor;
	private List<RuleFileSymbol> symbols = List.of();
	/** The viewer's input: the top-level nodes (the same list object for the page's life). */
	private final List<OutlineNode> roots = new ArrayList<>();
	private boolean following;
	private final ISelectionChangedListener caretListener = this::caretMoved;

	RuleOutlinePage(RuleFileEditor editor) {
		this.editor = editor;
	}

	@Override
	public void createControl(Composite parent) {
		super.createControl(parent);
		TreeViewer viewer = getTreeViewer();
		viewer.setUseHashlookup(true);
		viewer.setContentProvider(new ITreeContentProvider() {
			@Override
			public Object[] getElements(Object input) {
				return ((List<?>) input).toArray();
			}

			@Override
			public Object[] getChildren(Object parentElement) {
				return ((OutlineNode) parentElement).children.toArray();
			}

			@Override
			public Object getParent(Object element) {
				return null;
			}

			@Override
			public boolean hasChildren(Object element) {
				return !((OutlineNode) element).children.isEmpty();
			}
		});
		viewer.setLabelProvider(new LabelProvider() {
			@Override
			public String getText(Object element) {
				RuleFileSymbol symbol = ((OutlineNode) element).symbol();
				return symbol.name() + "  " + kindName(symbol.kind());
			}
		});
		viewer.setInput(roots);
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

	/** Shows the symbols of a new analysis (UI thread). */
	void setSymbols(List<RuleFileSymbol> latest) {
		this.symbols = latest;
		TreeViewer viewer = getTreeViewer();
		boolean shown = viewer != null && !viewer.getControl().isDisposed();
		if (!shown || changes(roots, latest) > MOST_CHANGES) {
			roots.clear();
			roots.addAll(OutlineNode.of(latest));
			if (shown) {
				viewer.refresh();
			}
			return;
		}
		merge(viewer, roots, roots, latest);
	}

	/** How many declarations at the top level differ between the nodes and the symbols (outside their common ends). */
	private static int changes(List<OutlineNode> nodes, List<RuleFileSymbol> latest) {
		int first = commonStart(nodes, latest);
		int common = first + commonEnd(nodes, latest, first);
		return nodes.size() - common + latest.size() - common;
	}

	private static int commonStart(List<OutlineNode> nodes, List<RuleFileSymbol> latest) {
		int first = 0;
		while (first < nodes.size() && first < latest.size() && nodes.get(first).declares(latest.get(first))) {
			first++;
		}
		return first;
	}

	private static int commonEnd(List<OutlineNode> nodes, List<RuleFileSymbol> latest, int first) {
		int common = 0;
		while (nodes.size() - common > first && latest.size() - common > first
				&& nodes.get(nodes.size() - 1 - common).declares(latest.get(latest.size() - 1 - common))) {
			common++;
		}
		return common;
	}

	/**
	 * Brings the nodes under a parent (the input or a node) to the latest symbols: the nodes of unchanged declarations
	 * at both ends take their new symbols (their items stay as they are), the ones between are replaced.
	 */
	private static void merge(TreeViewer viewer, Object parent, List<OutlineNode> nodes, List<RuleFileSymbol> latest) {
		int first = commonStart(nodes, latest);
		int end = commonEnd(nodes, latest, first);
		for (int i = 0; i < first; i++) {
			keep(viewer, nodes.get(i), latest.get(i));
		}
		for (int i = 1; i <= end; i++) {
			keep(viewer, nodes.get(nodes.size() - i), latest.get(latest.size() - i));
		}
		List<OutlineNode> gone = nodes.subList(first, nodes.size() - end);
		boolean removed = !gone.isEmpty();
		if (removed) {
			viewer.remove(gone.toArray());
			gone.clear();
		}
		List<OutlineNode> added = OutlineNode.of(latest.subList(first, latest.size() - end));
		nodes.addAll(first, added);
		for (int i = 0; i < added.size(); i++) {
			viewer.insert(parent, added.get(i), first + i);
		}
		if (removed && nodes.isEmpty() && parent instanceof OutlineNode node) {
			// its expand sign goes with its last child
			viewer.refresh(node, false);
		}
	}

	private static void keep(TreeViewer viewer, OutlineNode node, RuleFileSymbol latest) {
		node.symbol(latest);
		merge(viewer, node, node.children, latest.children());
	}

	/** The symbols shown (for tests). */
	List<RuleFileSymbol> symbols() {
		return symbols;
	}

	@Override
	public void selectionChanged(SelectionChangedEvent event) {
		super.selectionChanged(event);
		if (!following && event.getSelection() instanceof IStructuredSelection selection
				&& selection.getFirstElement() instanceof OutlineNode node) {
			editor.reveal(node.symbol());
		}
	}

	private void caretMoved(SelectionChangedEvent event) {
		TreeViewer viewer = getTreeViewer();
		if (viewer == null || viewer.getControl().isDisposed()
				|| !(event.getSelection() instanceof ITextSelection text)) {
			return;
		}
		OutlineNode around = innermost(roots, text.getOffset());
		following = true;
		try {
			viewer.setSelection(around == null ? StructuredSelection.EMPTY : new StructuredSelection(around), true);
		} finally {
			following = false;
		}
	}

	private static OutlineNode innermost(List<OutlineNode> nodes, int offset) {
		for (OutlineNode node : nodes) {
			RuleFileSymbol symbol = node.symbol();
			if (offset >= symbol.offset() && offset <= symbol.offset() + symbol.length()) {
				OutlineNode inner = innermost(node.children, offset);
				return inner == null ? node : inner;
			}
		}
		return null;
	}

	/** The tree item showing a top-level declaration of this name, or null (for tests). */
	org.eclipse.swt.widgets.TreeItem itemOf(String name) {
		for (org.eclipse.swt.widgets.TreeItem item : getTreeViewer().getTree().getItems()) {
			if (item.getData() instanceof OutlineNode node && node.symbol().name().equals(name)) {
				return item;
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
