package org.dipanno.ui.tests;

import static org.dipanno.ui.tests.Workbench.cell;
import static org.dipanno.ui.tests.Workbench.processEvents;
import static org.dipanno.ui.tests.Workbench.row;
import static org.dipanno.ui.tests.Workbench.runCommand;
import static org.dipanno.ui.tests.Workbench.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.dipanno.export.agreement.TypeConfusion;
import org.dipanno.model.AnnotationSet;
import org.dipanno.model.AnnotationSetKind;
import org.dipanno.model.CurationDecision;
import org.dipanno.model.CurationProvenance;
import org.dipanno.model.Document;
import org.dipanno.model.EntityMention;
import org.dipanno.model.MentionStatus;
import org.dipanno.model.curation.CurationItem;
import org.dipanno.model.curation.DisagreementKind;
import org.dipanno.model.editing.AnnotationActions;
import org.dipanno.model.persistence.CorpusStore;
import org.dipanno.ui.corpus.WorkspaceCorpus;
import org.dipanno.ui.curation.AgreementView;
import org.dipanno.ui.curation.CurateArticleHandler;
import org.dipanno.ui.curation.CurationEditor;
import org.dipanno.ui.editor.ArticleEditor;
import org.dipanno.ui.editor.DisplayedSet;
import org.dipanno.ui.views.CorpusNavigator;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.action.ActionContributionItem;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The curator's workflow in the real workbench: two annotators marked an article done; the curator opens it from
 * the corpus view, walks the disagreements by key, takes readings, applies the strategy, marks it curated and
 * saves; gold on disk and the corpus view follow. The Agreement view draws the matrix of the same article.
 */
class CurationEditorTest {

	private static final String ARTICLE = "004_4e00300c40552043";
	private static final String RUN = Long.toString(System.nanoTime(), 36);
	private static final String LAN = "lan-" + RUN;
	private static final String MINH = "minh-" + RUN;
	private static final String CURATOR = "thu-" + RUN;

	private IWorkbenchPage page;
	private CorpusNavigator navigator;
	private Document document;
	private Collection<AnnotationSet> setsBefore;
	private int vuongNghi;
	private int blinken;
	private int washington;

	@BeforeEach
	void twoAnnotatorsMarkedTheArticleDone() throws Exception {
		Workbench.annotateAs(CURATOR);
		page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		document = WorkspaceCorpus.getDefault().document(ARTICLE);
		setsBefore = EcoreUtil.copyAll(document.getAnnotationSets());
		String text = document.getText();
		vuongNghi = text.indexOf("Trung Quốc Vương Nghị") + "Trung Quốc ".length();
		blinken = text.indexOf("Antony Blinken");
		washington = text.indexOf("Washington");
		assertTrue(vuongNghi > 0 && blinken > vuongNghi && washington > blinken, "the lead has the three names");
		var schema = document.getCorpus().getSchema();
		Instant time = Instant.parse("2026-12-02T09:00:00Z");
		for (String annotator : List.of(LAN, MINH)) {
			AnnotationSet set = document.getOrCreateAnnotationSet(AnnotationSetKind.ANNOTATOR, annotator);
			AnnotationActions.label(set, vuongNghi, vuongNghi + "Vương Nghị".length(), schema.findEntityType("PERSON"),
					annotator, time);
			AnnotationActions.label(set, washington, washington + "Washington".length(),
					schema.findEntityType(annotator.equals(LAN) ? "LOCATION" : "ORGANIZATION"), annotator, time);
			if (annotator.equals(LAN)) {
				AnnotationActions.label(set, blinken, blinken + "Antony Blinken".length(),
						schema.findEntityType("PERSON"), annotator, time);
			}
			set.setDone(true);
		}
		WorkspaceCorpus.getDefault().saveDocument(document);
		navigator = (CorpusNavigator) page.showView(CorpusNavigator.ID);
		navigator.refresh();
		processEvents();
	}

	@AfterEach
	void restoreTheArticle() throws Exception {
		page.closeAllEditors(false);
		processEvents();
		document = WorkspaceCorpus.getDefault().document(ARTICLE);
		document.getAnnotationSets().clear();
		document.getAnnotationSets().addAll(setsBefore);
		WorkspaceCorpus.getDefault().saveDocument(document);
		processEvents();
	}

