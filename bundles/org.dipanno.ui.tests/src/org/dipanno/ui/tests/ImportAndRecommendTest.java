package org.dipanno.ui.tests;

import static org.dipanno.ui.tests.Dialogs.button;
import static org.dipanno.ui.tests.Dialogs.click;
import static org.dipanno.ui.tests.Workbench.runCommand;
import static org.dipanno.ui.tests.Workbench.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import org.dipanno.model.AnnotationSet;
import org.dipanno.model.AnnotationSetKind;
import org.dipanno.model.Document;
import org.dipanno.model.ImportedProvenance;
import org.dipanno.model.Mention;
import org.dipanno.model.MentionStatus;
import org.dipanno.model.RecommenderProvenance;
import org.dipanno.model.custom.DocumentOperations;
import org.dipanno.model.editing.AnnotationActions;
import org.dipanno.model.persistence.CorpusStore;
import org.dipanno.ui.corpus.WorkspaceCorpus;
import org.dipanno.ui.editor.ArticleEditor;
import org.dipanno.ui.editor.MentionDescriptions;
import org.dipanno.ui.CommandIds;
import org.dipanno.ui.imports.ImportAnnotationsDialog;
import org.dipanno.ui.views.CorpusNavigator;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * File > Import Annotations... filled in as a linguist would (what will be imported and what cannot be is shown
 * before Import), and Annotate > Propose From Annotations: the recommender's proposals decided with the rule
 * proposals' commands and taken back with Undo.
 */
class ImportAndRecommendTest {

	private static final String FIRST = "000_bf9587ca5d7394a3";
	private static final String SECOND = "001_19fe77e609455608";
	private static final String LAST = "004_4e00300c40552043";
	private static final String ANNOTATOR = "lan-" + Long.toString(System.nanoTime(), 36);

	@TempDir
	Path temp;

	private CorpusFixture corpus;
	private CorpusNavigator navigator;

	@BeforeAll
	static void annotateAsLan() {
		Workbench.annotateAs(ANNOTATOR);
	}

	/** The import saves documents of the shared workspace corpus: keep its files to put them back afterwards. */
	@BeforeEach
	void keepTheCorpusFiles() throws Exception {
		corpus = CorpusFixture.keepTheCorpusFiles();
		navigator = CorpusFixture.navigator();
	}

	@AfterEach
	void putTheCorpusFilesBack() throws Exception {
		corpus.putTheCorpusFilesBack();
	}

	@Test
	void theImportDialogShowsWhatWillBeImportedAndWhatCannotAndImportIsSaved() throws Exception {
		Document first = WorkspaceCorpus.getDefault().document(FIRST);
		String text = first.getText();
		int start = text.indexOf("Trung Quốc");
		Path brat = Files.createDirectory(temp.resolve("brat"));
		Files.writeString(brat.resolve(FIRST + ".txt"), text);
		Files.writeString(brat.resolve(FIRST + ".ann"), "T1\tCOUNTRY " + start + " " + (start + 10) + "\tTrung Quốc\n");
		String second = WorkspaceCorpus.getDefault().document(SECOND).getText();
		Files.writeString(brat.resolve(SECOND + ".txt"), second);
		Files.writeString(brat.resolve(SECOND + ".ann"), "T1\tPLANET 0 4\t" + second.substring(0, 4) + "\n");

		AtomicReference<String> shown = new AtomicReference<>();
		inDialog(dialog -> {
			Shell shell = dialog.getShell();
			assertEquals("Choose the folder or file to import", dialog.getErrorMessage());
			assertFalse(button(shell, "Import").isEnabled());
			Dialogs.<Text>field(shell, "path").setText(temp.resolve("none").toString());
			assertTrue(dialog.getErrorMessage().endsWith("does not exist"), dialog.getErrorMessage());
			Dialogs.<Text>field(shell, "path").setText(brat.toString());
			assertNull(dialog.getErrorMessage(), dialog.getErrorMessage());
			assertTrue(dialog.getShownMessage().startsWith("1 document with 1 entity and 0 events will be imported into Gold; 1 cannot be"),
					dialog.getShownMessage());
			String preview = Dialogs.<Text>field(shell, "preview").getText();
			assertTrue(preview.contains(FIRST + ": 1 entity, 0 events"), preview);
			assertTrue(preview.contains("cannot import " + SECOND + ": ") && preview.contains("entity type PLANET is not in the schema"),
					preview);
			Dialogs.<Text>field(shell, "map").setText("PLANET");
			assertTrue(dialog.getErrorMessage().startsWith("Rename types as FROM=TO"), dialog.getErrorMessage());
			Dialogs.<Text>field(shell, "map").setText("PLANET=LOCATION");
			assertTrue(dialog.getShownMessage().startsWith("2 documents with 2 entities"), dialog.getShownMessage());
			Dialogs.<Text>field(shell, "map").setText("");
			shown.set(dialog.getShownMessage());
			click(button(shell, "Import"));
		});
		assertNotNull(shown.get());
		String report = WorkspaceCorpus.getDefault().lastReport();
		assertTrue(report.startsWith("Imported 1 entity and 0 events into 1 article; not imported: "), report);
		AnnotationSet gold = first.findAnnotationSet(DocumentOperations.annotationSetId(AnnotationSetKind.GOLD, null));
		assertEquals(1, gold.getEntityMentions().size());
		assertTrue(gold.getEntityMentions().get(0).getProvenance() instanceof ImportedProvenance);
		// Saved at once: the files on disk hold it.
		Document onDisk = new CorpusStore().load(WorkspaceCorpus.getDefault().folder()).findDocument(FIRST);
		assertEquals("Trung Quốc", onDisk.findAnnotationSet("gold").getEntityMentions().get(0).getText());
		assertNull(WorkspaceCorpus.getDefault().document(SECOND).findAnnotationSet("gold"), "the failing one is left alone");
		waitUntil(() -> navigator.getReport() != null && navigator.getReport().contains(report), "the corpus view shows the report");
	}

