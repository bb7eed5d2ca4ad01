package org.dipanno.ui.imports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.dipanno.export.imports.AnnotationImporter;
import org.dipanno.export.imports.AnnotationReader;
import org.dipanno.export.imports.AnnotationReaders;
import org.dipanno.export.imports.AnnotationSource;
import org.dipanno.export.imports.ImportPreview;
import org.dipanno.model.AnnotationSetKind;
import org.dipanno.model.Corpus;
import org.dipanno.ui.dialogs.TitledFormDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.events.SelectionListener;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * File > Import Annotations...: into which set (gold or the linguist's own), in which format (brat, CoNLL, span JSON
 * Lines), from which folder or file, with which type renaming. Every change reads the annotations again and shows
 * per document what will be imported or why it cannot be; Import is enabled only when at least one document can be.
 */
public class ImportAnnotationsDialog extends TitledFormDialog {

	public static final String TITLE = "Import Annotations";

	private final Corpus corpus;
	private final Map<String, AnnotationImporter.Options> sets = new LinkedHashMap<>();
	private Combo set;
	private Combo format;
	private Text path;
	private Text typeMap;
	private Button replace;
	private Text preview;
	private List<AnnotationSource> sources = List.of();
	private AnnotationImporter.Options options;
	private String summary;

	public ImportAnnotationsDialog(Shell parent, Corpus corpus, String annotator) {
		super(parent, TITLE, "Import");
		this.corpus = corpus;
		sets.put("Gold", new AnnotationImporter.Options(AnnotationSetKind.GOLD, null, Map.of(), false));
		sets.put("Mine (" + annotator + ")",
				new AnnotationImporter.Options(AnnotationSetKind.ANNOTATOR, annotator, Map.of(), false));
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		setTitle(TITLE);
		Composite form = form(area, 3);

		label(form, "Into:");
		set = new Combo(form, SWT.READ_ONLY);
		set.setItems(sets.keySet().toArray(String[]::new));
		set.select(0);
		span(set, 2);
		name(set, "set");

		label(form, "Format:");
		format = new Combo(form, SWT.READ_ONLY);
		for (AnnotationReader reader : AnnotationReaders.all().values()) {
			format.add(reader.format());
		}
		format.select(0);
		span(format, 2);
		name(format, "format");
		Label description = new Label(form, SWT.WRAP);
		description.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
		description.setText(AnnotationReaders.forFormat(format.getText()).description());

		label(form, "Folder or file:");
		path = folderField(form, "path",
				"The folder of the annotations (a dataset folder, or a folder of files of the format)");

		label(form, "Rename types:");
		typeMap = new Text(form, SWT.BORDER);
		typeMap.setMessage("e.g. MISCELLANEOUS=MISC, GPE=LOCATION");
		span(typeMap, 2);
		name(typeMap, "map");

		new Label(form, SWT.NONE);
		replace = new Button(form, SWT.CHECK);
		replace.setText("Replace what the set already holds in these documents");
		span(replace, 2);
		name(replace, "replace");

		preview = new Text(form, SWT.BORDER | SWT.MULTI | SWT.READ_ONLY | SWT.V_SCROLL | SWT.H_SCROLL);
		GridData previewData = new GridData(SWT.FILL, SWT.FILL, true, true, 3, 1);
		previewData.heightHint = 160;
		previewData.widthHint = 560;
		preview.setLayoutData(previewData);
		name(preview, "preview");

		set.addSelectionListener(SelectionListener.widgetSelectedAdapter(event -> validate()));
		format.addSelectionListener(SelectionListener.widgetSelectedAdapter(event -> {
			description.setText(AnnotationReaders.forFormat(format.getText()).description());
			validate();
		}));
		replace.addSelectionListener(SelectionListener.widgetSelectedAdapter(event -> validate()));
		path.addModifyListener(event -> validate());
		typeMap.addModifyListener(event -> validate());
		return area;
	}

	/** Reads what the choices point at; shows per document what will be imported or why not. */
	@Override
	protected void validate() {
		if (!canValidate()) {
			return;
		}
		sources = List.of();
		options = null;
		preview.setText("");
		String problem = problem();
		showProblem(problem);
		if (problem == null) {
			setMessage(summary);
		}
	}

	private String problem() {
		if (path.getText().isBlank()) {
			return "Choose the folder or file to import";
		}
		Path chosen = Path.of(path.getText().strip());
		if (!Files.exists(chosen)) {
			return chosen + " does not exist";
		}
		Map<String, String> renames = new LinkedHashMap<>();
		for (String pair : typeMap.getText().split(",")) {
			if (pair.isBlank()) {
				continue;
			}
			String[] parts = pair.split("=", -1);
			if (parts.length != 2 || parts[0].isBlank() || parts[1].isBlank()) {
				return "Rename types as FROM=TO, separated by commas, not \"" + pair.strip() + "\"";
			}
			renames.put(parts[0].strip(), parts[1].strip());
		}
		AnnotationImporter.Options chosenSet = sets.get(set.getText());
		AnnotationImporter.Options candidate = new AnnotationImporter.Options(chosenSet.kind(), chosenSet.annotator(),
				renames, replace.getSelection());
		List<AnnotationSource> found;
		try {
			found = AnnotationReaders.forFormat(format.getText()).sources(chosen, corpus);
		} catch (IllegalArgumentException | IOException e) {
			return e.getMessage();
		}
		List<AnnotationImporter.DocumentReport> reports = ImportPreview.check(corpus, found, candidate);
		StringBuilder lines = new StringBuilder();
		int documents = 0;
		int entities = 0;
		int events = 0;
		for (AnnotationImporter.DocumentReport report : reports) {
			if (report.problem() == null) {
				documents++;
				entities += report.entities();
				events += report.events();
				lines.append(report.documentId()).append(": ").append(count(report.entities(), "entity", "entities"))
						.append(", ").append(count(report.events(), "event", "events")).append('\n');
			} else {
				lines.append("cannot import ").append(report.documentId()).append(": ").append(report.problem()).append('\n');
			}
		}
		preview.setText(lines.toString());
		if (documents == 0) {
			return "Nothing can be imported: " + reports.size() + (reports.size() == 1 ? " document fails" : " documents fail")
					+ " (see below)";
		}
		sources = found;
		options = candidate;
		int failing = reports.size() - documents;
		summary = count(documents, "document", "documents") + " with " + count(entities, "entity", "entities") + " and "
				+ count(events, "event", "events") + " will be imported into " + set.getText()
				+ (failing == 0 ? "" : "; " + failing + " cannot be (see below)")
				+ ". The import is saved at once; it is not undone with Undo.";
		return null;
	}

	@Override
	protected void okPressed() {
		if (options != null) {
			super.okPressed();
		}
	}

	/** The sources to import, after OK. */
	public List<AnnotationSource> getSources() {
		return sources;
	}

	/** The set and type map chosen, after OK (null when nothing can be imported). */
	public AnnotationImporter.Options getOptions() {
		return options;
	}

	private static String count(int n, String one, String many) {
		return n + " " + (n == 1 ? one : many);
	}
}
