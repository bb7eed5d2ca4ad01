package org.dipanno.model.persistence;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;

import javax.xml.XMLConstants;

import org.dipanno.model.Document;
import org.dipanno.model.ModelPackage;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.xmi.XMLParserPool;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMLParserPoolImpl;
import org.eclipse.emf.ecore.xmi.impl.XMLResourceImpl;

/**
 * The XML resource of dipanno files (corpus.xml and documents/ID.xml): fixed, deterministic save options, a secure
 * parser, a format-version check before parsing, and, for documents, the stored text read from the .txt file beside
 * the XML (checked against the digest in the XML).
 */
public class DipannoResource extends XMLResourceImpl {

	/**
	 * The file format version written by this code. Version 2: sentences, tokens and words moved from the document's
	 * XML to its .structure file ({@link TextStructureFile}), and annotation sets carry {@code done}. Version 1 files
	 * are read as they are (text structure inline, sets not done) and written as version 2 when saved.
	 */
	public static final int FORMAT_VERSION = 2;
	/** The first format version whose documents keep their text structure in a .structure file. */
	public static final int STRUCTURE_FILE_FORMAT_VERSION = 2;
	/** The oldest file format version this code reads. */
	public static final int OLDEST_READABLE_FORMAT_VERSION = 1;
	public static final String FORMAT_VERSION_ATTRIBUTE = "formatVersion";
	public static final String NAMESPACE_URI = ModelPackage.eNS_URI;
	/** Extension of the file that holds a document's stored text, beside its XML. */
	public static final String TEXT_FILE_EXTENSION = "txt";
	/** Extension of the file that holds a document's sentences, tokens and words, beside the XML. */
	public static final String STRUCTURE_FILE_EXTENSION = "structure";
	public static final String DIGEST_PREFIX = "sha256:";
	/**
	 * Load option: read a document's XML only, not its text and structure files (a pass that needs its annotation
	 * sets, not its text). Such a document has no text and cannot be saved.
	 */
	public static final String OPTION_ANNOTATIONS_ONLY = "dipanno.annotationsOnly";

	/** No DOCTYPE, no external entities, no external DTD: XML loading never reaches outside the file. */
	public static final Map<String, Boolean> SECURE_PARSER_FEATURES = Map.of(
			"http://apache.org/xml/features/disallow-doctype-decl", true,
			"http://xml.org/sax/features/external-general-entities", false,
			"http://xml.org/sax/features/external-parameter-entities", false,
			"http://apache.org/xml/features/nonvalidating/load-external-dtd", false,
			XMLConstants.FEATURE_SECURE_PROCESSING, true);

	/** Thread-safe; parsers are keyed by their features, so the secure features above always apply. */
	private static final XMLParserPool PARSER_POOL = new XMLParserPoolImpl();

	public DipannoResource(URI uri) {
		super(uri);
		getDefaultSaveOptions().putAll(saveOptions());
		getDefaultLoadOptions().putAll(loadOptions());
	}

	/** Same model, same bytes: fixed encoding and line ends, every attribute with an explicit default written. */
	public static Map<Object, Object> saveOptions() {
		Map<Object, Object> options = new HashMap<>();
		options.put(XMLResource.OPTION_ENCODING, "UTF-8");
		options.put(XMLResource.OPTION_LINE_DELIMITER, "\n");
		options.put(XMLResource.OPTION_FORMATTED, Boolean.TRUE);
		options.put(XMLResource.OPTION_KEEP_DEFAULT_CONTENT, Boolean.TRUE);
		options.put(XMLResource.OPTION_USE_ENCODED_ATTRIBUTE_STYLE, Boolean.TRUE);
		options.put(XMLResource.OPTION_PROCESS_DANGLING_HREF, XMLResource.OPTION_PROCESS_DANGLING_HREF_THROW);
		options.put(XMLResource.OPTION_SAVE_TYPE_INFORMATION, Boolean.FALSE);
		return options;
	}

