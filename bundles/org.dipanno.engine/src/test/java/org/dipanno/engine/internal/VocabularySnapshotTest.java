package org.dipanno.engine.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.dipanno.engine.lexicon.SyllableVocabulary;
import org.junit.jupiter.api.Test;

class VocabularySnapshotTest {

	private static int idOf(VocabularySnapshot snapshot, String key) {
		char[] chars = ("#" + key + "#").toCharArray(); // packed among other chars, as in a document
		return snapshot.idOf(chars, 1, 1 + key.length(), key.hashCode());
	}

	@Test
	void givesTheVocabularysIdsPastCollidingHashesAndNothingInternedLater() {
		// "Aa" and "BB" have the same String hash: keys built from both collide in every table.
		SyllableVocabulary vocabulary = new SyllableVocabulary();
		Random random = new Random(11);
		List<String> keys = new ArrayList<>();
		for (int i = 0; i < 3_000; i++) {
			StringBuilder key = new StringBuilder();
			for (int p = 0; p < 1 + random.nextInt(6); p++) {
				key.append(random.nextBoolean() ? "Aa" : "BB");
			}
			key.append(random.nextInt(3) == 0 ? "hòa" : "");
			keys.add(key.toString());
		}
		for (int i = 0; i < keys.size(); i += 2) {
			vocabulary.intern(keys.get(i));
		}
		VocabularySnapshot snapshot = new VocabularySnapshot(vocabulary);
		for (String key : keys) {
			assertEquals(vocabulary.lookup(key), idOf(snapshot, key), key);
		}
		int later = vocabulary.intern("về sau");
		assertEquals(SyllableVocabulary.UNKNOWN, idOf(snapshot, "về sau"));
		assertEquals(later, vocabulary.lookup("về sau"));
		assertEquals(SyllableVocabulary.UNKNOWN, idOf(snapshot, ""));
	}
}