	@Test
	void theCuratorWalksTheDisagreementsByKeyDecidesSavesAndTheCorpusViewFollows() throws Exception {
		Table table = navigator.getViewer().getTable();
		int row = row(table, "Document", ARTICLE);
		assertEquals(LAN + ", " + MINH, cell(table, row, "Annotators done"));
		assertEquals("0.40", cell(table, row, "Agreement"), "one mention of three and two matches exactly: 2/5");
		assertEquals("not started", cell(table, row, "Curation"));
		IAction filter = needsCurationFilter();
		filter.setChecked(true);
		filter.run();
		processEvents();
		row(table, "Document", ARTICLE);
		filter.setChecked(false);
		filter.run();

		navigator.getViewer().setSelection(new StructuredSelection(document), true);
		page.activate(navigator);
		runCommand(CurateArticleHandler.COMMAND_ID, Map.of());
		waitUntil(() -> page.getActiveEditor() instanceof CurationEditor, "the curation editor is open");
		CurationEditor editor = (CurationEditor) page.getActiveEditor();
		assertEquals(List.of(LAN, MINH), editor.getCuration().annotators());
		assertEquals(3, editor.getCuration().items().size());
		assertEquals(2, editor.getList().getTable().getItemCount(), "the two disagreements are listed");
		CurationItem missing = editor.getCurrentItem();
		assertEquals(blinken, missing.start());
		assertEquals(java.util.Set.of(DisagreementKind.MISSING), missing.disagreements());
		assertTrue(editor.getTextWidget().getStyleRangeAtOffset(blinken).underlineStyle == SWT.UNDERLINE_SQUIGGLE,
				"an open disagreement is underlined");

		press(editor, 'n');
		CurationItem type = editor.getCurrentItem();
		assertEquals(washington, type.start());
		assertEquals(java.util.Set.of(DisagreementKind.TYPE), type.disagreements());
		assertTrue(editor.getDetailsText().contains("2  " + MINH + ": ORGANIZATION \"Washington\""),
				editor.getDetailsText());
		press(editor, '\r');
		assertTrue(editor.getLastMessage().startsWith("The annotators do not agree here"), editor.getLastMessage());
		press(editor, '2');
		assertTrue(editor.getCuration().isDecided(type));
		press(editor, 'u');
		assertFalse(editor.getCuration().hasDecision(type), "u reopens the item");
		press(editor, '2');
		assertTrue(editor.getCuration().isDecided(type));
		assertEquals("took " + MINH + " ORGANIZATION", editor.decision(type));
		assertTrue(editor.isDirty());

		press(editor, 'p');
		assertEquals(missing, editor.getCurrentItem());
		press(editor, '1');
		press(editor, 'c');
		assertTrue(editor.getLastMessage().contains("1 item has no decision yet"), editor.getLastMessage());
		press(editor, 'a');
		press(editor, 'c');
		assertEquals("curated", cellAfterRefresh(table, "Curation"));

		runCommand("org.eclipse.ui.edit.undo", Map.of());
		assertEquals("in progress", cellAfterRefresh(table, "Curation"));
		runCommand("org.eclipse.ui.edit.redo", Map.of());
		assertEquals("curated", cellAfterRefresh(table, "Curation"));

		runCommand("org.eclipse.ui.file.save", Map.of());
		assertFalse(editor.isDirty());
		Document saved = new CorpusStore().load(WorkspaceCorpus.getDefault().folder()).findDocument(ARTICLE);
		AnnotationSet gold = saved.findAnnotationSet("gold");
		assertTrue(gold.isDone());
		EntityMention organization = gold.getEntityMentions().stream()
				.filter(m -> m.getStart() == washington && m.getStatus() == MentionStatus.ACCEPTED).findFirst()
				.orElseThrow();
		assertEquals("ORGANIZATION", organization.getType().getName());
		CurationProvenance provenance = (CurationProvenance) organization.getProvenance();
		assertEquals(CURATOR, provenance.getCurator());
		assertEquals(CurationDecision.TAKEN, provenance.getDecision());
		assertEquals(List.of(MINH), provenance.getAgreedBy());
		EntityMention person = gold.getEntityMentions().stream().filter(m -> m.getStart() == vuongNghi).findFirst()
				.orElseThrow();
		assertEquals(CurationDecision.UNANIMOUS, ((CurationProvenance) person.getProvenance()).getDecision());
		assertEquals(List.of(LAN, MINH), ((CurationProvenance) person.getProvenance()).getAgreedBy());
		assertTrue(saved.findAnnotationSet("annotator-" + MINH).getEntityMentions().stream()
				.noneMatch(m -> m.getStart() == blinken), "the annotator's set is unchanged");

		// The article editor's gold shows what was taken, not the rejected LOCATION reading of "Washington".
		// Opened by editor id: the curation editor already holds an equal input.
		ArticleEditor article = (ArticleEditor) page.openEditor(editor.getEditorInput(), ArticleEditor.ID, true,
				IWorkbenchPage.MATCH_INPUT | IWorkbenchPage.MATCH_ID);
		article.showSet(DisplayedSet.gold());
		processEvents();
		assertEquals(List.of(vuongNghi, blinken, washington), article.visibleMentions().stream()
				.map(m -> m.getStart()).sorted().toList());
		assertTrue(article.visibleMentions().stream().noneMatch(m -> m.getStatus() == MentionStatus.REJECTED));

		filter.setChecked(true);
		filter.run();
		processEvents();
		assertTrue(rows(table).stream().noneMatch(ARTICLE::equals), "a curated article needs no curation");
		filter.setChecked(false);
		filter.run();
		processEvents();
	}

