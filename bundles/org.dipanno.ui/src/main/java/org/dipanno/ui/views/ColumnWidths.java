package org.dipanno.ui.views;

import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.widgets.Table;

/** Column widths that show a header (and the longest of some cell texts) whole in the table's font. */
final class ColumnWidths {

	/** Room for the header's padding and sort arrow, beside the text. */
	private static final int PADDING = 24;

	private ColumnWidths() {
	}

	static int fitting(Table table, String... texts) {
		GC gc = new GC(table);
		try {
			int widest = 0;
			for (String text : texts) {
				widest = Math.max(widest, gc.textExtent(text).x);
			}
			return widest + PADDING;
		} finally {
			gc.dispose();
		}
	}
}
