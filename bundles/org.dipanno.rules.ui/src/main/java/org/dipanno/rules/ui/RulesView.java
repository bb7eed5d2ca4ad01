package org.dipanno.rules.ui;

import java.util.List;

import org.dipanno.engine.rules.RuleSets;
import org.dipanno.ui.corpus.WorkspaceCorpus;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.FileEditorInput;
import org.eclipse.ui.part.ViewPart;

/**
 * The rule files of the corpus ({@code rules/*.dar}): double-click opens one. Says which rule set the corpus uses
 * (its own files, or the bundled default set when it has none); the tool bar adds a file or copies the default set in.
 */
public class RulesView extends ViewPart {

	public static final String ID = "org.dipanno.rules.ui.views.rules";

	private TableViewer files;
	private Label origin;
	private final Runnable corpusSwitched = this::refreshLater;
	private final IResourceChangeListener resourcesChanged = (IResourceChangeEvent event) -> refreshLater();

	@Override
	public void createPartControl(Composite parent) {
		parent.setLayout(new GridLayout(1, false));
		origin = new Label(parent, SWT.WRAP);
		origin.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		files = new TableViewer(parent, SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER);
		files.getControl().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		files.setContentProvider(ArrayContentProvider.getInstance());
		files.setLabelProvider(new LabelProvider() {
			@Override
			public String getText(Object element) {
				return ((IFile) element).getProjectRelativePath().toString();
			}
		});
		files.addDoubleClickListener(event -> {
			if (((IStructuredSelection) event.getSelection()).getFirstElement() instanceof IFile file) {
				open(file);
			}
		});
		getSite().setSelectionProvider(files);
		WorkspaceCorpus.addSwitchListener(corpusSwitched);
		ResourcesPlugin.getWorkspace().addResourceChangeListener(resourcesChanged, IResourceChangeEvent.POST_CHANGE);
		refresh();
	}

	/** Opens a rule file in the rule editor. */
	void open(IFile file) {
		try {
			getSite().getPage().openEditor(new FileEditorInput(file), RuleFileEditor.ID);
		} catch (PartInitException e) {
			RulesUi.log("Cannot open " + file.getName(), e);
		}
	}

	private void refreshLater() {
		if (files != null && !files.getControl().isDisposed()) {
			files.getControl().getDisplay().asyncExec(this::refresh);
		}
	}

	/** Lists the corpus's rule files again. */
	public void refresh() {
		if (files == null || files.getControl().isDisposed()) {
			return;
		}
		try {
			List<IFile> ruleFiles = CorpusRuleFolder.ruleFiles();
			files.setInput(ruleFiles);
			origin.setText(ruleFiles.isEmpty()
					? "This corpus has no rule files: Apply Rules uses the bundled " + RuleSets.DEFAULT_RULES
							+ ". Copy it in (tool bar) or add a new file to start your own."
					: "Apply Rules uses these " + ruleFiles.size() + " file(s) in " + WorkspaceCorpus.getDefault()
							.folder().resolve(RuleSets.CORPUS_RULES_FOLDER) + ":");
			origin.getParent().layout();
		} catch (CoreException e) {
			origin.setText("The rule folder cannot be read: " + e.getMessage());
		}
	}

	/** The files listed (for tests). */
	public List<?> listed() {
		return files.getInput() instanceof List<?> list ? list : List.of();
	}

	@Override
	public void setFocus() {
		files.getControl().setFocus();
	}

	@Override
	public void dispose() {
		WorkspaceCorpus.removeSwitchListener(corpusSwitched);
		ResourcesPlugin.getWorkspace().removeResourceChangeListener(resourcesChanged);
		super.dispose();
	}
}