	@Test
	void theAgreementViewDrawsTheConfusionMatrixAndListsACellsDisagreements() throws Exception {
		AgreementView view = (AgreementView) page.showView(AgreementView.ID);
		view.setAnnotators(LAN + "," + MINH);
		view.setSelectionScope(false);
		view.compute();
		processEvents();
		TypeConfusion confusion = view.getConfusion();
		assertNotNull(confusion, view.getSummary());
		assertEquals(List.of("LOCATION", "ORGANIZATION", "PERSON", TypeConfusion.NONE), confusion.labels());
		assertEquals(1, confusion.count(0, 1));
		assertEquals(1, confusion.count(2, 2));
		assertEquals(1, confusion.count(2, 3));
		assertTrue(view.getSummary().startsWith("1 article with the sets of " + LAN + ", " + MINH), view.getSummary());
		assertTrue(view.getFigures().getItemCount() > 0);

		Point centre = view.cellCentre(0, 1);
		Event click = new Event();
		click.x = centre.x;
		click.y = centre.y;
		click.button = 1;
		view.getHeatMap().notifyListeners(SWT.MouseDown, click);
		processEvents();
		Table list = view.getCellList();
		assertEquals(1, list.getItemCount());
		assertEquals("Washington", cell(list, 0, "Text"));
		assertEquals("LOCATION [" + washington + "," + (washington + 10) + ")", cell(list, 0, "First"));
		assertEquals("ORGANIZATION [" + washington + "," + (washington + 10) + ")", cell(list, 0, "Second"));

		Point missing = view.cellCentre(2, 3);
		click.x = missing.x;
		click.y = missing.y;
		view.getHeatMap().notifyListeners(SWT.MouseDown, click);
		assertEquals("(nothing)", cell(list, 0, "Second"));
		assertEquals("Antony Blinken", cell(list, 0, "Text"));
	}

	private IAction needsCurationFilter() {
		var item = navigator.getViewSite().getActionBars().getToolBarManager()
				.find("org.dipanno.ui.curation.needsCurationFilter");
		return ((ActionContributionItem) item).getAction();
	}

	private String cellAfterRefresh(Table table, String header) {
		navigator.refresh();
		processEvents();
		return cell(table, row(table, "Document", ARTICLE), header);
	}

	private static List<String> rows(Table table) {
		List<String> ids = new java.util.ArrayList<>();
		for (int i = 0; i < table.getItemCount(); i++) {
			ids.add(cell(table, i, "Document"));
		}
		return ids;
	}

	/** Posts a real key press to the display, as the curator would type it. */
	private static void press(CurationEditor editor, char key) {
		StyledText text = editor.getTextWidget();
		text.getShell().forceActive();
		text.setFocus();
		processEvents();
		Display display = text.getDisplay();
		Event down = new Event();
		down.type = SWT.KeyDown;
		down.character = key;
		down.keyCode = key;
		assertTrue(display.post(down), "the display accepts the key press");
		Event up = new Event();
		up.type = SWT.KeyUp;
		up.character = key;
		up.keyCode = key;
		display.post(up);
		processEvents();
	}
}
