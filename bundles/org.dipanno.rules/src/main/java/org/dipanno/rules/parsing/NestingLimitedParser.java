package org.dipanno.rules.parsing;

import org.antlr.runtime.ANTLRStringStream;
import org.antlr.runtime.CharStream;
import org.dipanno.rules.parser.antlr.RulesParser;
import org.eclipse.xtext.nodemodel.impl.NodeModelBuilder;
import org.eclipse.xtext.parser.IParseResult;

/**
 * The rule-file parser with a limit on nested groups. The generated parser descends once per '(' and a few thousand
 * nested groups overflow the stack; before parsing, each group deeper than {@value #MAX_NESTING} is taken out of the
 * text (its parentheses become spaces, so offsets and lines stay) and the first '(' of each too-deep region becomes
 * {@link #TOO_DEEP}, a character no token accepts: the parser reports a syntax error there, which
 * {@link RulesSyntaxErrorMessages} words for the rule author.
 */
public class NestingLimitedParser extends RulesParser {

	/** Deeper than any sensible pattern (the bundled rules nest at most 3 deep). */
	public static final int MAX_NESTING = 50;

	/** Stands in for the first too-deep '(' (a Unicode non-character, never in a rule file). */
	static final char TOO_DEEP = '\uFFFE';

	@Override
	protected IParseResult doParse(String ruleName, CharStream in, NodeModelBuilder nodeModelBuilder,
			int initialLookAhead) {
		String text = in.substring(0, in.size() - 1);
		String limited = limitNesting(text, MAX_NESTING);
		return super.doParse(ruleName, limited == text ? in : new ANTLRStringStream(limited), nodeModelBuilder,
				initialLookAhead);
	}

	/** The text with groups deeper than max taken out as described above; the same instance when none is. */
	static String limitNesting(String text, int max) {
		char[] chars = null;
		int depth = 0;
		int length = text.length();
		for (int i = 0; i < length; i++) {
			char c = text.charAt(i);
			char next = i + 1 < length ? text.charAt(i + 1) : 0;
			if (c == '"' || c == '\'') {
				i = endOfString(text, i, c);
			} else if (c == '/' && next == '/') {
				i = endOfLine(text, i);
			} else if (c == '/' && next == '*') {
				int end = text.indexOf("*/", i + 2);
				i = end < 0 ? length : end + 1;
			} else if (c == '/') {
				i = endOfRegex(text, i);
			} else if (c == '(') {
				depth++;
				if (depth > max) {
					chars = chars == null ? text.toCharArray() : chars;
					chars[i] = depth == max + 1 ? TOO_DEEP : ' ';
				}
			} else if (c == ')' && depth > 0) {
				if (depth > max) {
					chars = chars == null ? text.toCharArray() : chars;
					chars[i] = ' ';
				}
				depth--;
			}
		}
		return chars == null ? text : new String(chars);
	}

	private static int endOfString(String text, int start, char quote) {
		for (int i = start + 1; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '\\') {
				i++;
			} else if (c == quote) {
				return i;
			}
		}
		return text.length();
	}

	private static int endOfLine(String text, int start) {
		int end = text.indexOf('\n', start);
		return end < 0 ? text.length() : end;
	}

	private static int endOfRegex(String text, int start) {
		for (int i = start + 1; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '\\') {
				i++;
			} else if (c == '/' || c == '\n' || c == '\r') {
				return i;
			}
		}
		return text.length();
	}
}
