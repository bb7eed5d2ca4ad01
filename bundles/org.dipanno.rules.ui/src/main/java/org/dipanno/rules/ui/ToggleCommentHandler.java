package org.dipanno.rules.ui;

import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.text.source.ISourceViewer;

/**
 * Ctrl+/: comments out the selected lines with {@code //}, or uncomments them when all are comments, as one change.
 */
public class ToggleCommentHandler extends RuleEditorHandler {

	@Override
	void run(RuleFileEditor editor) throws ExecutionException {
		ISourceViewer viewer = editor.viewer();
		IDocument document = viewer.getDocument();
		ITextSelection selection = (ITextSelection) editor.getSelectionProvider().getSelection();
		try {
			int firstLine = document.getLineOfOffset(selection.getOffset());
			int lastOffset = selection.getOffset() + Math.max(0, selection.getLength() - 1);
			int lastLine = document.getLineOfOffset(Math.max(selection.getOffset(), lastOffset));
			IRegion first = document.getLineInformation(firstLine);
			IRegion last = document.getLineInformation(lastLine);
			String lines = document.get(first.getOffset(), last.getOffset() + last.getLength() - first.getOffset());
			String toggled = toggle(lines);
			document.replace(first.getOffset(), lines.length(), toggled);
			editor.selectAndReveal(first.getOffset(), toggled.length());
		} catch (BadLocationException e) {
			throw new ExecutionException("The lines could not be commented", e);
		}
	}

	/** Lines with {@code //} added at their start, or removed when every non-blank line has it. */
	static String toggle(String lines) {
		String[] each = lines.split("\n", -1);
		boolean allCommented = true;
		for (String line : each) {
			if (!line.isBlank() && !line.stripLeading().startsWith("//")) {
				allCommented = false;
			}
		}
		StringBuilder result = new StringBuilder();
		for (int i = 0; i < each.length; i++) {
			String line = each[i];
			if (allCommented) {
				int at = line.indexOf("//");
				result.append(at < 0 ? line : line.substring(0, at) + line.substring(at + 2));
			} else {
				result.append(line.isBlank() && each.length > 1 ? line : "//" + line);
			}
			if (i < each.length - 1) {
				result.append('\n');
			}
		}
		return result.toString();
	}
}
