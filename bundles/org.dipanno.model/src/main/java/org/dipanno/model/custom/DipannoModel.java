package org.dipanno.model.custom;

import org.dipanno.model.ModelPackage;
import org.dipanno.model.validation.DipannoValidator;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EValidator;

/**
 * Makes the model ready in any runtime: registers the package under its namespace URI (in OSGi plugin.xml does that
 * too) and {@link DipannoValidator} for it, so that {@code Diagnostician.INSTANCE} applies the model's rules. The
 * stores, the importer and the default schema call it; other clients call it once before validating.
 */
public final class DipannoModel {

	private DipannoModel() {
	}

	public static synchronized ModelPackage init() {
		ModelPackage modelPackage = ModelPackage.eINSTANCE;
		EPackage.Registry.INSTANCE.put(ModelPackage.eNS_URI, modelPackage);
		if (!(EValidator.Registry.INSTANCE.get(modelPackage) instanceof DipannoValidator)) {
			EValidator.Registry.INSTANCE.put(modelPackage, DipannoValidator.INSTANCE);
		}
		return modelPackage;
	}
}
