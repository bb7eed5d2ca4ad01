package org.dipanno.ui.curation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.HashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.dipanno.model.CurationDecision;
import org.dipanno.model.CurationProvenance;
import org.dipanno.model.EntityMention;
import org.dipanno.model.EventMention;
import org.dipanno.model.Mention;
import org.dipanno.model.MentionStatus;
import org.dipanno.model.curation.CurationActions;
import org.dipanno.model.curation.CurationItem;
import org.dipanno.model.curation.CurationStatus;
import org.dipanno.model.curation.CurationStrategy;
import org.dipanno.model.curation.CurationVersion;
import org.dipanno.model.curation.DisagreementKind;
import org.dipanno.model.curation.DocumentCuration;
import org.dipanno.ui.DipannoUi;
import org.dipanno.ui.editor.DocumentEditorPart;
import org.eclipse.core.commands.operations.OperationHistoryEvent;
import org.eclipse.core.commands.operations.OperationHistoryEvent;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.operations.UndoRedoActionGroup;

/**
 * Curates one article: the annotators' mentions and events merged over the text (agreements once, disagreements
 * marked), the items to review listed in text order, and keys to decide each one. Decisions go into the gold set
 * only (see {@link CurationActions}); each is one undoable change; Ctrl+S saves the article.
 *
 * <p>Keys (in the text or the list): {@code n}/{@code p} next/previous item to review; {@code 1}…{@code 9} take the
 * reading of the first…ninth annotator; {@code Enter} accept what the strategy proposes (an agreement, a majority);
 * {@code x} reject every reading; {@code e} edit (the selected text, or the item's span, with a type you pick);
 * {@code u} reopen the item; {@code a} apply the strategy to the whole article; {@code c} mark the article curated
 * (or reopen it).
 */
public class CurationEditor extends DocumentEditorPart {

	public static final String ID = "org.dipanno.ui.editors.curation";

	private final CurationKeys keys = new CurationKeys(this);


	private final List<Consumer<CurationEditor>> changeListeners = new CopyOnWriteArrayList<>();
	private DocumentCuration curation;
	private CurationStrategy strategy = CurationStrategy.UNANIMOUS;
	private CurationItem current;
	private StyledText text;
	private TableViewer list;
	private Label header;
	private Label details;
	private Combo strategyChoice;
	private boolean selecting;
	private String lastMessage;
	private final Map<RGB, Color> colors = new HashMap<>();

	public CurationEditor() {
		super("Curation decisions");
	}

	@Override
	protected String kindOfEditor() {
		return "curation editor";
	}

	@Override
	protected void documentOpened(IEditorSite site) throws PartInitException {
		try {
			curation = DocumentCuration.of(getDocument(), DocumentCuration.defaultAnnotators(getDocument()));
		} catch (IllegalArgumentException e) {
			throw new PartInitException("Cannot curate " + getDocument().getId() + ": " + e.getMessage()
					+ " (curation needs the sets of at least two annotators)", e);
		}
		setPartName("Curate: " + getEditorInput().getName());
		setTitleToolTip(getDocument().getId() + " — " + String.join(", ", curation.annotators()));
		new UndoRedoActionGroup(site, getUndoContext(), true).fillActionBars(site.getActionBars());
	}

