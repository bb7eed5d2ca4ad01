package org.dipanno.rules.ui;

import java.util.Map;

import org.antlr.runtime.ANTLRStringStream;
import org.antlr.runtime.CommonToken;
import org.antlr.runtime.Token;
import org.dipanno.rules.parser.antlr.internal.InternalRulesLexer;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.TextAttribute;
import org.eclipse.jface.text.rules.IToken;
import org.eclipse.jface.text.rules.ITokenScanner;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.xtext.parser.antlr.ITokenDefProvider;

/**
 * Highlighting with the language's own lexer (the one the parser uses): keywords, strings, comments, numbers and
 * regular expressions, and for names the semantic style the last analysis gave them. Runs on the UI thread over the
 * damaged region only.
 */
final class RuleTokenScanner implements ITokenScanner {

	static final IToken KEYWORD = token(new Color(127, 0, 85), SWT.BOLD);
	static final IToken STRING = token(new Color(42, 0, 255), SWT.NORMAL);
	static final IToken COMMENT = token(new Color(63, 127, 95), SWT.ITALIC);
	static final IToken NUMBER = token(new Color(125, 125, 125), SWT.NORMAL);
	static final IToken REGEX = token(new Color(160, 80, 0), SWT.NORMAL);
	static final IToken DEFAULT = new org.eclipse.jface.text.rules.Token(null);

	private final Map<Integer, String> tokenNames;
	private final SemanticHighlighter semantic;
	private InternalRulesLexer lexer;
	private int rangeOffset;
	private int tokenOffset;
	private int tokenLength;

	RuleTokenScanner(SemanticHighlighter semantic) {
		this.semantic = semantic;
		tokenNames = RuleLanguage.injector().getInstance(ITokenDefProvider.class).getTokenDefMap();
	}

	private static IToken token(Color color, int style) {
		return new org.eclipse.jface.text.rules.Token(new TextAttribute(color, null, style));
	}

	@Override
	public void setRange(IDocument document, int offset, int length) {
		try {
			lexer = new InternalRulesLexer(new ANTLRStringStream(document.get(offset, length)));
		} catch (BadLocationException e) {
			lexer = new InternalRulesLexer(new ANTLRStringStream(""));
		}
		rangeOffset = offset;
	}

	@Override
	public IToken nextToken() {
		Token next = lexer.nextToken();
		if (next == null || next.getType() == Token.EOF) {
			return org.eclipse.jface.text.rules.Token.EOF;
		}
		CommonToken token = (CommonToken) next;
		tokenOffset = rangeOffset + token.getStartIndex();
		tokenLength = token.getStopIndex() - token.getStartIndex() + 1;
		IToken lexical = style(tokenNames.get(token.getType()));
		if (lexical == DEFAULT || lexical == REGEX || lexical == KEYWORD) {
			IToken styled = semantic == null ? null : semantic.styleAt(tokenOffset);
			if (styled != null) {
				return styled;
			}
		}
		return lexical;
	}

	static IToken style(String name) {
		if (name == null) {
			return DEFAULT;
		}
		if (name.startsWith("'") && Character.isLetter(name.charAt(1))) {
			return KEYWORD;
		}
		return switch (name) {
		case "RULE_STRING" -> STRING;
		case "RULE_SL_COMMENT", "RULE_ML_COMMENT" -> COMMENT;
		case "RULE_INT" -> NUMBER;
		case "RULE_REGEX" -> REGEX;
		default -> DEFAULT;
		};
	}

	@Override
	public int getTokenOffset() {
		return tokenOffset;
	}

	@Override
	public int getTokenLength() {
		return tokenLength;
	}
}
