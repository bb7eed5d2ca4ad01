package org.dipanno.rules.parsing;

import org.antlr.runtime.RecognitionException;
import org.eclipse.xtext.nodemodel.SyntaxErrorMessage;
import org.eclipse.xtext.parser.antlr.SyntaxErrorMessageProvider;

/** Syntax errors of rule files; the too-deep nesting that {@link NestingLimitedParser} marks is said in words. */
public class RulesSyntaxErrorMessages extends SyntaxErrorMessageProvider {

	public static final String NESTING_TOO_DEEP = "org.dipanno.rules.NestingTooDeep";

	@Override
	public SyntaxErrorMessage getSyntaxErrorMessage(IParserErrorContext context) {
		RecognitionException exception = context.getRecognitionException();
		if (exception != null && exception.token != null && exception.token.getText() != null
				&& exception.token.getText().indexOf(NestingLimitedParser.TOO_DEEP) >= 0
				|| context.getDefaultMessage() != null
						&& context.getDefaultMessage().indexOf(NestingLimitedParser.TOO_DEEP) >= 0) {
			return new SyntaxErrorMessage("Groups are nested more than " + NestingLimitedParser.MAX_NESTING
					+ " deep from here on; no pattern needs that many: flatten it", NESTING_TOO_DEEP);
		}
		return super.getSyntaxErrorMessage(context);
	}
}
