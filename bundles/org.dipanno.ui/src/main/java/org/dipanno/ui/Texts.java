package org.dipanno.ui;

/** Words the workbench shows with counts. */
public final class Texts {

	private Texts() {
	}

	/** "1 event", "2 events": the count with the noun in the right number (nouns that take -s). */
	public static String count(long count, String noun) {
		return count + " " + noun + (count == 1 ? "" : "s");
	}
}
