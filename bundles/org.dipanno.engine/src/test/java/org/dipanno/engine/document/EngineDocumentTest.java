package org.dipanno.engine.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;

import org.dipanno.engine.lexicon.VietnameseKeys;
import org.dipanno.text.TokenKind;
import org.dipanno.text.ZoneKind;
import org.junit.jupiter.api.Test;

class EngineDocumentTest {

	@Test
	void eachDistinctKeyIsKeptOnceInOrderOfFirstOccurrence() {
		EngineDocument doc = PlainTextAnalyzer.analyzeBody("d", "Hòa bình và hoà bình, HÒA BÌNH và Hoà Bình.",
				VietnameseKeys.INSTANCE);
		// hòa/hoà/HÒA fold alike; the comma and the period are keys of their own
		List<String> distinct = new ArrayList<>();
		for (int k = 0; k < doc.distinctKeyCount(); k++) {
			distinct.add(doc.distinctKey(k));
		}
		assertEquals(List.of(doc.foldedKey(0), doc.foldedKey(1), doc.foldedKey(2), doc.foldedKey(5),
				doc.foldedKey(11)), distinct);
		assertEquals(5, doc.distinctKeyCount());
		for (int t = 0; t < doc.tokenCount(); t++) {
			assertEquals(doc.foldedKey(t), doc.distinctKey(doc.keyIndex(t)), "token " + t);
		}
		assertEquals(doc.keyIndex(0), doc.keyIndex(3));
		assertEquals(doc.keyIndex(0), doc.keyIndex(6));
		assertEquals(doc.keyIndex(2), doc.keyIndex(8));
	}

	@Test
	void manyKeysWithCollidingHashesKeepTheirTokens() {
		// "Aa" and "BB" have the same String hash: build keys from both so the table probes past collisions.
		Random random = new Random(7);
		int n = 5_000;
		String[] keys = new String[n];
		int[] starts = new int[n];
		int[] ends = new int[n];
		TokenKind[] kinds = new TokenKind[n];
		int[] sentences = new int[n];
		ZoneKind[] zones = new ZoneKind[n];
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < n; i++) {
			StringBuilder key = new StringBuilder();
			int parts = 1 + random.nextInt(4);
			for (int p = 0; p < parts; p++) {
				key.append(random.nextBoolean() ? "Aa" : "BB");
			}
			keys[i] = key.toString();
			starts[i] = text.length();
			text.append(keys[i]);
			ends[i] = text.length();
			text.append(' ');
			kinds[i] = TokenKind.WORD;
			zones[i] = ZoneKind.BODY;
		}
		EngineDocument doc = new EngineDocument("collisions", text.toString(), starts, ends, keys, kinds, sentences,
				zones);
		LinkedHashSet<String> expected = new LinkedHashSet<>();
		Collections.addAll(expected, keys);
		assertEquals(expected.size(), doc.distinctKeyCount());
		assertEquals(2 + 4 + 8 + 16, doc.distinctKeyCount());
		List<String> distinct = new ArrayList<>();
		for (int k = 0; k < doc.distinctKeyCount(); k++) {
			distinct.add(doc.distinctKey(k));
		}
		assertEquals(new ArrayList<>(expected), distinct);
		for (int t = 0; t < n; t++) {
			assertEquals(keys[t], doc.foldedKey(t));
			assertTrue(doc.keyIndex(t) < doc.distinctKeyCount());
		}
		// Each distinct key is handed over packed, with its String hash, and its id lands at its index.
		List<String> handed = new ArrayList<>();
		int[] ids = new int[doc.distinctKeyCount()];
		doc.lookUpDistinctKeys((chars, from, to, hash) -> {
			String key = new String(chars, from, to - from);
			assertEquals(key.hashCode(), hash, key);
			handed.add(key);
			return 7 * handed.size();
		}, ids);
		assertEquals(distinct, handed);
		for (int k = 0; k < ids.length; k++) {
			assertEquals(7 * (k + 1), ids[k]);
		}
	}

	@Test
	void aMissingKeyIsNamed() {
		NullPointerException e = assertThrows(NullPointerException.class,
				() -> new EngineDocument("d", "a b", new int[] { 0, 2 }, new int[] { 1, 3 }, new String[] { "a", null },
						new TokenKind[] { TokenKind.WORD, TokenKind.WORD }, new int[2],
						new ZoneKind[] { ZoneKind.BODY, ZoneKind.BODY }));
		assertEquals("folded key of token 1", e.getMessage());
	}
}
