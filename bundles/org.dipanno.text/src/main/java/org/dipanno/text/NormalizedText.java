package org.dipanno.text;

import java.util.Objects;

/**
 * An imported text in its stored form (see {@link TextNormalizer}) with the map
 * from its offsets to the characters of the decoded original file.
 *
 * @param text    the stored text: NFC, LF line ends, no BOM, no zero-width characters
 * @param offsets maps offsets of {@code text} to and from the decoded original
 */
public record NormalizedText(String text, OffsetMap offsets) {

	public NormalizedText {
		Objects.requireNonNull(text, "text");
		Objects.requireNonNull(offsets, "offsets");
		if (offsets.storedLength() != text.length()) {
			throw new IllegalArgumentException(
					"Offset map covers " + offsets.storedLength() + " chars but the text has " + text.length());
		}
	}
}
