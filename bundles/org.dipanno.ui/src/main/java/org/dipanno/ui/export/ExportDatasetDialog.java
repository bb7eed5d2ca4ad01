package org.dipanno.ui.export;

import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.dipanno.export.DatasetFormat;
import org.dipanno.export.model.AnnotationSelection;
import org.dipanno.export.model.CorpusDatasetExport;
import org.dipanno.export.split.SplitRatios;
import org.dipanno.export.tokens.TagScheme;
import org.dipanno.model.AnnotationSet;
import org.dipanno.model.AnnotationSetKind;
import org.dipanno.model.Corpus;
import org.dipanno.model.Document;
import org.dipanno.model.Mention;
import org.dipanno.model.MentionStatus;
import org.dipanno.model.custom.DocumentOperations;
import org.dipanno.ui.dialogs.TitledFormDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.events.SelectionListener;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * File > Export Dataset...: which annotations (set, accepted only, documents done only), which formats, the split
 * (percentages and seed) and the folder. Every change is checked as it is typed: a problem is shown at the top and
 * keeps Export disabled, so a bad choice never reaches the exporter; otherwise the dialog says how many documents and
 * annotations will be exported.
 */
public class ExportDatasetDialog extends TitledFormDialog {

	public static final String TITLE = "Export Dataset";

	private final Corpus corpus;
	private final Path datasetsFolder;
	private final Map<String, AnnotationSelection> sets = new LinkedHashMap<>();
	private Combo set;
	private Button acceptedOnly;
	private Button doneOnly;
	private final Map<DatasetFormat, Button> formats = new LinkedHashMap<>();
	private Combo huggingFaceScheme;
	private Text train;
	private Text dev;
	private Text test;
	private Text seed;
	private Text folder;
	private Button replace;
	private boolean folderEdited;
	private CorpusDatasetExport.Request request;

	/**
	 * @param annotator      the linguist, whose set is offered first
	 * @param datasetsFolder where datasets go by default (one folder per set inside)
	 */
	public ExportDatasetDialog(Shell parent, Corpus corpus, String annotator, Path datasetsFolder) {
		super(parent, TITLE, "Export");
		this.corpus = corpus;
		this.datasetsFolder = datasetsFolder;
		sets.put("Mine (" + annotator + ")", AnnotationSelection.annotator(annotator));
		sets.put("Gold", AnnotationSelection.gold());
		sets.put("Rule proposals", AnnotationSelection.ruleProposals());
		Set<String> others = new TreeSet<>();
		for (Document document : corpus.getDocuments()) {
			for (AnnotationSet annotationSet : document.getAnnotationSets()) {
				if (annotationSet.getKind() == AnnotationSetKind.ANNOTATOR && annotationSet.getAnnotator() != null
						&& !annotationSet.getAnnotator().equals(annotator)) {
					others.add(annotationSet.getAnnotator());
				}
			}
		}
		others.forEach(other -> sets.put("Annotator " + other, AnnotationSelection.annotator(other)));
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		setTitle(TITLE);
		Composite form = form(area, 3);

		label(form, "Annotations:");
		set = new Combo(form, SWT.READ_ONLY);
		set.setItems(sets.keySet().toArray(String[]::new));
		set.select(0);
		span(set, 2);
		name(set, "set");
		new Label(form, SWT.NONE);
		acceptedOnly = check(form, "Accepted annotations only (no pending proposals)", "acceptedOnly", false);
		new Label(form, SWT.NONE);
		doneOnly = check(form, "Only documents marked done for this set", "doneOnly", false);

		label(form, "Formats:");
		Group formatGroup = new Group(form, SWT.NONE);
		formatGroup.setLayout(new GridLayout(2, false));
		span(formatGroup, 2);
		formats.put(DatasetFormat.CONLL, check(formatGroup, "CoNLL (BIO and BIOES, syllables and words)", "conll", true));
		new Label(formatGroup, SWT.NONE);
		formats.put(DatasetFormat.HUGGING_FACE, check(formatGroup, "Hugging Face JSON Lines, tags:", "hf", true));
		huggingFaceScheme = new Combo(formatGroup, SWT.READ_ONLY);
		huggingFaceScheme.setItems("BIO", "BIOES");
		huggingFaceScheme.select(0);
		name(huggingFaceScheme, "hfScheme");
		formats.put(DatasetFormat.SPAN_JSONL, check(formatGroup, "Span JSON Lines", "spans", true));
		new Label(formatGroup, SWT.NONE);
		formats.put(DatasetFormat.BRAT, check(formatGroup, "brat standoff", "brat", true));
		new Label(formatGroup, SWT.NONE);

		label(form, "Split (%):");
		Composite split = new Composite(form, SWT.NONE);
		split.setLayout(new GridLayout(8, false));
		span(split, 2);
		train = number(split, "train", "80");
		dev = number(split, "dev", "10");
		test = number(split, "test", "10");
		seed = number(split, "seed", "42");

		label(form, "Folder:");
		folder = folderField(form, "folder", "The dataset's folder (new, empty, or an earlier dataset)");
		new Label(form, SWT.NONE);
		replace = check(form, "Replace an earlier dataset in this folder", "replace", false);

		boolean rememberedFolder = ExportSettings.restore(settings(), fields());
		set.addSelectionListener(SelectionListener.widgetSelectedAdapter(event -> {
			if (!folderEdited) {
				folder.setText(defaultFolder().toString());
				folderEdited = false;
			}
			validate();
		}));
		if (!rememberedFolder) {
			folder.setText(defaultFolder().toString());
		}
		folderEdited = rememberedFolder;
		folder.addModifyListener(event -> {
			folderEdited = true;
			validate();
		});
		return area;
	}