	@Test
	void proposalsFromAnnotationsAreDecidedLikeRuleProposalsAndUndone() throws Exception {
		Document first = WorkspaceCorpus.getDefault().document(FIRST);
		int start = first.getText().indexOf("Trung Quốc");
		AnnotationActions.label(first.getOrCreateAnnotationSet(AnnotationSetKind.GOLD, null), start, start + 10,
				first.getCorpus().getSchema().findEntityType("COUNTRY"), ANNOTATOR, Instant.now());

		ArticleEditor editor = Articles.open(LAST);
		runCommand(CommandIds.SHOW_SET, Map.of(CommandIds.PARAM_SET, "gold"));
		runCommand(CommandIds.PROPOSE_FROM_ANNOTATIONS, Map.of());
		List<Mention> proposals = editor.pendingProposals();
		assertEquals(7, proposals.size(), "every Trung Quốc of the body not inside a longer name");
		assertTrue(proposals.stream().allMatch(p -> p.getProvenance() instanceof RecommenderProvenance
				&& p.getStatus() == MentionStatus.PROPOSED && "Trung Quốc".equals(p.getText())));
		assertTrue(MentionDescriptions.source(proposals.get(0).getProvenance())
				.startsWith("recommender, confidence 1.00 (1 accepted, 0 rejected in gold)"));
		assertTrue(editor.isDirty());

		Mention accepted = proposals.get(0);
		editor.getTextWidget().setCaretOffset(accepted.getStart() + 1);
		runCommand(CommandIds.ACCEPT, Map.of());
		AnnotationSet gold = editor.getDocument().findAnnotationSet("gold");
		assertEquals(1, gold.getEntityMentions().size(), "accepted into gold");
		Mention rejected = proposals.get(1);
		editor.getTextWidget().setCaretOffset(rejected.getStart() + 1);
		runCommand(CommandIds.REJECT, Map.of());
		assertEquals(MentionStatus.REJECTED, rejected.getStatus());
		assertEquals(5, editor.pendingProposals().size());

		for (int i = 0; i < 3; i++) {
			runCommand("org.eclipse.ui.edit.undo", Map.of());
		}
		waitUntil(() -> editor.getDocument().findAnnotationSet("rules") == null
				|| editor.getDocument().findAnnotationSet("rules").getEntityMentions().isEmpty(),
				"undo takes the recommender's proposals back");
		assertTrue(gold.getEntityMentions().isEmpty(), "undo takes the accepted one out of gold");
	}

	private static void inDialog(Dialogs.Steps<ImportAnnotationsDialog> steps) throws Exception {
		Dialogs.inDialog(CommandIds.IMPORT_ANNOTATIONS, ImportAnnotationsDialog.class, steps);
	}
}
