package org.dipanno.model.custom;

import java.util.HashMap;
import java.util.Map;

import org.dipanno.text.VietnameseText;

import org.dipanno.model.Actor;
import org.dipanno.model.ActorRegistry;
import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.util.EContentAdapter;

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

	/** The first actor (in registry order) whose canonical name or an alias matches the name. */
	public static Actor findByAlias(ActorRegistry registry, String name) {
		if (name == null) {
			return null;
		}
		return AliasIndex.of(registry).actors(registry).get(matchKey(name));
	}

	/**
	 * The registry's actors by the match key of their names, made on the first look-up and dropped when the registry
	 * changes: the rules look up every mention they propose, from several threads at once.
	 */
	private static final class AliasIndex extends EContentAdapter {

		private volatile Map<String, Actor> byKey;

		static AliasIndex of(ActorRegistry registry) {
			synchronized (registry) {
				for (Adapter adapter : registry.eAdapters()) {
					if (adapter instanceof AliasIndex index) {
						return index;
					}
				}
				AliasIndex index = new AliasIndex();
				registry.eAdapters().add(index);
				return index;
			}
		}

		Map<String, Actor> actors(ActorRegistry registry) {
			Map<String, Actor> actors = byKey;
			if (actors == null) {
				synchronized (this) {
					actors = new HashMap<>();
					for (Actor actor : registry.getActors()) {
						if (actor.getCanonicalName() != null) {
							actors.putIfAbsent(matchKey(actor.getCanonicalName()), actor);
						}
						for (String alias : actor.getAliases()) {
							actors.putIfAbsent(matchKey(alias), actor);
						}
					}
					byKey = actors;
				}
			}
			return actors;
		}

		@Override
		public void notifyChanged(Notification notification) {
			super.notifyChanged(notification);
			if (notification.getEventType() != Notification.REMOVING_ADAPTER
					&& notification.getEventType() != Notification.RESOLVE) {
				byKey = null;
			}
		}
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