	private Path defaultFolder() {
		String name = sets.get(set.getText()).kind() == AnnotationSetKind.ANNOTATOR
				? "annotator-" + sets.get(set.getText()).annotator()
				: sets.get(set.getText()).kind() == AnnotationSetKind.RULES ? "rules" : "gold";
		return datasetsFolder.resolve(name.replaceAll("[^\\p{L}\\p{Nd}_.-]", "_"));
	}

	/** Checks what is typed; shows the problem or what will be exported, and enables Export only when all is well. */
	@Override
	protected void validate() {
		if (!canValidate()) {
			return;
		}
		String problem = null;
		request = null;
		try {
			request = currentRequest();
			problem = CorpusDatasetExport.folderProblem(request.folder(), request.replace());
			if (problem == null && request.formats().isEmpty()) {
				problem = "Choose at least one format";
			}
			if (problem == null) {
				problem = contentProblem(request);
			}
		} catch (IllegalArgumentException e) {
			problem = e.getMessage();
		}
		doneOnly.setEnabled(sets.get(set.getText()).kind() != AnnotationSetKind.RULES);
		showProblem(problem);
	}

	/** Null when there is something to export (and says what in the message area), else why not. */
	private String contentProblem(CorpusDatasetExport.Request current) {
		List<Document> documents = CorpusDatasetExport.documents(corpus, current.selection(), current.doneOnly());
		if (documents.isEmpty()) {
			return current.doneOnly() ? "No document is done for " + set.getText() + " yet" : "The corpus is empty";
		}
		long annotations = 0;
		for (Document document : documents) {
			AnnotationSet annotationSet = document.findAnnotationSet(DocumentOperations.annotationSetId(
					current.selection().kind(), current.selection().annotator()));
			if (annotationSet != null) {
				List<Mention> mentions = new ArrayList<>(annotationSet.getEntityMentions());
				mentions.addAll(annotationSet.getEventMentions());
				annotations += mentions.stream().filter(m -> m.getStatus() == MentionStatus.ACCEPTED
						|| !current.selection().acceptedOnly() && m.getStatus() == MentionStatus.PROPOSED).count();
			}
		}
		if (annotations == 0) {
			return "The " + documents.size() + " documents have no annotations in " + set.getText()
					+ "; choose another set";
		}
		setMessage(documents.size() + " documents with " + annotations + " annotations ("
				+ current.describe() + "), split " + current.ratios() + " with seed " + current.seed());
		return null;
	}

