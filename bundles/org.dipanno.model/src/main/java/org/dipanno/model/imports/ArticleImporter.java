package org.dipanno.model.imports;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.dipanno.model.Document;
import org.dipanno.model.ModelFactory;
import org.dipanno.model.custom.DipannoModel;
import org.dipanno.text.NormalizedText;

/**
 * Maps the text bundle's analysis of an article (stored text with offset map, zones, sentences, syllable tokens,
 * segmented words) into a model {@link Document}. Offsets are copied unchanged: both sides count UTF-16 chars of the
 * same stored text.
 */
public final class ArticleImporter {

	/** An outlet tag opening the lead or body, e.g. "VOV.VN - Ngoại trưởng ...". */
	private static final Pattern OUTLET_TAG = Pattern.compile("^(\\p{Lu}[\\p{L}\\p{Nd}]*\\.(?:VN|vn|com|net)) [-\u2013] ");

	private ArticleImporter() {
	}

	/**
	 * A new document (not yet in a corpus) with the given id and source name and the analysis results. The title is
	 * the text of the first TITLE zone; the outlet is set when the article opens with an outlet tag; the publication
	 * date stays unset (the seeds carry no reliable one: timestamps in them belong to related stories).
	 */
	public static Document toDocument(String documentId, String sourceName, NormalizedText normalized,
			List<org.dipanno.text.Zone> zones, List<org.dipanno.text.Sentence> sentences,
			List<org.dipanno.text.Token> tokens, List<org.dipanno.text.Word> words) {
		DipannoModel.init();
		ModelFactory factory = ModelFactory.eINSTANCE;
		String text = normalized.text();
		Document document = factory.createDocument();
		document.setId(documentId);
		document.setSourceName(sourceName);
		document.setText(text);
		document.setOffsetMap(TextOffsetMaps.toModel(normalized.offsets()));
		for (org.dipanno.text.Zone zone : zones) {
			org.dipanno.model.Zone modelZone = factory.createZone();
			modelZone.setKind(org.dipanno.model.ZoneKind.valueOf(zone.kind().name()));
			modelZone.setStart(zone.start());
			modelZone.setEnd(zone.end());
			document.getZones().add(modelZone);
		}
		for (org.dipanno.text.Sentence sentence : sentences) {
			org.dipanno.model.Sentence modelSentence = factory.createSentence();
			modelSentence.setStart(sentence.start());
			modelSentence.setEnd(sentence.end());
			document.getSentences().add(modelSentence);
		}
		for (org.dipanno.text.Token token : tokens) {
			org.dipanno.model.Token modelToken = factory.createToken();
			modelToken.setStart(token.start());
			modelToken.setEnd(token.end());
			modelToken.setKind(org.dipanno.model.TokenKind.valueOf(token.kind().name()));
			document.getTokens().add(modelToken);
		}
		for (org.dipanno.text.Word word : words) {
			org.dipanno.model.Word modelWord = factory.createWord();
			modelWord.setStart(word.start());
			modelWord.setEnd(word.end());
			modelWord.setSyllableCount(word.tokenCount());
			document.getWords().add(modelWord);
		}
		zones.stream().filter(zone -> zone.kind() == org.dipanno.text.ZoneKind.TITLE).findFirst()
				.ifPresent(title -> document.setTitle(title.text(text).strip()));
		document.setOutlet(outlet(text, zones));
		return document;
	}

	private static String outlet(String text, List<org.dipanno.text.Zone> zones) {
		for (org.dipanno.text.Zone zone : zones) {
			if (zone.kind() == org.dipanno.text.ZoneKind.LEAD || zone.kind() == org.dipanno.text.ZoneKind.BODY) {
				Matcher matcher = OUTLET_TAG.matcher(zone.text(text));
				return matcher.find() ? matcher.group(1) : null;
			}
		}
		return null;
	}
}
