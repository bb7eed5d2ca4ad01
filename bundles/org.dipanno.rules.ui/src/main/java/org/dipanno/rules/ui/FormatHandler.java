package org.dipanno.rules.ui;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.core.commands.ExecutionException;

/** Ctrl+Shift+F: formats the file with the language's formatter, as one change (one Undo takes it back). */
public class FormatHandler extends RuleEditorHandler {

	@Override
	void run(RuleFileEditor editor) throws ExecutionException {
		IDocument document = editor.viewer().getDocument();
		String text = document.get();
		String formatted = Formatting.format(RuleLanguage.parse(editor.resourceUri(), text), text);
		if (formatted.equals(text)) {
			return;
		}
		int start = 0;
		while (start < text.length() && start < formatted.length() && text.charAt(start) == formatted.charAt(start)) {
			start++;
		}
		int end = text.length();
		int formattedEnd = formatted.length();
		while (end > start && formattedEnd > start && text.charAt(end - 1) == formatted.charAt(formattedEnd - 1)) {
			end--;
			formattedEnd--;
		}
		try {
			document.replace(start, end - start, formatted.substring(start, formattedEnd));
		} catch (BadLocationException e) {
			throw new ExecutionException("The file could not be formatted", e);
		}
	}
}