	private CorpusDatasetExport.Request currentRequest() {
		AnnotationSelection selection = sets.get(set.getText());
		if (acceptedOnly.getSelection()) {
			selection = selection.acceptedOnlyOnes();
		}
		SplitRatios ratios = CorpusDatasetExport.percentages(train.getText(), dev.getText(), test.getText());
		long seedValue;
		try {
			seedValue = Long.parseLong(seed.getText().strip());
		} catch (NumberFormatException e) {
			throw new IllegalArgumentException("The seed must be a whole number, not \"" + seed.getText() + "\"");
		}
		Set<DatasetFormat> chosen = EnumSet.noneOf(DatasetFormat.class);
		formats.forEach((format, button) -> {
			if (button.getSelection()) {
				chosen.add(format);
			}
		});
		String folderText = folder.getText().strip();
		return new CorpusDatasetExport.Request(selection,
				doneOnly.getSelection() && selection.kind() != AnnotationSetKind.RULES, chosen,
				huggingFaceScheme.getSelectionIndex() == 1 ? TagScheme.BIOES : TagScheme.BIO, ratios, seedValue,
				Set.of("BODY", "LEAD"), folderText.isEmpty() ? null : Path.of(folderText), replace.getSelection(), null,
				Instant.now().truncatedTo(ChronoUnit.SECONDS).toString(), "dipanno workbench");
	}

	@Override
	protected void okPressed() {
		validate();
		if (request != null && getErrorMessage() == null) {
			confirmed = request;
			ExportSettings.save(settings(), fields(), folderEdited);
			super.okPressed();
		}
	}

	/** The fields whose values the dialog remembers from one Export to the next. */
	private Control[] fields() {
		List<Control> fields = new ArrayList<>(List.of(set, acceptedOnly, doneOnly, huggingFaceScheme, train, dev, test,
				seed, folder));
		fields.addAll(formats.values());
		return fields.toArray(Control[]::new);
	}

	private static org.eclipse.jface.dialogs.IDialogSettings settings() {
		return org.dipanno.ui.DipannoUi.getDefault().getDialogSettings();
	}

	/** Forgets what the dialog remembered (tests start from the defaults). */
	public static void forgetRememberedSettings() {
		ExportSettings.forget(settings());
	}

	/** Set only by Export: closing the dialog any other way exports nothing. */
	private CorpusDatasetExport.Request confirmed;

	/** What to export, once the dialog was closed with Export. */
	public CorpusDatasetExport.Request getRequest() {
		return getReturnCode() == OK ? confirmed : null;
	}

	private Button check(Composite parent, String text, String name, boolean selected) {
		Button button = new Button(parent, SWT.CHECK);
		button.setText(text);
		button.setSelection(selected);
		if (parent.getLayout() instanceof GridLayout grid && grid.numColumns == 3) {
			span(button, 2);
		}
		name(button, name);
		button.addSelectionListener(SelectionListener.widgetSelectedAdapter(event -> validate()));
		return button;
	}

	private Text number(Composite parent, String name, String value) {
		label(parent, Character.toUpperCase(name.charAt(0)) + name.substring(1));
		Text text = new Text(parent, SWT.BORDER | SWT.RIGHT);
		GridData data = new GridData(SWT.LEFT, SWT.CENTER, false, false);
		data.widthHint = 48;
		text.setLayoutData(data);
		text.setText(value);
		name(text, name);
		text.addModifyListener(event -> validate());
		return text;
	}
}
