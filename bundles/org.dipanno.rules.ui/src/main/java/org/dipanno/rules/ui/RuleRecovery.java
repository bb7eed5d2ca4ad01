package org.dipanno.rules.ui;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.dipanno.engine.rules.RuleSets;
import org.dipanno.ui.corpus.WorkspaceCorpus;
import org.dipanno.ui.editor.RecoveryPolicy;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;

/**
 * Recovery copies of rule files with unsaved changes, as the article editor keeps them: written every few seconds
 * while the editor is dirty to the corpus's {@code .recovery/rules/}, dropped on save or close, offered back (per the
 * workbench's recovery preference) when the file is opened after a crash.
 */
final class RuleRecovery {

	private RuleRecovery() {
	}

	/** The recovery copy of a rule file of the corpus (by its name in the rules folder). */
	static Path copyOf(String fileName) {
		return WorkspaceCorpus.getDefault().folder().resolve(WorkspaceCorpus.RECOVERY_FOLDER)
				.resolve(RuleSets.CORPUS_RULES_FOLDER).resolve(fileName);
	}

	static void write(String fileName, String text) throws IOException {
		Path copy = copyOf(fileName);
		Files.createDirectories(copy.getParent());
		Path temporary = copy.resolveSibling(copy.getFileName() + ".tmp");
		Files.writeString(temporary, text, StandardCharsets.UTF_8);
		Files.move(temporary, copy, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
	}

	static void discard(String fileName) throws IOException {
		Files.deleteIfExists(copyOf(fileName));
	}

	/** The unsaved text left by a crash, if there is one that differs from the file's text and it is to be restored. */
	static String offer(Shell shell, String fileName, String fileText) throws IOException {
		Path copy = copyOf(fileName);
		if (!Files.isRegularFile(copy)) {
			return null;
		}
		String recovered = Files.readString(copy, StandardCharsets.UTF_8);
		if (recovered.equals(fileText)) {
			discard(fileName);
			return null;
		}
		boolean restore = switch (RecoveryPolicy.current()) {
		case RESTORE -> true;
		case DISCARD -> false;
		case ASK -> MessageDialog.openQuestion(shell, "Unsaved work found", "dipanno was closed before \"" + fileName
				+ "\" was saved.\n\nRestore the unsaved text from the recovery copy? (Undo takes it back.)");
		};
		discard(fileName);
		return restore ? recovered : null;
	}
}