	@Override
	public void createPartControl(Composite parent) {
		SashForm sash = new SashForm(parent, SWT.HORIZONTAL);
		Composite left = new Composite(sash, SWT.NONE);
		GridLayout leftLayout = new GridLayout(3, false);
		left.setLayout(leftLayout);
		header = new Label(left, SWT.WRAP);
		header.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		new Label(left, SWT.NONE).setText("Strategy:");
		strategyChoice = new Combo(left, SWT.READ_ONLY);
		for (CurationStrategy choice : CurationStrategy.values()) {
			strategyChoice.add(choice.label());
		}
		strategyChoice.select(strategy.ordinal());
		strategyChoice.addListener(SWT.Selection, e -> setStrategy(CurationStrategy.values()[strategyChoice.getSelectionIndex()]));
		text = new StyledText(left, SWT.V_SCROLL | SWT.WRAP | SWT.BORDER | SWT.READ_ONLY);
		GridData textData = new GridData(SWT.FILL, SWT.FILL, true, true, 3, 1);
		textData.widthHint = 100;
		textData.heightHint = 100;
		text.setLayoutData(textData);
		text.setText(getDocument().getText());
		text.setLeftMargin(12);
		text.setRightMargin(12);
		text.setTopMargin(8);
		text.setLineSpacing(4);
		text.addVerifyKeyListener(event -> event.doit = !keys.handle(event));
		text.addCaretListener(event -> {
			CurationItem at = curation.itemAt(event.caretOffset);
			if (!selecting && at != null && at != current && text.getSelectionCount() == 0) {
				current = at;
				refreshDetails();
				refreshStyles();
			}
		});

		Composite right = new Composite(sash, SWT.NONE);
		right.setLayout(new GridLayout(1, false));
		list = CurationItemList.create(right, this, keys);
		details = new Label(right, SWT.WRAP);
		GridData detailsData = new GridData(SWT.FILL, SWT.BOTTOM, true, false);
		detailsData.widthHint = 200;
		details.setLayoutData(detailsData);
		sash.setWeights(3, 2);
		List<CurationItem> review = curation.toReview(strategy);
		current = review.isEmpty() ? null : review.get(0);
		refreshAll();
		startRecoveryCopies();
	}

	// ---- what the curator sees -----------------------------------------------------------------------------------

	public DocumentCuration getCuration() {
		return curation;
	}

	public CurationItem getCurrentItem() {
		return current;
	}

	public CurationStrategy getStrategy() {
		return strategy;
	}

	@Override
	public StyledText getTextWidget() {
		return text;
	}

	public TableViewer getList() {
		return list;
	}

	public String getHeaderText() {
		return header.getText();
	}

	public String getDetailsText() {
		return details.getText();
	}

	/** What the editor last told the curator (null after a change that succeeded). */
	public String getLastMessage() {
		return lastMessage;
	}

	/** The items the list shows: those the strategy leaves to the curator's review. */
	public List<CurationItem> reviewItems() {
		return curation.toReview(strategy);
	}

	String readings(CurationItem item) {
		List<String> parts = new ArrayList<>();
		for (CurationVersion version : item.versions()) {
			parts.add(String.join(",", version.annotators()) + ": " + version.typeName()
					+ (version.start() == item.start() && version.end() == item.end() ? ""
							: " \"" + version.mention().getText() + "\""));
		}
		for (String annotator : curation.annotators()) {
			if (item.versionOf(annotator) == null) {
				parts.add(annotator + ": —");
			}
		}
		return String.join(" | ", parts);
	}

	/** How the item is decided in gold: open, agreed, taken from an annotator, edited, rejected. */
	public String decision(CurationItem item) {
		List<Mention> gold = curation.goldOf(item);
		if (gold.isEmpty()) {
			DocumentCuration.Resolution resolution = curation.resolve(item, strategy);
			return resolution == null ? "open" : "open (" + strategy.label() + " takes it)";
		}
		List<String> accepted = new ArrayList<>();
		for (Mention mention : gold) {
			if (mention.getStatus() == MentionStatus.ACCEPTED && mention.getProvenance() instanceof CurationProvenance p) {
				accepted.add(switch (p.getDecision()) {
				case TAKEN -> "took " + String.join(",", p.getAgreedBy());
				case EDITED -> "edited";
				default -> p.getDecision().getName().toLowerCase(java.util.Locale.ROOT);
				} + " " + typeName(mention));
			} else if (mention.getStatus() == MentionStatus.ACCEPTED) {
				accepted.add("gold " + typeName(mention));
			}
		}
		String decided = accepted.isEmpty() ? "rejected" : String.join(", ", accepted);
		return curation.isDecided(item) ? decided : decided + " (a reading is new)";
	}

	private static String typeName(Mention mention) {
		if (mention instanceof EntityMention entity) {
			return entity.getType() == null ? "?" : entity.getType().getName();
		}
		EventMention event = (EventMention) mention;
		return event.getType() == null ? "?" : event.getType().getName();
	}

