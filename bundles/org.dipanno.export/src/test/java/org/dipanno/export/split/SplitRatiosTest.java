package org.dipanno.export.split;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** {@link SplitRatios#parse}: the {@code --split} value of the command line and the Spark job. */
class SplitRatiosTest {

	@Test
	void readsThreeWeights() {
		assertEquals(new SplitRatios(70, 20, 10), SplitRatios.parse(" 70 / 20 /10"));
	}

	@Test
	void saysWhatIsWrongInTheUsersTerms() {
		for (String bad : new String[] { "80/20", "a/b/c", "0/0/0", "-1/50/51" }) {
			IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> SplitRatios.parse(bad));
			assertTrue(error.getMessage().startsWith("--split takes train/dev/test percentages such as 80/10/10, not \""
					+ bad + "\" ("), error.getMessage());
		}
	}
}
