package org.dipanno.ui.help;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IElementFactory;
import org.eclipse.ui.IMemento;
import org.eclipse.ui.IPersistableElement;
import org.eclipse.ui.part.EditorPart;

/**
 * What the editor area shows while no article is open: how to start, and the keys. It goes away when an article
 * opens and comes back when the last one closes (see {@link WelcomeHint}).
 */
public class WelcomeEditor extends EditorPart {

	public static final String ID = "org.dipanno.ui.editors.welcome";

	private StyledText text;

	@Override
	public void init(IEditorSite site, IEditorInput input) {
		setSite(site);
		setInput(input);
		setPartName("Welcome");
	}

	@Override
	public void createPartControl(Composite parent) {
		text = new StyledText(parent, SWT.WRAP | SWT.V_SCROLL | SWT.READ_ONLY);
		text.setLeftMargin(24);
		text.setTopMargin(16);
		text.setRightMargin(24);
		text.setLineSpacing(3);
		StringBuilder content = new StringBuilder();
		String heading = "Welcome to dipanno\n\n";
		content.append(heading);
		content.append("""
				1. Double-click an article in the Corpus view (left) to open it here.
				2. Select a name (roughly: the selection snaps to syllables), or just put the caret in it, and press \
				a type's key, shown in the coloured legend above the text: p PERSON, o ORGANIZATION, c COUNTRY, \
				l LOCATION, t TITLE, d DATE, m MISC. Keys 1-8 make an event with the selection as trigger.
				3. Rule proposals are dashed: Ctrl+. goes from one to the next (across articles), Enter accepts, \
				Backspace rejects, a type key accepts as that type. Annotate > Apply Rules to Corpus makes them.
				4. Ctrl+Shift+A adds the entity under the caret to an event of its sentence; the arguments are drawn \
				as labelled arcs, clicked to select, Delete removes, Ctrl+Shift+L changes the role.
				5. Ctrl+S saves; Ctrl+Shift+D marks the article done; File > Export Dataset... writes CoNLL, JSON Lines \
				or brat files.

				Search > Search Corpus (Ctrl+Shift+F) finds words, phrases or patterns in all articles and labels all \
				occurrences at once. Help > Key Reference lists every key; Window > Show View brings back a closed view.
				""");
		text.setText(content.toString());
		StyleRange bold = new StyleRange(0, heading.strip().length(), null, null, SWT.BOLD);
		bold.rise = 0;
		text.setStyleRange(bold);
	}

	@Override
	public void setFocus() {
		text.setFocus();
	}

	/** The page's text, for tests. */
	public String getText() {
		return text.getText();
	}

	@Override
	public void doSave(IProgressMonitor monitor) {
		// nothing to save
	}

	@Override
	public void doSaveAs() {
		// nothing to save
	}

	@Override
	public boolean isDirty() {
		return false;
	}

	@Override
	public boolean isSaveAsAllowed() {
		return false;
	}

	/** The one welcome page; written into the saved layout so that a restored window shows it again. */
	public static final class Input implements IEditorInput, IPersistableElement {

		public static final Input INSTANCE = new Input();

		@Override
		public boolean exists() {
			return false;
		}

		@Override
		public ImageDescriptor getImageDescriptor() {
			return ImageDescriptor.getMissingImageDescriptor();
		}

		@Override
		public String getName() {
			return "Welcome";
		}

		@Override
		public IPersistableElement getPersistable() {
			return this;
		}

		@Override
		public String getToolTipText() {
			return "How to start";
		}

		@Override
		public <T> T getAdapter(Class<T> adapter) {
			return null;
		}

		@Override
		public String getFactoryId() {
			return Factory.ID;
		}

		@Override
		public void saveState(IMemento memento) {
			// the page has no state
		}
	}

	/** Reads the welcome page back from the saved layout. */
	public static final class Factory implements IElementFactory {

		public static final String ID = "org.dipanno.ui.help.welcomeInputFactory";

		@Override
		public Input createElement(IMemento memento) {
			return Input.INSTANCE;
		}
	}
}
