package org.dipanno.ui.editor;

import org.dipanno.model.AnnotationSchema;
import org.dipanno.model.EntityType;
import org.dipanno.model.EventType;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;

/** The strip above the text: each type in its colour with its key, the guideline as tooltip. */
final class Legend {

	private final Composite strip;

	Legend(Composite parent, AnnotationSchema schema) {
		strip = new Composite(parent, SWT.NONE);
		RowLayout layout = new RowLayout(SWT.HORIZONTAL);
		layout.wrap = true;
		layout.marginLeft = 8;
		layout.marginTop = 4;
		layout.marginBottom = 4;
		layout.spacing = 6;
		strip.setLayout(layout);
		for (EntityType type : schema.getEntityTypes()) {
			chip(type.getName(), type.getShortcutKey(), type.getColor(), type.getDescription(), 0.38);
		}
		for (EventType type : schema.getEventTypes()) {
			chip(type.getName(), type.getShortcutKey(), type.getColor(), type.getDescription()
					+ (type.getCameoCode() == null ? "" : "\nCAMEO " + type.getCameoCode()), 0.18);
		}
	}

	private void chip(String name, String key, String color, String description, double share) {
		Label chip = new Label(strip, SWT.BORDER);
		chip.setText(" " + name + (key == null || key.isEmpty() ? "" : "  [" + key + "]") + " ");
		chip.setBackground(new Color(StylePlanner.blend(StylePlanner.parseColor(color), share)));
		chip.setToolTipText(description);
	}

	Control getControl() {
		return strip;
	}

	void dispose() {
		if (!strip.isDisposed()) {
			strip.dispose();
		}
	}
}
