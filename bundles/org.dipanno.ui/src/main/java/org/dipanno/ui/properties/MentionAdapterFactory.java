package org.dipanno.ui.properties;

import org.dipanno.model.Mention;
import org.eclipse.core.runtime.IAdapterFactory;
import org.eclipse.ui.views.properties.IPropertySource;

/** Gives mentions a property source, so the standard Properties view shows and edits them. */
public class MentionAdapterFactory implements IAdapterFactory {

	@Override
	public <T> T getAdapter(Object adaptable, Class<T> adapterType) {
		if (adapterType == IPropertySource.class && adaptable instanceof Mention mention) {
			return adapterType.cast(new MentionPropertySource(mention));
		}
		return null;
	}

	@Override
	public Class<?>[] getAdapterList() {
		return new Class<?>[] { IPropertySource.class };
	}
}