	private void refreshAll() {
		if (text == null || text.isDisposed()) {
			return;
		}
		List<CurationItem> review = reviewItems();
		list.setInput(review);
		if (current != null && review.contains(current)) {
			list.setSelection(new StructuredSelection(current), true);
		}
		long open = review.stream().filter(i -> !curation.isDecided(i)).count();
		header.setText("Curating " + getDocument().getId() + " — annotators " + String.join(", ", curation.annotators())
				+ " — " + curation.items().size() + " items, " + curation.disagreements().size() + " disagreements, "
				+ open + " to review open — " + DocumentCuration.status(getDocument()).label() + "\n"
				+ "n/p next/previous · 1-" + curation.annotators().size()
				+ " take an annotator's reading · Enter accept the strategy's · x reject · e edit · u reopen · "
				+ "a apply the strategy · c curated");
		header.getParent().layout(true);
		refreshDetails();
		refreshStyles();
		setPartName((DocumentCuration.status(getDocument()) == CurationStatus.CURATED ? "\u2713 " : "") + "Curate: "
				+ getEditorInput().getName());
	}

	private void refreshDetails() {
		if (current == null) {
			details.setText(reviewItems().isEmpty() ? "Nothing to review with the strategy " + strategy.label() + "."
					: "");
			return;
		}
		StringBuilder lines = new StringBuilder();
		lines.append('[').append(current.start()).append(',').append(current.end()).append(") ")
				.append(current.isAgreement() ? "agreement"
						: String.join(", ", current.disagreements().stream().map(DisagreementKind::label).toList()))
				.append(" — ").append(decision(current)).append('\n');
		for (int i = 0; i < curation.annotators().size(); i++) {
			String annotator = curation.annotators().get(i);
			CurationVersion version = current.versionOf(annotator);
			lines.append(i + 1).append("  ").append(annotator).append(": ")
					.append(version == null ? "(nothing)" : version.describe()).append('\n');
		}
		details.setText(lines.toString());
		details.getParent().layout(true);
	}

	/** Gold decisions shown in the type's colour; open disagreements underlined in red; the current item marked. */
	void refreshStyles() {
		if (text == null || text.isDisposed()) {
			return;
		}
		text.setStyleRanges(CurationStyles.of(curation, current, this::color));
	}

	private Color color(RGB rgb) {
		return colors.computeIfAbsent(rgb, c -> new Color(c));
	}

	// ---- navigation and decisions ------------------------------------------------------------------------------

	public void setStrategy(CurationStrategy chosen) {
		strategy = chosen;
		if (strategyChoice != null && !strategyChoice.isDisposed()) {
			strategyChoice.select(chosen.ordinal());
		}
		refreshAll();
	}

	public void select(CurationItem item) {
		current = item;
		if (item != null) {
			// The caret listener must not pick a nested item at the same offset instead.
			selecting = true;
			try {
				text.setSelection(item.start(), item.start());
				text.showSelection();
			} finally {
				selecting = false;
			}
			if (reviewItems().contains(item)) {
				list.setSelection(new StructuredSelection(item), true);
			}
		}
		refreshDetails();
		refreshStyles();
	}

	/** Moves to the next (or previous) item to review after the current one, wrapping around. */
	public CurationItem move(boolean forward) {
		List<CurationItem> review = reviewItems();
		if (review.isEmpty()) {
			showMessage("Nothing to review with the strategy " + strategy.label());
			return null;
		}
		int position = current == null ? -1 : indexAtOrAround(review, current, forward);
		int next = forward ? (position + 1) % review.size() : (position - 1 + review.size()) % review.size();
		select(review.get(next));
		return current;
	}

	/** The current item's index in the list, or where it would sit (so moving from an agreement finds its neighbour). */
	private static int indexAtOrAround(List<CurationItem> review, CurationItem item, boolean forward) {
		int index = review.indexOf(item);
		if (index >= 0) {
			return index;
		}
		int before = -1;
		for (int i = 0; i < review.size(); i++) {
			if (review.get(i).start() < item.start()) {
				before = i;
			}
		}
		return forward ? before : before + 1;
	}

