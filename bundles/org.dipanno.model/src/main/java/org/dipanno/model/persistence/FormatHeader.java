package org.dipanno.model.persistence;

import java.io.ByteArrayInputStream;
import java.io.IOException;

import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;

import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The root element of a dipanno file, read before EMF parses the whole file so that a file of another kind, of a
 * newer or an unknown format version, or one that declares a DOCTYPE is refused with a message saying so (instead of
 * EMF's "feature not found" on the first unknown element). External entities and DTDs are never loaded.
 */
public record FormatHeader(String rootElement, int formatVersion) {

	private static final class RootElementSeen extends SAXException {
		private static final long serialVersionUID = 1L;
		private final transient FormatHeader header;

		RootElementSeen(FormatHeader header) {
			super("root element seen");
			this.header = header;
		}
	}

	/**
	 * Reads the root element and checks it is a dipanno element of a format version this code reads.
	 *
	 * @param fileName the file's name for messages
	 */
	public static FormatHeader read(byte[] xml, String fileName) throws StoreException {
		FormatHeader header = readRoot(xml, fileName);
		if (header.formatVersion > DipannoResource.FORMAT_VERSION) {
			throw new StoreException(fileName + ": written in file format version " + header.formatVersion
					+ " by a newer dipanno; this dipanno reads format version " + DipannoResource.FORMAT_VERSION
					+ " and older. Open it with a newer dipanno.");
		}
		if (header.formatVersion < DipannoResource.OLDEST_READABLE_FORMAT_VERSION) {
			throw new StoreException(fileName + ": file format version " + header.formatVersion
					+ " predates format version " + DipannoResource.OLDEST_READABLE_FORMAT_VERSION
					+ ", the oldest this dipanno can read (no migration exists for it).");
		}
		return header;
	}

	private static FormatHeader readRoot(byte[] xml, String fileName) throws StoreException {
		DefaultHandler handler = new DefaultHandler() {
			@Override
			public void startElement(String uri, String localName, String qName, Attributes attributes)
					throws SAXException {
				if (!DipannoResource.NAMESPACE_URI.equals(uri)) {
					throw new SAXException("the root element <" + qName + "> is not in the dipanno namespace "
							+ DipannoResource.NAMESPACE_URI + " (namespace: " + (uri.isEmpty() ? "none" : uri) + ")");
				}
				String version = attributes.getValue("", DipannoResource.FORMAT_VERSION_ATTRIBUTE);
				if (version == null) {
					throw new SAXException("the root element <" + qName + "> has no "
							+ DipannoResource.FORMAT_VERSION_ATTRIBUTE + " attribute");
				}
				try {
					throw new RootElementSeen(new FormatHeader(localName, Integer.parseInt(version.strip())));
				} catch (NumberFormatException e) {
					throw new SAXException(DipannoResource.FORMAT_VERSION_ATTRIBUTE + " \"" + version
							+ "\" is not a number");
				}
			}
		};
		SAXParser parser = PARSERS.get();
		if (parser == null) {
			parser = newSecureParser();
			PARSERS.set(parser);
		}
		try {
			parser.parse(new ByteArrayInputStream(xml), handler);
		} catch (RootElementSeen seen) {
			return seen.header;
		} catch (SAXParseException e) {
			if (e.getMessage() != null && e.getMessage().contains("DOCTYPE")) {
				throw new StoreException(fileName + ": refused: the file declares a DOCTYPE. dipanno files never do, "
						+ "and DTDs and external entities are not loaded.", e);
			}
			throw new StoreException(fileName + ": not well-formed XML at line " + e.getLineNumber() + ", column "
					+ e.getColumnNumber() + ": " + e.getMessage(), e);
		} catch (SAXException e) {
			throw new StoreException(fileName + ": not a dipanno file: " + e.getMessage(), e);
		} catch (IOException e) {
			throw new StoreException(fileName + ": cannot be read: " + e.getMessage(), e);
		} finally {
			parser.reset();
		}
		throw new StoreException(fileName + ": has no root element");
	}

	/** Each thread's parser, reused (making one looks up the XML services in every jar). */
	private static final ThreadLocal<SAXParser> PARSERS = new ThreadLocal<>();

	/** A namespace-aware SAX parser that refuses DOCTYPEs and loads no external entity or DTD. */
	static SAXParser newSecureParser() throws StoreException {
		try {
			SAXParserFactory factory = SAXParserFactory.newInstance();
			factory.setNamespaceAware(true);
			factory.setXIncludeAware(false);
			for (var feature : DipannoResource.SECURE_PARSER_FEATURES.entrySet()) {
				factory.setFeature(feature.getKey(), feature.getValue());
			}
			SAXParser parser = factory.newSAXParser();
			parser.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
			parser.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
			return parser;
		} catch (ParserConfigurationException | SAXException e) {
			throw new StoreException("The XML parser cannot be made secure (" + e.getMessage()
					+ "); refusing to read files with it", e);
		}
	}
}
