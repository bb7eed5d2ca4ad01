package org.dipanno.ui.curation;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import org.dipanno.export.EntitySpan;
import org.dipanno.export.agreement.AgreementCalculator;
import org.dipanno.export.agreement.AgreementDocument;
import org.dipanno.export.agreement.AgreementReport;
import org.dipanno.export.agreement.MatchCounts;
import org.dipanno.export.agreement.PairAgreement;
import org.dipanno.export.agreement.TypeConfusion;
import org.dipanno.export.model.ModelExportAdapter;
import org.dipanno.model.AnnotationSet;
import org.dipanno.model.AnnotationSetKind;
import org.dipanno.model.Corpus;
import org.dipanno.model.Document;
import org.dipanno.model.custom.DocumentOperations;
import org.dipanno.ui.DipannoUi;
import org.dipanno.ui.corpus.WorkspaceCorpus;
import org.dipanno.ui.views.CorpusNavigator;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.part.ViewPart;

/**
 * Agreement of annotators over the corpus or the article selected in the corpus view: span F1 per type (exact and
 * overlap) per pair, Cohen's or Fleiss' kappa on token labels, event agreement, and a confusion matrix of entity
 * types drawn as a heat map. Clicking a cell lists the disagreements behind it.
 */
public class AgreementView extends ViewPart {

	public static final String ID = "org.dipanno.ui.views.agreement";
	private static final Set<String> ZONES = Set.of("BODY", "LEAD");
	private static final int CELL = 40;

	private Text annotatorsField;
	private Combo scope;
	private Label summary;
	private Table figures;
	private Canvas heatMap;
	private Table cellList;
	private TypeConfusion confusion;
	private List<Document> compared = List.of();
	private int selectedRow = -1;
	private int selectedColumn = -1;
	private Document selectedArticle;
	private int labelWidth;
	private final ISelectionListener navigatorSelection = (part, selection) -> {
		if (selection instanceof IStructuredSelection structured
				&& structured.getFirstElement() instanceof Document document) {
			selectedArticle = document;
			if (scope != null && !scope.isDisposed() && scope.getSelectionIndex() == 1) {
				compute();
			}
		}
	};

