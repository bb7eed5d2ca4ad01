package org.dipanno.export.split;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class DatasetSplitterTest {

	private static final List<String> IDS = IntStream.range(0, 100).mapToObj(i -> String.format("doc-%03d", i)).toList();

	@Test
	void sameSeedGivesTheSameSplitWhateverTheInputOrder() {
		Map<DatasetSplit, List<String>> first = new DatasetSplitter(42, SplitRatios.DEFAULT).split(IDS);
		List<String> shuffled = new ArrayList<>(IDS);
		Collections.shuffle(shuffled, new java.util.Random(3));
		Map<DatasetSplit, List<String>> second = new DatasetSplitter(42, SplitRatios.DEFAULT).split(shuffled);
		for (DatasetSplit split : DatasetSplit.values()) {
			assertEquals(new HashSet<>(first.get(split)), new HashSet<>(second.get(split)), split.name());
		}
		assertEquals(80, first.get(DatasetSplit.TRAIN).size());
		assertEquals(10, first.get(DatasetSplit.DEV).size());
		assertEquals(10, first.get(DatasetSplit.TEST).size());
	}

	@Test
	void splitIsPinnedAcrossRunsAndMachines() {
		// Keys are the first 8 bytes of SHA-256("<seed>:<id>"); `printf 42:a | sha256sum` starts 971344798d4f4ac7.
		DatasetSplitter seed42 = new DatasetSplitter(42, new SplitRatios(60, 20, 20));
		assertEquals(0x971344798d4f4ac7L, seed42.key("a"));
		// Seed 1 keys: a=4162.., d=244b.., e=69a1.., b=6f05.., c=b8a9.. -> order d, a, e, b, c; sizes 3/1/1.
		assertEquals(Map.of(DatasetSplit.TRAIN, List.of("a", "d", "e"), DatasetSplit.DEV, List.of("b"),
				DatasetSplit.TEST, List.of("c")),
				new DatasetSplitter(1, new SplitRatios(60, 20, 20)).split(List.of("a", "b", "c", "d", "e")));
		assertEquals(Map.of(DatasetSplit.TRAIN, List.of("a", "b", "c"), DatasetSplit.DEV, List.of("d"),
				DatasetSplit.TEST, List.of("e")), seed42.split(List.of("a", "b", "c", "d", "e")));
	}

	@Test
	void anotherSeedGivesAnotherSplit() {
		Map<DatasetSplit, List<String>> seed42 = new DatasetSplitter(42, SplitRatios.DEFAULT).split(IDS);
		Map<DatasetSplit, List<String>> seed43 = new DatasetSplitter(43, SplitRatios.DEFAULT).split(IDS);
		assertNotEquals(seed42.get(DatasetSplit.TEST), seed43.get(DatasetSplit.TEST));
		assertEquals(10, seed43.get(DatasetSplit.TEST).size());
	}

	@Test
	void everyDocumentIsInExactlyOneSplitInCorpusOrder() {
		Map<DatasetSplit, List<String>> split = new DatasetSplitter(7, new SplitRatios(70, 15, 15)).split(IDS);
		Set<String> all = new HashSet<>();
		int total = 0;
		for (List<String> ids : split.values()) {
			all.addAll(ids);
			total += ids.size();
			assertEquals(ids.stream().sorted().toList(), ids, "ids keep corpus order");
		}
		assertEquals(100, total);
		assertEquals(new HashSet<>(IDS), all);
	}

	@Test
	void sizesUseLargestRemainders() {
		// 5 documents at 80/10/10: exact 4.0/0.5/0.5, floors 4/0/0, the one left goes to the first largest remainder (dev).
		assertArrayEquals(new int[] { 4, 1, 0 }, new DatasetSplitter(1, SplitRatios.DEFAULT).sizes(5));
		// 7 at 60/20/20: exact 4.2/1.4/1.4 -> 4/1/1, one left to dev (0.4 ties, dev first).
		assertArrayEquals(new int[] { 4, 2, 1 }, new DatasetSplitter(1, new SplitRatios(60, 20, 20)).sizes(7));
		assertArrayEquals(new int[] { 0, 0, 0 }, new DatasetSplitter(1, SplitRatios.DEFAULT).sizes(0));
	}

	@Test
	void duplicateIdsAndBadRatiosAreRejected() {
		assertThrows(IllegalArgumentException.class, () -> new DatasetSplitter(1, SplitRatios.DEFAULT).split(List.of("a", "a")));
		assertThrows(IllegalArgumentException.class, () -> new SplitRatios(0, 0, 0));
		assertThrows(IllegalArgumentException.class, () -> new SplitRatios(-1, 5, 5));
	}
}
