package org.dipanno.ui.editor;

import org.dipanno.engine.corpus.ProposalPreview;
import java.util.List;

import org.dipanno.model.EntityMention;
import org.dipanno.model.EventArgument;
import org.dipanno.model.EventMention;
import org.dipanno.model.Mention;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextHover;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Region;

/** Hovering a mention shows its type's guideline, where it came from, its status and its normalized value. */
final class MentionHover implements ITextHover {

	private final ArticleEditor editor;

	MentionHover(ArticleEditor editor) {
		this.editor = editor;
	}

	@Override
	public IRegion getHoverRegion(ITextViewer textViewer, int offset) {
		List<Mention> mentions = editor.mentionsAt(offset);
		if (mentions.isEmpty()) {
			var previewed = editor.getPreview() == null ? List.<ProposalPreview.Item>of()
					: editor.getPreview().proposals().itemsAt(offset);
			return previewed.isEmpty() ? null
					: new Region(previewed.get(0).start(), previewed.get(0).end() - previewed.get(0).start());
		}
		Mention innermost = mentions.get(0);
		return new Region(innermost.getStart(), innermost.getEnd() - innermost.getStart());
	}

	@Override
	public String getHoverInfo(ITextViewer textViewer, IRegion region) {
		List<Mention> mentions = editor.mentionsAt(region.getOffset());
		StringBuilder info = new StringBuilder();
		for (Mention mention : mentions) {
			if (!info.isEmpty()) {
				info.append("\n\n");
			}
			info.append(describe(mention));
		}
		String previewed = editor.getPreview() == null ? null
				: editor.getPreview().hoverAt(region.getOffset(), editor.getDocument().getText());
		if (previewed != null) {
			info.append(info.isEmpty() ? "" : "\n\n").append(previewed);
		}
		return info.isEmpty() ? null : info.toString();
	}

	/** The text of the hover for one mention. */
	static String describe(Mention mention) {
		StringBuilder text = new StringBuilder();
		if (mention instanceof EntityMention entity) {
			text.append(entity.getType() == null ? "?" : entity.getType().getName()).append(": \"")
					.append(entity.getText()).append('"');
			if (entity.getActor() != null) {
				text.append("\nActor: ").append(entity.getActor().getCanonicalName());
			}
			if (entity.getCountryCode() != null) {
				text.append("\nCountry: ").append(entity.getCountryCode());
			}
			if (entity.getIsoDate() != null) {
				text.append("\nDate: ").append(entity.getIsoDate());
			}
			if (entity.getType() != null && entity.getType().getDescription() != null) {
				text.append("\nGuideline: ").append(entity.getType().getDescription());
			}
		} else if (mention instanceof EventMention event) {
			text.append("Event ").append(event.getType() == null ? "?" : event.getType().getName());
			if (event.getType() != null && event.getType().getCameoCode() != null) {
				text.append(" (CAMEO ").append(event.getType().getCameoCode()).append(')');
			}
			text.append(": trigger \"").append(event.getText()).append('"');
			for (EventArgument argument : event.getArguments()) {
				text.append("\n  ").append(argument.getRole()).append(": ")
						.append(argument.getEntity() == null ? "?" : "\"" + argument.getEntity().getText() + "\"");
			}
			if (event.getType() != null && event.getType().getDescription() != null) {
				text.append("\nGuideline: ").append(event.getType().getDescription());
			}
		}
		text.append("\nStatus: ").append(mention.getStatus().getLiteral().toLowerCase());
		text.append("\nSource: ").append(MentionDescriptions.source(mention.getProvenance()));
		return text.toString();
	}

}
