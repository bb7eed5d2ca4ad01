package org.dipanno.model.imports;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.dipanno.model.Corpus;
import org.dipanno.model.Document;
import org.dipanno.model.ModelFactory;
import org.dipanno.model.custom.DipannoModel;
import org.dipanno.text.AnalyzedArticle;
import org.dipanno.text.ArticleAnalyzer;
import org.dipanno.text.NormalizedText;
import org.dipanno.text.Sentence;
import org.dipanno.text.TextImportException;
import org.dipanno.text.Token;
import org.dipanno.text.Word;
import org.dipanno.text.Zone;
import org.dipanno.text.ZoneKind;

/**
 * Maps the text bundle's analysis of an article (stored text with offset map, zones, sentences, syllable tokens,
 * segmented words) into a model {@link Document}. Offsets are copied unchanged: both sides count UTF-16 chars of the
 * same stored text.
 */
public final class ArticleImporter {

	/** An outlet tag before the lead, e.g. "VOV.VN - Ngoại trưởng ..." (the zoner may make the tag boilerplate). */
	private static final Pattern OUTLET_TAG = Pattern
			.compile("^(\\p{Lu}[\\p{L}\\p{Nd}]*\\.(?:VN|vn|com|net))\\s*[-\u2013](?:\\s|$)");

	private ArticleImporter() {
	}

	/**
	 * Analyses an article file and adds it to the corpus as a new document whose id is the file name without folder
	 * and extension. Nothing is added when the file is not acceptable text or the id is taken.
	 *
	 * @throws TextImportException when the file is not acceptable text (the message names the file and why)
	 * @throws IllegalArgumentException when the corpus already has a document with that id
	 */
	public static Document importArticle(Corpus corpus, byte[] raw, String sourceName) throws TextImportException {
		String documentId = documentId(sourceName);
		Document existing = corpus.findDocument(documentId);
		if (existing != null) {
			throw new IllegalArgumentException("Cannot import " + sourceName + ": corpus " + corpus.getId()
					+ " already has a document " + documentId + " (imported from " + existing.getSourceName() + ")");
		}
		Document document = toDocument(documentId, fileName(sourceName), ArticleAnalyzer.analyze(raw, sourceName));
		corpus.getDocuments().add(document);
		return document;
	}

	/** The document id for a source file: its name without folder and extension, chars unsafe in file names as '_'. */
	public static String documentId(String sourceName) {
		String name = fileName(sourceName);
		int dot = name.lastIndexOf('.');
		String base = dot > 0 ? name.substring(0, dot) : name;
		String id = base.replaceAll("[^\\p{L}\\p{Nd}_.-]", "_");
		id = id.isEmpty() || id.startsWith(".") ? "_" + id : id;
		return fitsFileNames(id);
	}

	/**
	 * The longest id, in UTF-8 bytes, that still names all of a document's files and their temporary files within
	 * the usual limit of 255 bytes per file name (".ID.structure.RANDOM.tmp").
	 */
	public static final int MAX_DOCUMENT_ID_BYTES = 200;

	/** A long id is cut at a character and made unique again by the hash of the whole id. */
	private static String fitsFileNames(String id) {
		if (id.getBytes(StandardCharsets.UTF_8).length <= MAX_DOCUMENT_ID_BYTES) {
			return id;
		}
		String hash = String.format("%08x", id.hashCode());
		StringBuilder cut = new StringBuilder();
		int bytes = 0;
		for (int i = 0; i < id.length();) {
			int codePoint = id.codePointAt(i);
			int length = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
			if (bytes + length > MAX_DOCUMENT_ID_BYTES - hash.length() - 1) {
				break;
			}
			cut.appendCodePoint(codePoint);
			bytes += length;
			i += Character.charCount(codePoint);
		}
		return cut + "_" + hash;
	}

	private static String fileName(String sourceName) {
		return sourceName.substring(Math.max(sourceName.lastIndexOf('/'), sourceName.lastIndexOf('\\')) + 1);
	}

	/** A new document (not yet in a corpus) from an analysed article. */
	public static Document toDocument(String documentId, String sourceName, AnalyzedArticle article) {
		return toDocument(documentId, sourceName, article.normalized(), article.zones(), article.sentences(),
				article.tokens(), article.words());
	}

	/**
	 * A new document (not yet in a corpus) with the given id and source name and the analysis results. The title is
	 * the text of the first TITLE zone; the outlet is set when the article opens with an outlet tag; the publication
	 * date stays unset (the seeds carry no reliable one: timestamps in them belong to related stories).
	 */
	public static Document toDocument(String documentId, String sourceName, NormalizedText normalized,
			List<Zone> zones, List<Sentence> sentences, List<Token> tokens, List<Word> words) {
		DipannoModel.init();
		ModelFactory factory = ModelFactory.eINSTANCE;
		String text = normalized.text();
		Document document = factory.createDocument();
		document.setId(documentId);
		document.setSourceName(sourceName);
		document.setText(text);
		document.setOffsetMap(TextOffsetMaps.toModel(normalized.offsets()));
		for (Zone zone : zones) {
			var modelZone = factory.createZone();
			modelZone.setKind(zone.kind());
			modelZone.setStart(zone.start());
			modelZone.setEnd(zone.end());
			document.getZones().add(modelZone);
		}
		for (Sentence sentence : sentences) {
			var modelSentence = factory.createSentence();
			modelSentence.setStart(sentence.start());
			modelSentence.setEnd(sentence.end());
			document.getSentences().add(modelSentence);
		}
		for (Token token : tokens) {
			var modelToken = factory.createToken();
			modelToken.setStart(token.start());
			modelToken.setEnd(token.end());
			modelToken.setKind(token.kind());
			document.getTokens().add(modelToken);
		}
		for (Word word : words) {
			var modelWord = factory.createWord();
			modelWord.setStart(word.start());
			modelWord.setEnd(word.end());
			modelWord.setSyllableCount(word.tokenCount());
			document.getWords().add(modelWord);
		}
		zones.stream().filter(zone -> zone.kind() == ZoneKind.TITLE).findFirst()
				.ifPresent(title -> document.setTitle(title.text(text).strip()));
		document.setOutlet(outlet(text, zones));
		return document;
	}

	private static String outlet(String text, List<Zone> zones) {
		for (Zone zone : zones) {
			if (zone.kind() == ZoneKind.TITLE || zone.kind() == ZoneKind.CAPTION) {
				continue;
			}
			Matcher matcher = OUTLET_TAG.matcher(zone.text(text).strip());
			if (matcher.find()) {
				return matcher.group(1);
			}
			if (zone.kind() != ZoneKind.BOILERPLATE) {
				return null; // the tag opens the article: stop at the first lead or body paragraph
			}
		}
		return null;
	}
}
