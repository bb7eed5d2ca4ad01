package org.dipanno.ui.tests;

import static org.dipanno.ui.tests.Workbench.processEvents;
import static org.dipanno.ui.tests.Workbench.runCommand;
import static org.dipanno.ui.tests.Workbench.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;

import org.dipanno.model.AnnotationSet;
import org.dipanno.model.AnnotationSetKind;
import org.dipanno.model.Corpus;
import org.dipanno.model.Document;
import org.dipanno.model.EntityMention;
import org.dipanno.model.EventArgument;
import org.dipanno.model.EventMention;
import org.dipanno.model.MentionStatus;
import org.dipanno.model.ModelFactory;
import org.dipanno.model.RuleProvenance;
import org.dipanno.model.custom.DocumentOperations;
import org.dipanno.model.editing.AnnotationActions;
import org.dipanno.model.persistence.CorpusStore;
import org.dipanno.ui.CommandIds;
import org.dipanno.ui.corpus.WorkspaceCorpus;
import org.dipanno.ui.editor.ArticleEditor;
import org.dipanno.ui.editor.StylePlanner;
import org.dipanno.ui.properties.MentionPropertySource;
import org.dipanno.ui.views.AnnotationsView;
import org.eclipse.ui.views.properties.IPropertySource;
import org.dipanno.model.Actor;
import org.dipanno.ui.views.CorpusNavigator;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Drives the article editor inside the real workbench: keys are posted to the display as a linguist would type them,
 * everything else goes through the workbench's commands (Undo, Redo, Save) and the editor's own commands.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ArticleEditorTest {

	private static final String ARTICLE = "000_bf9587ca5d7394a3";
	/** A name of its own per run, so that work saved by an earlier run in the same workspace cannot interfere. */
	private static final String ANNOTATOR = "lan-" + Long.toString(System.nanoTime(), 36);

	private IWorkbenchPage page;
	private ArticleEditor editor;

	@BeforeAll
	static void annotateAsLan() {
		Workbench.annotateAs(ANNOTATOR);
	}

	@BeforeEach
	void openTheFirstSeedArticle() throws Exception {
		page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		editor = open();
	}

	@AfterEach
	void closeWithoutSaving() {
		page.closeAllEditors(false);
		processEvents();
	}

	@Test
	@Order(1)
	void pressingTheTypeKeyLabelsTheSelectionAndUndoRedoFollowTheWorkbench() throws Exception {
		assertTrue(editor.getTextWidget().getWordWrap(), "an article is shown wrapped");
		int start = offsetOf("Vương Văn Đào");
		select(start, start + "Vương Văn Đào".length());
		press('p');
		waitUntil(() -> mine().getEntityMentions().size() == 1, "the key p labels the selection");
		EntityMention wang = mine().getEntityMentions().get(0);
		assertEquals("PERSON", wang.getType().getName());
		assertEquals("Vương Văn Đào", wang.getText());
		assertEquals(MentionStatus.ACCEPTED, wang.getStatus());
		assertEquals(personBackground(), backgroundAt(start + 3));
		assertTrue(editor.isDirty());

		runCommand("org.eclipse.ui.edit.undo", Map.of());
		waitUntil(() -> mine() == null || mine().getEntityMentions().isEmpty(), "undo removes the label");
		assertTrue(editor.getLastStatus() != null && editor.getLastStatus().startsWith("Undone: "),
				"the status line says what was undone: " + editor.getLastStatus());
		waitUntil(() -> backgroundAt(start + 3) == null, "undo removes the colour");
		assertFalse(editor.isDirty(), "undone back to the saved state");

		runCommand("org.eclipse.ui.edit.redo", Map.of());
		waitUntil(() -> mine() != null && mine().getEntityMentions().size() == 1, "redo brings the label back");
		assertEquals(personBackground(), backgroundAt(start + 3));
	}

	@Test
	@Order(2)
	void selectionSnapsToSyllablesUnlessAltIsHeld() throws Exception {
		int start = offsetOf("Gina Raimondo");
		select(start + 2, start + 8); // "na Rai"
		press('p');
		waitUntil(() -> mine() != null && mine().getEntityMentions().size() == 1, "labelled");
		assertEquals("Gina Raimondo", mine().getEntityMentions().get(0).getText());

		select(start + 2, start + 8);
		runCommand(CommandIds.LABEL, Map.of(CommandIds.PARAM_TYPE, "MISC", CommandIds.PARAM_SNAP, "false"));
		waitUntil(() -> mine().getEntityMentions().size() == 2, "labelled without snapping");
		assertEquals("na Rai", mine().getEntityMentions().get(1).getText());
	}

	@Test
	@Order(3)
	void boilerplateIsNotAnnotatable() throws Exception {
		int start = offsetOf("Có thể bạn quan tâm");
		select(start, start + 6);
		press('o');
		processEvents();
		assertTrue(mine() == null || mine().getEntityMentions().isEmpty());
		assertEquals("This text is boilerplate, which is excluded from annotation", editor.getLastMessage());
	}

	@Test
	@Order(4)
	void aMeetingEventTakesTwoParticipantsTheSchemaAllows() throws Exception {
		int wangStart = offsetOf("Vương Văn Đào");
		select(wangStart, wangStart + 13);
		press('p');
		int ginaStart = offsetOf("Gina Raimondo");
		select(ginaStart, ginaStart + 13);
		press('p');
		waitUntil(() -> mine() != null && mine().getEntityMentions().size() == 2, "two persons");
		int triggerStart = offsetOf("hội đàm");
		select(triggerStart, triggerStart + "hội đàm".length());
		runCommand(CommandIds.CREATE_EVENT, Map.of(CommandIds.PARAM_EVENT_TYPE, "MEET"));
		waitUntil(() -> mine().getEventMentions().size() == 1, "the event is created");
		EventMention meeting = mine().getEventMentions().get(0);
		assertEquals("hội đàm", meeting.getText());
		String wang = mine().getEntityMentions().get(0).getId();
		String gina = mine().getEntityMentions().get(1).getId();
		runCommand(CommandIds.ADD_ARGUMENT, Map.of(CommandIds.PARAM_EVENT, meeting.getId(), CommandIds.PARAM_ROLE,
				"participant", CommandIds.PARAM_MENTION, wang));
		runCommand(CommandIds.ADD_ARGUMENT, Map.of(CommandIds.PARAM_EVENT, meeting.getId(), CommandIds.PARAM_ROLE,
				"counterpart", CommandIds.PARAM_MENTION, gina));
		waitUntil(() -> meeting.getArguments().size() == 2, "both arguments are added");
		assertEquals(List.of("participant:Vương Văn Đào", "counterpart:Gina Raimondo"), meeting.getArguments().stream()
				.map((EventArgument a) -> a.getRole() + ":" + a.getEntity().getText()).toList());

		// A role the schema does not allow for MEET is refused, with the reason shown.
		runCommand(CommandIds.ADD_ARGUMENT, Map.of(CommandIds.PARAM_EVENT, meeting.getId(), CommandIds.PARAM_ROLE,
				"time", CommandIds.PARAM_MENTION, gina));
		processEvents();
		assertEquals(2, meeting.getArguments().size());
		assertEquals("The time of MEET cannot be a PERSON (\"Gina Raimondo\")", editor.getLastMessage());

		StyleRange trigger = editor.getTextWidget().getStyleRangeAtOffset(triggerStart + 1);
		assertNotNull(trigger);
		assertEquals(SWT.UNDERLINE_DOUBLE, trigger.underlineStyle);
	}

	@Test
	@Order(5)
	void aRuleProposalIsShownAndCanBeAccepted() throws Exception {
		Document document = editor.getDocument();
		int start = offsetOf("Bộ trưởng Thương mại Mỹ");
		// The proposal a rule run leaves in the rules set (the engine writes exactly this).
		AnnotationSet rules = document.getOrCreateAnnotationSet(AnnotationSetKind.RULES, null);
		EntityMention proposal = rules.addEntityMention(start, start + "Bộ trưởng Thương mại".length(),
				document.getCorpus().getSchema().findEntityType("TITLE"));
		RuleProvenance provenance = ModelFactory.eINSTANCE.createRuleProvenance();
		provenance.setRuleName("TitleLexicon");
		provenance.setSourceUri("rules/diplomatic.dar");
		provenance.setLine(7);
		proposal.setProvenance(provenance);
		editor.refreshPresentation();
		StyleRange proposed = editor.getTextWidget().getStyleRangeAtOffset(start + 2);
		assertNotNull(proposed, "the proposal is painted");
		assertEquals(SWT.BORDER_DASH, proposed.borderStyle);

		editor.getTextWidget().setCaretOffset(start + 2);
		assertEquals(List.of(proposal), editor.mentionsAt(start + 2), "the proposal is under the caret");
		runCommand(CommandIds.ACCEPT, Map.of());
		assertEquals(MentionStatus.ACCEPTED, proposal.getStatus(), "status after the command; the editor says: "
				+ editor.getLastMessage() + "; caret " + editor.getTextWidget().getCaretOffset());
		processEvents();
		assertEquals(List.of("Bộ trưởng Thương mại"),
				mine().getEntityMentions().stream().map(EntityMention::getText).toList(), "the proposal is accepted");
		EntityMention accepted = mine().getEntityMentions().get(0);
		assertEquals("Bộ trưởng Thương mại", accepted.getText());
		assertEquals("TitleLexicon", ((RuleProvenance) accepted.getProvenance()).getRuleName());
		assertEquals(MentionStatus.ACCEPTED, proposal.getStatus());
		assertEquals(SWT.NONE, editor.getTextWidget().getStyleRangeAtOffset(start + 2).borderStyle,
				"an accepted proposal is no longer shown as pending");
	}

	@Test
	@Order(6)
	void savedWorkIsFoundAgainAfterClosingAndReopening() throws Exception {
		int start = offsetOf("Vương Văn Đào");
		select(start, start + 13);
		press('p');
		int triggerStart = offsetOf("hội đàm");
		select(triggerStart, triggerStart + "hội đàm".length());
		runCommand(CommandIds.CREATE_EVENT, Map.of(CommandIds.PARAM_EVENT_TYPE, "MEET"));
		waitUntil(() -> mine() != null && mine().getEventMentions().size() == 1, "annotated");
		String wangId = mine().getEntityMentions().get(0).getId();
		runCommand(CommandIds.ADD_ARGUMENT, Map.of(CommandIds.PARAM_EVENT, mine().getEventMentions().get(0).getId(),
				CommandIds.PARAM_ROLE, "participant", CommandIds.PARAM_MENTION, wangId));
		waitUntil(() -> mine().getEventMentions().get(0).getArguments().size() == 1, "argument added");

		runCommand("org.eclipse.ui.file.save", Map.of());
		waitUntil(() -> !editor.isDirty(), "saved");
		page.closeEditor(editor, false);
		processEvents();

		// What is on disk, read by a fresh store, as the next session would.
		Corpus reloaded = new CorpusStore().load(WorkspaceCorpus.getDefault().folder());
		AnnotationSet saved = reloaded.findDocument(ARTICLE)
				.findAnnotationSet(DocumentOperations.annotationSetId(AnnotationSetKind.ANNOTATOR, ANNOTATOR));
		assertEquals("Vương Văn Đào", saved.getEntityMentions().get(0).getText());
		assertEquals("MEET", saved.getEventMentions().get(0).getType().getName());
		assertEquals("Vương Văn Đào", saved.getEventMentions().get(0).getArguments().get(0).getEntity().getText());

		editor = open();
		assertEquals(1, mine().getEntityMentions().size());
		assertEquals(personBackground(), backgroundAt(start + 3));
		AnnotationsView view = (AnnotationsView) page.showView(AnnotationsView.ID);
		page.activate(editor);
		processEvents();
		assertEquals(2, view.getViewer().getTable().getItemCount(), "the person and the event are listed");
		view.getFilter().setText("event");
		processEvents();
		assertEquals(1, view.getViewer().getTable().getItemCount());
		assertEquals("event MEET", view.getViewer().getTable().getItem(0).getText(0));
		view.getFilter().setText("");

		// Clean up for the tests after this one: delete what was saved and save again.
		editor.getTextWidget().setCaretOffset(triggerStart + 1);
		runCommand(CommandIds.DELETE, Map.of());
		editor.getTextWidget().setCaretOffset(start + 1);
		runCommand(CommandIds.DELETE, Map.of());
		waitUntil(() -> mine().getEntityMentions().isEmpty() && mine().getEventMentions().isEmpty(), "deleted");
		runCommand("org.eclipse.ui.file.save", Map.of());
	}

	@Test
	@Order(7)
	void unsavedWorkLeftByACrashIsOfferedBack() throws Exception {
		int start = offsetOf("Gina Raimondo");
		select(start, start + 13);
		press('p');
		waitUntil(() -> mine() != null && mine().getEntityMentions().size() == 1, "labelled");
		editor.writeRecoveryCopy();
		Path recovery = WorkspaceCorpus.getDefault().recoveryFile(ARTICLE);
		List<Path> recoveryFiles = new java.util.ArrayList<>(CorpusStore.companionFiles(recovery));
		recoveryFiles.add(recovery);
		Path kept = Files.createTempDirectory("crash");
		for (Path file : recoveryFiles) {
			Files.copy(file, kept.resolve(file.getFileName()));
		}
		// A crash: the editor never saved; its recovery copy is all that is left of the work.
		page.closeEditor(editor, false);
		processEvents();
		for (Path file : recoveryFiles) {
			Files.copy(kept.resolve(file.getFileName()), file, StandardCopyOption.REPLACE_EXISTING);
		}

		editor = open();
		processEvents();
		assertNotNull(mine());
		assertEquals(1, mine().getEntityMentions().size(), "the unsaved label is back");
		assertEquals("Gina Raimondo", mine().getEntityMentions().get(0).getText());
		assertTrue(editor.isDirty(), "restored work is unsaved until the linguist saves");
		assertFalse(Files.exists(recovery), "the recovery copy is used up");
	}

	@Test
	@Order(8)
	void normalizedValuesAreSetInThePropertiesViewAndUndoable() throws Exception {
		int start = offsetOf("Vương Văn Đào");
		select(start, start + 13);
		press('p');
		waitUntil(() -> mine() != null && mine().getEntityMentions().size() == 1, "labelled");
		EntityMention wang = mine().getEntityMentions().get(0);
		editor.getTextWidget().setCaretOffset(start + 1);
		processEvents();
		// The Properties view follows the editor's selection: the mention under the caret.
		assertEquals(wang, ((org.eclipse.jface.viewers.IStructuredSelection) editor.getSite().getSelectionProvider()
				.getSelection()).getFirstElement());
		page.showView(org.eclipse.ui.IPageLayout.ID_PROP_SHEET);
		page.activate(editor);
		IPropertySource properties = org.eclipse.core.runtime.Adapters.adapt(wang, IPropertySource.class);
		assertNotNull(properties, "mentions adapt to the Properties view");
		assertEquals("PERSON", properties.getPropertyValue(MentionPropertySource.TYPE));

		List<Actor> actors = editor.getDocument().getCorpus().getActorRegistry().getActors();
		Actor vuong = editor.getDocument().getCorpus().getActorRegistry().findByAlias("Vương Văn Đào");
		assertNotNull(vuong, "the default actors know the Chinese commerce minister");
		properties.setPropertyValue(MentionPropertySource.ACTOR, actors.indexOf(vuong) + 1);
		properties.setPropertyValue(MentionPropertySource.COUNTRY, "chn");
		waitUntil(() -> wang.getActor() == vuong && "CHN".equals(wang.getCountryCode()), "values set");

		properties.setPropertyValue(MentionPropertySource.COUNTRY, "China");
		processEvents();
		assertEquals("CHN", wang.getCountryCode(), "an invalid code is refused");
		assertTrue(editor.getLastMessage().contains("three letters"), editor.getLastMessage());

		runCommand("org.eclipse.ui.edit.undo", Map.of());
		waitUntil(() -> wang.getCountryCode() == null, "undo clears the country code");
		assertEquals(vuong, wang.getActor());
	}

	@Test
	@Order(9)
	void applyingTheRulesProposesAnnotationsThatCanBeUndone() throws Exception {
		runCommand(CommandIds.APPLY_RULES, Map.of());
		AnnotationSet rules = editor.getDocument().findAnnotationSet(DocumentOperations.RULES_SET_ID);
		waitUntil(() -> rules != null && !rules.getEntityMentions().isEmpty(), "the rules propose annotations");
		EntityMention wang = rules.getEntityMentions().stream()
				.filter(m -> m.getText().equals("Vương Văn Đào") && m.getType().getName().equals("PERSON")).findFirst()
				.orElseThrow();
		assertEquals(MentionStatus.PROPOSED, wang.getStatus());
		assertEquals("PersonAfterTitle", ((RuleProvenance) wang.getProvenance()).getRuleName());
		assertEquals(SWT.BORDER_DASH, editor.getTextWidget().getStyleRangeAtOffset(wang.getStart() + 1).borderStyle);
		assertTrue(rules.getEventMentions().stream().anyMatch(e -> e.getType().getName().equals("MEET")));
		long pending = rules.getEntityMentions().size() + rules.getEventMentions().size();
		CorpusNavigator navigator = (CorpusNavigator) page.findView(CorpusNavigator.ID);
		waitUntil(() -> navigator.getViewer().getTable().getItem(0).getText(1).equals(Long.toString(pending)),
				"the navigator shows the pending proposals of the unsaved article");

		runCommand("org.eclipse.ui.edit.undo", Map.of());
		waitUntil(() -> editor.getDocument().findAnnotationSet(DocumentOperations.RULES_SET_ID) == null
				|| editor.getDocument().findAnnotationSet(DocumentOperations.RULES_SET_ID).getEntityMentions().isEmpty(),
				"undo takes the proposals back");
	}

	@Test
	@Order(10)
	void spansGrowAndShrinkBySyllableFromTheKeyboard() throws Exception {
		int start = offsetOf("Vương Văn Đào");
		select(start, start + "Vương Văn".length());
		press('p');
		waitUntil(() -> mine() != null && mine().getEntityMentions().size() == 1, "labelled");
		EntityMention mention = mine().getEntityMentions().get(0);
		assertEquals("Vương Văn", mention.getText());
		editor.getTextWidget().setCaretOffset(start + 1);
		runCommand(CommandIds.RESIZE, Map.of(CommandIds.PARAM_EDGE, "end", CommandIds.PARAM_DIRECTION, "grow"));
		waitUntil(() -> mention.getText().equals("Vương Văn Đào"), "the end grows by a syllable");
		editor.getTextWidget().setCaretOffset(start + 1);
		runCommand(CommandIds.RESIZE, Map.of(CommandIds.PARAM_EDGE, "start", CommandIds.PARAM_DIRECTION, "shrink"));
		waitUntil(() -> mention.getText().equals("Văn Đào"), "the start shrinks by a syllable");
		runCommand("org.eclipse.ui.edit.undo", Map.of());
		waitUntil(() -> mention.getText().equals("Vương Văn Đào"), "undo restores the span");
	}

	@Test
	@Order(11)
	void otherSetsAreShownReadOnlyAndProposalsAreDecidedByType() throws Exception {
		runCommand(CommandIds.APPLY_RULES, Map.of());
		AnnotationSet rules = editor.getDocument().findAnnotationSet(DocumentOperations.RULES_SET_ID);
		waitUntil(() -> rules != null && !rules.getEntityMentions().isEmpty(), "proposals");

		runCommand(CommandIds.SHOW_SET, Map.of(CommandIds.PARAM_SET, "rules"));
		assertEquals("Rule proposals", editor.getDisplayedSet().label());
		assertEquals(rules.getEntityMentions().size() + rules.getEventMentions().size(), editor.visibleMentions().size(),
				"each proposal is shown once");
		int start = offsetOf("Gina Raimondo");
		select(start, start + 4);
		press('m');
		processEvents();
		assertEquals("Rule proposals is read-only; switch to your own set to annotate", editor.getLastMessage());
		assertTrue(rules.getEntityMentions().stream().noneMatch(m -> m.getType().getName().equals("MISC")));

		runCommand(CommandIds.SHOW_SET, Map.of(CommandIds.PARAM_SET, "mine"));
		long persons = rules.getEntityMentions().stream().filter(m -> m.getType().getName().equals("PERSON")).count();
		runCommand(CommandIds.DECIDE_ALL, Map.of(CommandIds.PARAM_DECISION, "accept", CommandIds.PARAM_TYPE, "PERSON"));
		waitUntil(() -> mine() != null && mine().getEntityMentions().size() == persons, "every PERSON proposal is accepted");
		assertTrue(mine().getEntityMentions().stream().allMatch(m -> m.getType().getName().equals("PERSON")));
		assertTrue(rules.getEntityMentions().stream().filter(m -> !m.getType().getName().equals("PERSON"))
				.allMatch(m -> m.getStatus() == MentionStatus.PROPOSED), "other types stay pending");
	}

	@Test
	@Order(12)
	void theProposalsOfOneRuleAreRejectedFromTheContextMenu() throws Exception {
		runCommand(CommandIds.APPLY_RULES, Map.of());
		AnnotationSet rules = editor.getDocument().findAnnotationSet(DocumentOperations.RULES_SET_ID);
		waitUntil(() -> rules != null && !rules.getEntityMentions().isEmpty(), "proposals");
		EntityMention proposal = rules.getEntityMentions().stream()
				.filter(m -> m.getProvenance() instanceof RuleProvenance).findFirst().orElseThrow();
		String rule = ((RuleProvenance) proposal.getProvenance()).getRuleName();
		long ofRule = rules.getEntityMentions().stream().filter(m -> m.getProvenance() instanceof RuleProvenance r
				&& r.getRuleName().equals(rule)).count()
				+ rules.getEventMentions().stream().filter(m -> m.getProvenance() instanceof RuleProvenance r
						&& r.getRuleName().equals(rule)).count();
		long others = rules.getEntityMentions().size() + rules.getEventMentions().size() - ofRule;
		editor.getTextWidget().setCaretOffset(proposal.getStart() + 1);
		processEvents();

		org.eclipse.swt.widgets.Menu contextMenu = editor.getTextWidget().getMenu();
		assertNotNull(menuItem(contextMenu, "Accept All " + ofRule + " Proposals of Rule " + rule),
				"the context menu offers to accept the rule's proposals, with their count");
		org.eclipse.swt.widgets.MenuItem reject = menuItem(contextMenu, "Reject All " + ofRule + " Proposals of Rule " + rule);
		assertNotNull(reject, "and to reject them");
		reject.notifyListeners(SWT.Selection, new Event());
		contextMenu.notifyListeners(SWT.Hide, new Event());
		waitUntil(() -> proposal.getStatus() == MentionStatus.REJECTED, "the rule's proposals are rejected");
		assertEquals(ofRule, java.util.stream.Stream.concat(rules.getEntityMentions().stream(), rules.getEventMentions().stream())
				.filter(m -> m.getStatus() == MentionStatus.REJECTED).count());
		assertEquals(others, editor.pendingProposals().size(), "the other rules' proposals stay pending");
		runCommand("org.eclipse.ui.edit.undo", Map.of());
		waitUntil(() -> proposal.getStatus() == MentionStatus.PROPOSED, "one undo takes the bulk decision back");
	}

	@Test
	@Order(13)
	void anotherAnnotatorsWorkIsShownReadOnlyFromTheAnnotateMenu() throws Exception {
		int start = offsetOf("Gina Raimondo");
		editor.change("Another annotator's work", () -> AnnotationActions.label(
				editor.getDocument().getOrCreateAnnotationSet(AnnotationSetKind.ANNOTATOR, "hoa"), start, start + 13,
				editor.schema().findEntityType("PERSON"), "hoa", java.time.Instant.now()));
		org.eclipse.swt.widgets.Menu menuBar = editor.getSite().getShell().getMenuBar();
		assertNull(menuItem(menuBar, ANNOTATOR + " ("), "the linguist's own set is not among the others");
		hideAll(menuBar);
		org.eclipse.swt.widgets.MenuItem hoa = menuItem(menuBar, "hoa (1 annotations, read-only)");
		assertNotNull(hoa, "Annotate > Show Annotator lists the other annotator of this article");
		hoa.notifyListeners(SWT.Selection, new Event());
		hideAll(menuBar);
		processEvents();
		assertEquals("hoa (read-only)", editor.getDisplayedSet().label());
		assertEquals(List.of("Gina Raimondo"), editor.visibleMentions().stream().map(m -> m.getText()).toList());
		select(offsetOf("Vương Văn Đào"), offsetOf("Vương Văn Đào") + 13);
		press('p');
		processEvents();
		assertEquals("hoa (read-only) is read-only; switch to your own set to annotate", editor.getLastMessage());
	}

	private static void hideAll(org.eclipse.swt.widgets.Menu menu) {
		for (org.eclipse.swt.widgets.MenuItem item : menu.getItems()) {
			if (item.getMenu() != null) {
				item.getMenu().notifyListeners(SWT.Hide, new Event());
			}
		}
	}

	/**
	 * Finds a menu item by the start of its text, showing (and so filling) the menu and its submenus as a user would.
	 * The menus stay shown, so that the item can be selected; hide the top menu afterwards.
	 */
	private static org.eclipse.swt.widgets.MenuItem menuItem(org.eclipse.swt.widgets.Menu menu, String textStart) {
		menu.notifyListeners(SWT.Show, new Event());
		for (org.eclipse.swt.widgets.MenuItem item : menu.getItems()) {
			if (item.getText().startsWith(textStart)) {
				return item;
			}
			if (item.getMenu() != null) {
				org.eclipse.swt.widgets.MenuItem found = menuItem(item.getMenu(), textStart);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

	// ---- helpers: what a linguist does with keyboard and mouse --------------------------------------------------

	private ArticleEditor open() throws Exception {
		CorpusNavigator navigator = (CorpusNavigator) page.showView(CorpusNavigator.ID);
		Document document = WorkspaceCorpus.getDefault().document(ARTICLE);
		ArticleEditor opened = (ArticleEditor) navigator.open(document);
		assertNotNull(opened);
		page.activate(opened);
		opened.setFocus();
		processEvents();
		return opened;
	}

	private AnnotationSet mine() {
		return editor.getDocument()
				.findAnnotationSet(DocumentOperations.annotationSetId(AnnotationSetKind.ANNOTATOR, ANNOTATOR));
	}

	private int offsetOf(String text) {
		int offset = editor.getDocument().getText().indexOf(text);
		assertTrue(offset >= 0, "\"" + text + "\" is in the article");
		return offset;
	}

	private void select(int start, int end) {
		StyledText text = editor.getTextWidget();
		text.setFocus();
		text.setSelection(start, end);
		processEvents();
	}

	/** Posts a real key press to the display, as typing it would. */
	private void press(char key) {
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

	private RGB backgroundAt(int offset) {
		StyleRange range = editor.getTextWidget().getStyleRangeAtOffset(offset);
		return range == null || range.background == null ? null : range.background.getRGB();
	}

	private RGB personBackground() {
		String color = editor.schema().findEntityType("PERSON").getColor();
		return StylePlanner.blend(StylePlanner.parseColor(color), 0.38);
	}
}