	@Override
	public void createPartControl(Composite parent) {
		Composite container = new Composite(parent, SWT.NONE);
		container.setLayout(new GridLayout(5, false));
		new Label(container, SWT.NONE).setText("Annotators:");
		annotatorsField = new Text(container, SWT.BORDER);
		annotatorsField.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		annotatorsField.setMessage("lan,minh");
		scope = new Combo(container, SWT.READ_ONLY);
		scope.setItems("Corpus", "Selected article");
		scope.select(0);
		scope.addListener(SWT.Selection, e -> compute());
		Button compute = new Button(container, SWT.PUSH);
		compute.setText("Compute");
		compute.addListener(SWT.Selection, e -> compute());
		new Label(container, SWT.NONE);
		summary = new Label(container, SWT.WRAP);
		summary.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 5, 1));

		SashForm sash = new SashForm(container, SWT.VERTICAL);
		sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 5, 1));
		figures = table(sash, "Annotators", "Type", "Exact F1", "Overlap F1", "Exact (matched/first/second)");
		heatMap = new Canvas(sash, SWT.DOUBLE_BUFFERED | SWT.BORDER);
		heatMap.addPaintListener(e -> paint(e.gc));
		heatMap.addListener(SWT.MouseDown, e -> {
			int[] cell = cellAt(e.x, e.y);
			if (cell != null) {
				selectCell(cell[0], cell[1]);
			}
		});
		cellList = table(sash, "Document", "Text", "First", "Second", "Annotators");
		sash.setWeights(3, 4, 3);

		getSite().getPage().addSelectionListener(CorpusNavigator.ID, navigatorSelection);
		annotatorsField.setText(String.join(",", defaultAnnotators()));
		compute();
	}

	private static Table table(Composite parent, String... headers) {
		Table table = new Table(parent, SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL | SWT.BORDER);
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		for (String header : headers) {
			TableColumn column = new TableColumn(table, SWT.LEFT);
			column.setText(header);
			column.setWidth(header.length() > 12 ? 200 : 120);
		}
		return table;
	}

	/** The annotators with a set in the most documents (all of those when they tie), at most three. */
	private List<String> defaultAnnotators() {
		try {
			java.util.Map<String, Integer> counts = new java.util.TreeMap<>();
			for (Document document : WorkspaceCorpus.getDefault().corpus().getDocuments()) {
				for (AnnotationSet set : document.getAnnotationSets()) {
					if (set.getKind() == AnnotationSetKind.ANNOTATOR && set.getAnnotator() != null) {
						counts.merge(set.getAnnotator(), 1, Integer::sum);
					}
				}
			}
			return counts.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue()).limit(3)
					.map(java.util.Map.Entry::getKey).sorted().toList();
		} catch (IOException e) {
			return List.of();
		}
	}

	public void setAnnotators(String names) {
		annotatorsField.setText(names);
	}

	/** Corpus (false) or the article selected in the corpus view (true). */
	public void setSelectionScope(boolean selectedOnly) {
		scope.select(selectedOnly ? 1 : 0);
	}

	public void setSelectedArticle(Document document) {
		selectedArticle = document;
	}

	/** Computes the figures and the matrix for the annotators named in the field; says why when it cannot. */
	public void compute() {
		List<String> annotators = new ArrayList<>(new LinkedHashSet<>(List.of(annotatorsField.getText().split(","))
				.stream().map(String::strip).filter(s -> !s.isEmpty()).toList()));
		figures.removeAll();
		cellList.removeAll();
		confusion = null;
		selectedRow = selectedColumn = -1;
		if (annotators.size() < 2) {
			summary.setText("Name at least two annotators (comma-separated) to compare.");
			heatMap.redraw();
			return;
		}
		List<Document> candidates;
		try {
			Corpus corpus = WorkspaceCorpus.getDefault().corpus();
			candidates = scope.getSelectionIndex() == 1
					? (selectedArticle == null ? List.of() : List.of(selectedArticle))
					: corpus.getDocuments();
		} catch (IOException e) {
			DipannoUi.log("The corpus cannot be loaded", e);
			summary.setText("The corpus cannot be loaded: " + e.getMessage());
			return;
		}
		compared = candidates.stream().filter(d -> annotators.stream().allMatch(a -> d.findAnnotationSet(
				DocumentOperations.annotationSetId(AnnotationSetKind.ANNOTATOR, a)) != null))
				.toList();
		if (compared.isEmpty()) {
			summary.setText(scope.getSelectionIndex() == 1 && selectedArticle == null
					? "Select an article in the corpus view."
					: "No " + (scope.getSelectionIndex() == 1 ? "selected article" : "article")
							+ " has the sets of all of " + String.join(", ", annotators) + ".");
			heatMap.redraw();
			return;
		}
		List<AgreementDocument> documents = compared.stream()
				.map(d -> ModelExportAdapter.agreementDocument(d, annotators, ZONES)).toList();
		AgreementReport report = AgreementCalculator.compute(documents);
		confusion = TypeConfusion.compute(documents);
		StringBuilder text = new StringBuilder();
		text.append(compared.size()).append(compared.size() == 1 ? " article" : " articles").append(" with the sets of ")
				.append(String.join(", ", annotators)).append(". ");
		for (PairAgreement pair : report.corpus().pairs()) {
			text.append(pair.first()).append("–").append(pair.second()).append(": exact F1 ")
					.append(format(pair.exact().f1())).append(", overlap ").append(format(pair.overlap().f1()))
					.append(", Cohen's κ ").append(format(pair.tokenKappa().value())).append(", event triggers ")
					.append(format(pair.triggers().f1())).append(", arguments ").append(format(pair.arguments().f1()))
					.append(". ");
			Set<String> types = new TreeSet<>(pair.exactPerType().keySet());
			types.addAll(pair.overlapPerType().keySet());
			for (String type : types) {
				row(pair, type, pair.exactPerType().getOrDefault(type, MatchCounts.ZERO),
						pair.overlapPerType().getOrDefault(type, MatchCounts.ZERO));
			}
			row(pair, "(all)", pair.exact(), pair.overlap());
			row(pair, "(event triggers)", pair.triggers(), pair.triggers());
			row(pair, "(event arguments)", pair.arguments(), pair.arguments());
		}
		if (report.corpus().fleissKappa() != null) {
			text.append("Fleiss' κ ").append(format(report.corpus().fleissKappa().value())).append(". ");
		}
		text.append("Click a cell of the matrix (rows: the first annotator's type, columns: the second's) to list its "
				+ "disagreements.");
		summary.setText(text.toString());
		summary.getParent().layout(true);
		heatMap.redraw();
	}

	private void row(PairAgreement pair, String type, MatchCounts exact, MatchCounts overlap) {
		TableItem item = new TableItem(figures, SWT.NONE);
		item.setText(new String[] { pair.first() + "–" + pair.second(), type, format(exact.f1()), format(overlap.f1()),
				exact.matched() + "/" + exact.first() + "/" + exact.second() });
	}

	private static String format(double value) {
		return Double.isNaN(value) ? "—" : String.format(Locale.ROOT, "%.3f", value);
	}

	public TypeConfusion getConfusion() {
		return confusion;
	}

	public Table getFigures() {
		return figures;
	}

	public Table getCellList() {
		return cellList;
	}

	public Canvas getHeatMap() {
		return heatMap;
	}

	public String getSummary() {
		return summary.getText();
	}

	/** Lists the disagreements of a cell of the matrix below it. */
	public void selectCell(int row, int column) {
		if (confusion == null) {
			return;
		}
		selectedRow = row;
		selectedColumn = column;
		cellList.removeAll();
		for (TypeConfusion.Pairing pairing : confusion.disagreements(row, column)) {
			Document document = compared.stream().filter(d -> d.getId().equals(pairing.documentId())).findFirst()
					.orElse(null);
			String text = document == null ? ""
					: document.getText().substring(pairing.start(), pairing.end()).replace('\n', ' ');
			TableItem item = new TableItem(cellList, SWT.NONE);
			item.setText(new String[] { pairing.documentId(), text, describe(pairing.firstMention()),
					describe(pairing.secondMention()), pairing.first() + " / " + pairing.second() });
		}
		heatMap.redraw();
	}

	private static String describe(EntitySpan mention) {
		return mention == null ? "(nothing)" : mention.type() + " [" + mention.start() + "," + mention.end() + ")";
	}

	/** The cell (row, column) under a point of the heat map, or null. */
	public int[] cellAt(int x, int y) {
		if (confusion == null) {
			return null;
		}
		int n = confusion.labels().size();
		int column = (x - labelWidth) / CELL;
		int row = (y - CELL) / CELL;
		if (x < labelWidth || y < CELL || row >= n || column >= n) {
			return null;
		}
		return new int[] { row, column };
	}

	/** The centre of a cell in heat map coordinates (for tests that click it). */
	public Point cellCentre(int row, int column) {
		return new Point(labelWidth + column * CELL + CELL / 2, CELL + row * CELL + CELL / 2);
	}

	private void paint(GC gc) {
		if (confusion == null) {
			gc.drawString("No matrix: " + summary.getText(), 8, 8, true);
			return;
		}
		List<String> labels = confusion.labels();
		int n = labels.size();
		labelWidth = 8;
		for (String label : labels) {
			labelWidth = Math.max(labelWidth, gc.stringExtent(label).x + 12);
		}
		int largest = Math.max(1, confusion.largestCount());
		for (int column = 0; column < n; column++) {
			// Column headers are abbreviated to fit a cell; the row labels beside give the full names in the same order.
			String shortLabel = labels.get(column).equals(TypeConfusion.NONE) ? "—"
					: labels.get(column).substring(0, Math.min(3, labels.get(column).length()));
			int width = gc.stringExtent(shortLabel).x;
			gc.drawString(shortLabel, labelWidth + column * CELL + (CELL - width) / 2, CELL / 3, true);
		}
		for (int row = 0; row < n; row++) {
			gc.drawString(labels.get(row), 4, CELL + row * CELL + CELL / 3, true);
			for (int column = 0; column < n; column++) {
				int count = confusion.count(row, column);
				double share = (double) count / largest;
				RGB rgb = row == column ? new RGB((int) (255 - 180 * share), (int) (255 - 90 * share), (int) (255 - 40 * share))
						: new RGB(255, (int) (255 - 200 * share), (int) (255 - 200 * share));
				Color fill = new Color(rgb);
				gc.setBackground(fill);
				int x = labelWidth + column * CELL;
				int y = CELL + row * CELL;
				gc.fillRectangle(x, y, CELL, CELL);
				fill.dispose();
				gc.setForeground(heatMap.getDisplay().getSystemColor(SWT.COLOR_GRAY));
				gc.drawRectangle(x, y, CELL, CELL);
				gc.setForeground(heatMap.getDisplay().getSystemColor(SWT.COLOR_BLACK));
				if (count > 0) {
					String number = Integer.toString(count);
					Point extent = gc.stringExtent(number);
					gc.drawString(number, x + (CELL - extent.x) / 2, y + (CELL - extent.y) / 2, true);
				}
				if (row == selectedRow && column == selectedColumn) {
					gc.setLineWidth(3);
					gc.drawRectangle(x + 1, y + 1, CELL - 2, CELL - 2);
					gc.setLineWidth(1);
				}
			}
		}
	}

	@Override
	public void setFocus() {
		heatMap.setFocus();
	}

	@Override
	public void dispose() {
		getSite().getPage().removeSelectionListener(CorpusNavigator.ID, navigatorSelection);
		super.dispose();
	}
}