	/** Takes the reading of the annotator at this position (0 = first) for the current item. */
	public boolean takeAnnotator(int position) {
		if (current == null || position >= curation.annotators().size()) {
			return false;
		}
		String annotator = curation.annotators().get(position);
		CurationVersion version = current.versionOf(annotator);
		CurationItem item = current;
		if (version == null) {
			return change("Reject (" + annotator + " marked nothing)",
					() -> CurationActions.reject(curation, item, curator(), Instant.now()));
		}
		List<String> notes = new ArrayList<>();
		boolean done = change("Take " + annotator + "'s " + version.typeName(),
				() -> notes.addAll(CurationActions.take(curation, item, version, curator(), Instant.now())));
		if (done && !notes.isEmpty()) {
			showMessage(String.join("; ", notes));
		}
		return done;
	}

	/** Accepts what the strategy proposes for the current item (for an agreement: the agreement). */
	public boolean acceptProposed() {
		if (current == null) {
			return false;
		}
		CurationStrategy proposing = strategy == CurationStrategy.ALL_REVIEWED ? CurationStrategy.MAJORITY : strategy;
		DocumentCuration.Resolution resolution = curation.resolve(current, proposing);
		if (resolution == null || resolution.accepted().isEmpty()) {
			showMessage("The annotators do not agree here (" + proposing.label()
					+ "): take a reading with 1-" + curation.annotators().size() + ", edit with e or reject with x");
			return false;
		}
		CurationItem item = current;
		CurationVersion version = resolution.accepted().get(0);
		return change("Accept " + version.typeName(), () -> {
			CurationActions.take(curation, item, version, curator(), Instant.now());
			for (Mention mention : curation.goldOf(item)) {
				if (mention.getProvenance() instanceof CurationProvenance provenance
						&& provenance.getDecision() == CurationDecision.TAKEN) {
					provenance.setDecision(resolution.decision());
				}
			}
		});
	}

	public boolean rejectCurrent() {
		CurationItem item = current;
		return item != null && change("Reject", () -> CurationActions.reject(curation, item, curator(), Instant.now()));
	}

	public boolean reopenCurrent() {
		CurationItem item = current;
		return item != null && change("Reopen", () -> CurationActions.reopen(curation, item));
	}

	/** The curator's own reading of the current item: [start, end) of the type. */
	public boolean edit(int start, int end, String typeName) {
		CurationItem item = current;
		return item != null && change("Edit to " + typeName,
				() -> CurationActions.edit(curation, item, start, end, typeName, curator(), Instant.now()));
	}

	public boolean applyStrategy() {
		CurationActions.StrategyRun[] run = new CurationActions.StrategyRun[1];
		boolean done = change("Apply " + strategy.label(),
				() -> run[0] = CurationActions.applyStrategy(curation, strategy, curator(), Instant.now(), false));
		if (done) {
			showMessage(run[0].decided() + " items decided by " + strategy.label() + ", " + run[0].open()
					+ " left for you" + (run[0].notes().isEmpty() ? "" : "; " + String.join("; ", run[0].notes())));
		}
		return done;
	}

	/** Marks the article curated (gold done), or reopens its curation. */
	public boolean toggleCurated() {
		boolean curated = DocumentCuration.status(getDocument()) != CurationStatus.CURATED;
		return change(curated ? "Mark curated" : "Reopen curation", () -> CurationActions.setCurated(curation, curated));
	}

	private String curator() {
		return DipannoUi.annotator();
	}

	// ---- changes, undo, save -------------------------------------------------------------------------------------

	@Override
	public void showMessage(String message) {
		lastMessage = message;
		var line = getEditorSite().getActionBars().getStatusLineManager();
		line.setMessage(message);
	}

	@Override
	protected void historyStepped(int eventType, String operationLabel) {
		if (eventType != OperationHistoryEvent.OPERATION_REMOVED) {
			changed();
		}
	}

	private void changed() {
		if (text == null || text.isDisposed()) {
			return;
		}
		refreshAll();
		list.refresh();
		firePropertyChange(PROP_DIRTY);
		changeListeners.forEach(l -> l.accept(this));
		workspaceCorpus().fireChanged();
	}

	public void addChangeListener(Consumer<CurationEditor> listener) {
		changeListeners.add(listener);
	}

	@Override
	public void setFocus() {
		text.setFocus();
	}

	@Override
	public void dispose() {
		colors.values().forEach(Color::dispose);
		super.dispose();
	}
}
