package org.dipanno.model.custom;

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
		String key = VietnameseMatchKey.of(name);
		for (Actor actor : registry.getActors()) {
			if (actor.getCanonicalName() != null && VietnameseMatchKey.of(actor.getCanonicalName()).equals(key)) {
				return actor;
			}
			for (String alias : actor.getAliases()) {
				if (VietnameseMatchKey.of(alias).equals(key)) {
					return actor;
				}
			}
		}
		return null;
	}
}
