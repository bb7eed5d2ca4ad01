package org.dipanno.model.schema;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.dipanno.model.AnnotationSchema;
import org.dipanno.model.custom.DipannoModel;
import org.dipanno.model.persistence.DipannoResource;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMLResourceImpl;

/**
 * The annotation schema dipanno ships for Vietnamese diplomatic news: seven entity types and eight event types aligned
 * with CAMEO codes (as used by GDELT and PETRARCH). Descriptions are the annotation guidelines shown to annotators.
 * Users may change the schema of their corpus; this is the starting point. The schema is data, written once in
 * {@value #RESOURCE} beside this class; the names below are those of its types and roles.
 */
public final class DefaultSchema {

	public static final String NAME = "dipanno diplomatic events";
	public static final String VERSION = "1";

	public static final String PERSON = "PERSON";
	public static final String ORGANIZATION = "ORGANIZATION";
	public static final String COUNTRY = "COUNTRY";
	public static final String LOCATION = "LOCATION";
	public static final String TITLE = "TITLE";
	public static final String DATE = "DATE";
	public static final String MISC = "MISC";

	public static final String MEET = "MEET";
	public static final String PHONE_CALL = "PHONE_CALL";
	public static final String VISIT = "VISIT";
	public static final String NEGOTIATE = "NEGOTIATE";
	public static final String AGREE = "AGREE";
	public static final String APPEAL = "APPEAL";
	public static final String STATEMENT = "STATEMENT";
	public static final String CONCERN = "CONCERN";

	public static final String PARTICIPANT = "participant";
	public static final String COUNTERPART = "counterpart";
	public static final String TIME = "time";
	public static final String PLACE = "place";
	public static final String TOPIC = "topic";
	public static final String OUTCOME = "outcome";

	/** The schema's data, in the model's XML format; the rule language's default schema is generated from it. */
	public static final String RESOURCE = "diplomatic-schema.xml";

	private DefaultSchema() {
	}

	/** A new copy of the default schema (each corpus owns its own). */
	public static AnnotationSchema create() {
		DipannoModel.init();
		XMLResource resource = new XMLResourceImpl(URI.createURI(RESOURCE));
		try (InputStream in = DefaultSchema.class.getResourceAsStream(RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException("The default schema " + RESOURCE
						+ " is missing from the org.dipanno.model bundle");
			}
			resource.load(in, DipannoResource.loadOptions());
		} catch (IOException e) {
			throw new UncheckedIOException("The default schema " + RESOURCE + " cannot be read", e);
		}
		AnnotationSchema schema = (AnnotationSchema) resource.getContents().get(0);
		resource.getContents().clear();
		return schema;
	}
}
