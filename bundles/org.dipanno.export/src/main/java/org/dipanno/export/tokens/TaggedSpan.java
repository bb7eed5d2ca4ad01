package org.dipanno.export.tokens;

/** A labelled run of tokens decoded from a tag sequence: tokens first..last inclusive. */
public record TaggedSpan(int firstToken, int lastToken, String type) {
}