	public static Map<Object, Object> loadOptions() {
		Map<Object, Object> options = new HashMap<>();
		options.put(XMLResource.OPTION_PARSER_FEATURES, new HashMap<>(SECURE_PARSER_FEATURES));
		options.put(XMLResource.OPTION_RECORD_UNKNOWN_FEATURE, Boolean.FALSE);
		options.put(XMLResource.OPTION_DEFER_IDREF_RESOLUTION, Boolean.TRUE);
		// Speed: reuse configured parsers, skip EMF's deprecated per-element lookups, cache name-to-feature look-ups.
		options.put(XMLResource.OPTION_USE_PARSER_POOL, PARSER_POOL);
		options.put(XMLResource.OPTION_USE_DEPRECATED_METHODS, Boolean.FALSE);
		options.put(XMLResource.OPTION_USE_XML_NAME_TO_FEATURE_MAP, new HashMap<>());
		return options;
	}

	@Override
	protected boolean useIDs() {
		return false;
	}

	@Override
	public void doLoad(InputStream inputStream, Map<?, ?> options) throws IOException {
		byte[] xml = inputStream.readAllBytes();
		String fileName = displayName(getURI());
		FormatHeader.read(xml, fileName);
		Map<Object, Object> secureOptions = new HashMap<>(options == null ? Map.of() : options);
		secureOptions.putAll(loadOptions());
		super.doLoad(new ByteArrayInputStream(xml), secureOptions);
		if (Boolean.TRUE.equals(secureOptions.get(OPTION_ANNOTATIONS_ONLY))) {
			return;
		}
		if (!getContents().isEmpty() && getContents().get(0) instanceof Document document) {
			document.setText(readText(document, fileName));
			if (document.getFormatVersion() >= STRUCTURE_FILE_FORMAT_VERSION) {
				readStructure(document, fileName);
			}
		}
	}

	private void readStructure(Document document, String xmlFileName) throws IOException {
		URI structureUri = structureFileUri(getURI());
		byte[] bytes = readCompanion(structureUri, "the sentences, tokens and words of " + xmlFileName);
		TextStructureFile.read(bytes, document, displayName(structureUri));
	}

	/** The bytes of a file kept beside the XML; what it holds is named when it cannot be read. */
	private byte[] readCompanion(URI uri, String holds) throws IOException {
		try (InputStream in = getURIConverter().createInputStream(uri)) {
			return in.readAllBytes();
		} catch (StoreException refused) {
			throw refused;
		} catch (IOException e) {
			throw new StoreException(displayName(uri) + ": cannot be read (" + e.getMessage() + "); it holds " + holds, e);
		}
	}

	private String readText(Document document, String xmlFileName) throws IOException {
		URI textUri = textFileUri(getURI());
		String textFileName = displayName(textUri);
		byte[] bytes = readCompanion(textUri, "the text of " + xmlFileName + ", whose offsets refer to it");
		String text;
		try {
			text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
					.onUnmappableCharacter(CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(bytes)).toString();
		} catch (CharacterCodingException e) {
			throw new StoreException(textFileName + ": is not valid UTF-8 (" + e.getMessage() + ")", e);
		}
		String expected = document.getTextDigest();
		String actual = digest(text);
		if (expected == null) {
			throw new StoreException(xmlFileName + ": has no textDigest, so its text file " + textFileName
					+ " cannot be checked; every document dipanno saves has one (was the file edited by hand?)");
		}
		if (!expected.equals(actual)) {
			throw new StoreException(textFileName + ": the text differs from the one " + xmlFileName
					+ " was saved with (" + actual + " instead of " + expected
					+ "); it was changed outside dipanno, and the annotation offsets would point at the wrong text");
		}
		return text;
	}

	/** The .txt file beside a document's XML file. */
	public static URI textFileUri(URI documentUri) {
		return documentUri.trimFileExtension().appendFileExtension(TEXT_FILE_EXTENSION);
	}

	/** The .structure file beside a document's XML file. */
	public static URI structureFileUri(URI documentUri) {
		return documentUri.trimFileExtension().appendFileExtension(STRUCTURE_FILE_EXTENSION);
	}

	/** "sha256:" and the hex SHA-256 of the text's UTF-8 bytes. */
	public static String digest(String text) {
		try {
			byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
			return DIGEST_PREFIX + HexFormat.of().formatHex(hash);
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("Every Java runtime has SHA-256", e);
		}
	}

	static String displayName(URI uri) {
		return uri.isFile() ? uri.toFileString() : uri.toString();
	}
}
