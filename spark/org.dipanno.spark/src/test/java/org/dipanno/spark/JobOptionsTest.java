package org.dipanno.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.dipanno.export.DatasetFormat;
import org.dipanno.export.split.DatasetSplit;
import org.dipanno.export.split.SplitRatios;
import org.dipanno.export.tokens.TagScheme;
import org.dipanno.export.tokens.TokenForm;
import org.junit.jupiter.api.Test;

class JobOptionsTest {

	@Test
	void defaultsFollowTheCommandLinesExport() throws Exception {
		JobOptions options = JobOptions.parse(List.of("in/", "--out", "ds"));
		assertEquals(List.of("in/"), options.inputs());
		assertEquals("text", options.inputFormat());
		assertEquals("diplomatic-rules", options.rules());
		assertEquals(Set.of(DatasetFormat.CONLL, DatasetFormat.HUGGING_FACE, DatasetFormat.SPAN_JSONL, DatasetFormat.BRAT),
				options.formats());
		assertEquals(Set.of(DatasetFormat.BRAT, DatasetFormat.SPAN_JSONL),
				JobOptions.parse(List.of("in/", "--out", "ds", "--formats", "brat,spans")).formats());
		assertEquals(Set.of("BODY", "LEAD"), options.zones());
		assertEquals(SplitRatios.DEFAULT, options.ratios());
		assertEquals(42, options.seed());
		assertEquals(TagScheme.BIO, options.huggingFaceScheme());
	}

	@Test
	void badOptionsAreUsageErrorsThatSayWhatIsWrong() {
		assertTrue(message("in", "--out", "ds", "--split", "80/20").contains("--split takes"));
		assertTrue(message("in", "--out", "ds", "--formats", "conll,xml").contains("unknown format \"xml\""));
		assertTrue(message("in", "--out", "ds", "--input-format", "csv").contains("text or jsonl"));
		assertTrue(message("--out", "ds").contains("no INPUT"));
		assertTrue(message("in").contains("--out DIR is required"));
		assertTrue(message("in", "--out").contains("--out needs a value"));
		assertThrows(JobOptions.HelpRequested.class, () -> JobOptions.parse(List.of("--help")));
	}

	@Test
	void shardsAreNamedAfterTheExportersFilesWithTheShardNumberBeforeTheExtension() {
		assertEquals("conll/word/bioes/dev-00007.conll",
				new DatasetOutput(DatasetFormat.CONLL, TokenForm.WORD, TagScheme.BIOES).shardPath(DatasetSplit.DEV, 7));
		assertEquals("hf/syllable/train-00000.jsonl",
				new DatasetOutput(DatasetFormat.HUGGING_FACE, TokenForm.SYLLABLE, null).shardPath(DatasetSplit.TRAIN, 0));
		assertEquals("spans/test-12345.jsonl",
				new DatasetOutput(DatasetFormat.SPAN_JSONL, null, null).shardPath(DatasetSplit.TEST, 12345));
	}

	private static String message(String... arguments) {
		return assertThrows(JobOptions.UsageException.class, () -> JobOptions.parse(List.of(arguments))).getMessage();
	}
}
