package org.dipanno.ui.tests;

import static org.dipanno.ui.tests.Workbench.processEvents;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;

import org.dipanno.model.AnnotationSet;
import org.dipanno.model.Document;
import org.dipanno.model.MentionStatus;
import org.dipanno.model.custom.DocumentOperations;
import org.dipanno.ui.corpus.WorkspaceCorpus;
import org.dipanno.ui.views.CorpusNavigator;

/**
 * The shared workspace corpus for tests that save into it (imports, rule runs): its document files are kept before
 * the test and put back after it, with every article reverted and every editor closed, so the next test starts from
 * the seeds.
 */
final class CorpusFixture {

	private final Path backup;

	private CorpusFixture(Path backup) {
		this.backup = backup;
	}

	/** Shows the corpus view (loading the corpus) and keeps a copy of its document files. */
	static CorpusFixture keepTheCorpusFiles() throws Exception {
		navigator();
		Path backup = Files.createTempDirectory("corpus-backup");
		copyFiles(documentsFolder(), backup);
		return new CorpusFixture(backup);
	}

	/** Closes all editors without saving, puts the kept files back and reverts every article to them. */
	void putTheCorpusFilesBack() throws Exception {
		Articles.page().closeAllEditors(false);
		processEvents();
		copyFiles(backup, documentsFolder());
		for (Document document : List.copyOf(WorkspaceCorpus.getDefault().corpus().getDocuments())) {
			WorkspaceCorpus.getDefault().revert(document);
		}
		processEvents();
	}

	static CorpusNavigator navigator() throws Exception {
		CorpusNavigator navigator = (CorpusNavigator) Articles.page().showView(CorpusNavigator.ID);
		WorkspaceCorpus.getDefault().corpus();
		return navigator;
	}

	/** The rule proposals of the document still waiting for a decision. */
	static int pendingProposals(Document document) {
		AnnotationSet rules = document.findAnnotationSet(DocumentOperations.RULES_SET_ID);
		return rules == null ? 0
				: (int) (rules.getEntityMentions().stream().filter(m -> m.getStatus() == MentionStatus.PROPOSED).count()
						+ rules.getEventMentions().stream().filter(m -> m.getStatus() == MentionStatus.PROPOSED)
								.count());
	}

	private static Path documentsFolder() {
		return WorkspaceCorpus.getDefault().folder().resolve("documents");
	}

	private static void copyFiles(Path from, Path to) throws Exception {
		try (Stream<Path> files = Files.list(from)) {
			for (Path file : files.filter(Files::isRegularFile).toList()) {
				Files.copy(file, to.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
			}
		}
	}
}
