package org.dipanno.model.custom;

import org.dipanno.model.Corpus;
import org.dipanno.model.ModelFactory;
import org.dipanno.model.schema.DefaultActors;
import org.dipanno.model.schema.DefaultSchema;

/** Creates corpora the way the product starts them. */
public final class Corpora {

	private Corpora() {
	}

	/** An empty corpus with the default schema and actor registry. */
	public static Corpus create(String id, String name) {
		DipannoModel.init();
		Corpus corpus = ModelFactory.eINSTANCE.createCorpus();
		corpus.setId(id);
		corpus.setName(name);
		corpus.setSchema(DefaultSchema.create());
		corpus.setActorRegistry(DefaultActors.create());
		return corpus;
	}
}
