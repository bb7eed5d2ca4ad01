package org.dipanno.ui.curation;

import java.util.List;
import java.util.Set;

import org.dipanno.export.agreement.AgreementCalculator;
import org.dipanno.export.agreement.AgreementReport;
import org.dipanno.export.agreement.PairAgreement;
import org.dipanno.export.model.ModelExportAdapter;
import org.dipanno.model.Document;
import org.dipanno.model.curation.DocumentCuration;
import org.dipanno.ui.DipannoUi;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.resource.ResourceLocator;
import org.eclipse.jface.viewers.StructuredViewer;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerFilter;

/** What the corpus view shows of curation per article, and its filter to the articles needing curation. */
public final class CurationColumns {

	/** Zones compared for the agreement column, as {@code dipanno-cli agreement} compares them by default. */
	private static final Set<String> ZONES = Set.of("BODY", "LEAD");

	private CurationColumns() {
	}

	/** The annotators who marked the article done, by name. */
	public static String annotatorsDone(Document document) {
		return String.join(", ", DocumentCuration.annotatorsDone(document));
	}

	/**
	 * Exact span F1 between the annotators curation would take (those who marked it done, else all with a set),
	 * averaged over pairs; empty with fewer than two annotators, "—" when none of them marked anything.
	 */
	public static String agreement(Document document) {
		List<String> annotators = DocumentCuration.defaultAnnotators(document);
		if (annotators.size() < 2) {
			return "";
		}
		AgreementReport report = AgreementCalculator
				.compute(List.of(ModelExportAdapter.agreementDocument(document, annotators, ZONES)));
		double sum = 0;
		int pairs = 0;
		for (PairAgreement pair : report.corpus().pairs()) {
			double f1 = pair.exact().f1();
			if (!Double.isNaN(f1)) {
				sum += f1;
				pairs++;
			}
		}
		return pairs == 0 ? "\u2014" : String.format(java.util.Locale.ROOT, "%.2f", sum / pairs);
	}

	public static String status(Document document) {
		return DocumentCuration.status(document).label();
	}

	/** Keeps the articles two or more annotators marked done that are not curated yet. */
	public static final class NeedsCurationFilter extends ViewerFilter {
		@Override
		public boolean select(Viewer viewer, Object parent, Object element) {
			return element instanceof Document document && DocumentCuration.needsCuration(document);
		}
	}

	/** A toggle in the corpus view's tool bar: show only the articles needing curation. */
	public static IAction filterAction(StructuredViewer viewer, Runnable afterToggle) {
		NeedsCurationFilter filter = new NeedsCurationFilter();
		Action action = new Action("Needs Curation", IAction.AS_CHECK_BOX) {
			@Override
			public void run() {
				if (isChecked()) {
					viewer.addFilter(filter);
				} else {
					viewer.removeFilter(filter);
				}
				afterToggle.run();
			}
		};
		action.setId("org.dipanno.ui.curation.needsCurationFilter");
		action.setToolTipText(
				"Needs Curation: show only the articles two or more annotators marked done that are not curated yet");
		// an icon, not the label: the view's toolbar shares the tab row with the view's title
		action.setImageDescriptor(ResourceLocator.imageDescriptorFromBundle(DipannoUi.PLUGIN_ID,
				"icons/needs-curation.png").orElse(null));
		return action;
	}
}
