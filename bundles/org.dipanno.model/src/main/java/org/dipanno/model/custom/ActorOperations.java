package org.dipanno.model.custom;

import org.dipanno.text.VietnameseText;

import org.dipanno.model.Actor;
import org.dipanno.model.ActorRegistry;

/** Behaviour of {@link ActorRegistry}; the generated operations delegate here. */
public final class ActorOperations {

	private ActorOperations() {
	}

	public static Actor findActor(ActorRegistry registry, String actorId) {
		for (Actor actor : registry.getActors()) {
			if (actor.getId() != null && actor.getId().equals(actorId)) {
				return actor;
			}
		}
		return null;
	}

	public static Actor findByAlias(ActorRegistry registry, String name) {
		if (name == null) {
			return null;
		}
		String key = matchKey(name);
		for (Actor actor : registry.getActors()) {
			if (actor.getCanonicalName() != null && matchKey(actor.getCanonicalName()).equals(key)) {
				return actor;
			}
			for (String alias : actor.getAliases()) {
				if (matchKey(alias).equals(key)) {
					return actor;
				}
			}
		}
		return null;
	}

	/**
	 * The key under which spellings of one name match: the text layer's fold (case, NFC/NFD, tone-mark placement:
	 * "hòa" = "hoà") over the name with its white space runs (NBSP included) made single spaces.
	 */
	private static String matchKey(String name) {
		String composed = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFC);
		return VietnameseText.fold(composed.replace('\u00A0', ' ').strip().replaceAll("\\s+", " "));
	}
}
