package org.dipanno.rules.ide.highlighting;

import static org.dipanno.rules.model.ModelPackage.Literals.*;

import org.dipanno.rules.model.AnchorPattern;
import org.dipanno.rules.model.Argument;
import org.dipanno.rules.model.ArgumentExpectation;
import org.dipanno.rules.model.Capture;
import org.dipanno.rules.model.CaptureValue;
import org.dipanno.rules.model.EntityExpectation;
import org.dipanno.rules.model.EntityType;
import org.dipanno.rules.model.EventAction;
import org.dipanno.rules.model.EventExpectation;
import org.dipanno.rules.model.EventType;
import org.dipanno.rules.model.Lexicon;
import org.dipanno.rules.model.LexiconValue;
import org.dipanno.rules.model.MarkAction;
import org.dipanno.rules.model.ReferencePattern;
import org.dipanno.rules.model.RegexPattern;
import org.dipanno.rules.model.Role;
import org.dipanno.rules.model.Rule;
import org.dipanno.rules.model.TokenClassPattern;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.ide.editor.syntaxcoloring.DefaultSemanticHighlightingCalculator;
import org.eclipse.xtext.ide.editor.syntaxcoloring.IHighlightedPositionAcceptor;
import org.eclipse.xtext.util.CancelIndicator;

/**
 * Colours names by what they denote, where they are declared and where they
 * are used: entity and event types, roles, lexicons, captures; and token
 * classes, regular expressions and sentence anchors in patterns.
 */
public class RulesSemanticHighlightingCalculator extends DefaultSemanticHighlightingCalculator {

	@Override
	protected boolean highlightElement(EObject object, IHighlightedPositionAcceptor acceptor,
			CancelIndicator cancelIndicator) {
		if (object instanceof EntityType type) {
			highlightFeature(acceptor, type, ELEMENT__NAME, RulesHighlightingStyles.ENTITY_TYPE);
			highlightFeature(acceptor, type, ENTITY_TYPE__SUPER_TYPE, RulesHighlightingStyles.ENTITY_TYPE);
		} else if (object instanceof EventType type) {
			highlightFeature(acceptor, type, ELEMENT__NAME, RulesHighlightingStyles.EVENT_TYPE);
			highlightFeature(acceptor, type, EVENT_TYPE__SUPER_TYPE, RulesHighlightingStyles.EVENT_TYPE);
		} else if (object instanceof Role role) {
			highlightFeature(acceptor, role, ROLE__NAME, RulesHighlightingStyles.ROLE);
			highlightFeature(acceptor, role, ROLE__ACCEPTS, RulesHighlightingStyles.ENTITY_TYPE);
		} else if (object instanceof Lexicon lexicon) {
			highlightFeature(acceptor, lexicon, ELEMENT__NAME, RulesHighlightingStyles.LEXICON);
		} else if (object instanceof Rule rule) {
			highlightFeature(acceptor, rule, ELEMENT__NAME, RulesHighlightingStyles.RULE);
		} else if (object instanceof Capture capture) {
			highlightFeature(acceptor, capture, CAPTURE__NAME, RulesHighlightingStyles.CAPTURE);
		} else if (object instanceof ReferencePattern reference) {
			highlightFeature(acceptor, reference, REFERENCE_PATTERN__TARGET,
					reference.getTarget() instanceof Lexicon ? RulesHighlightingStyles.LEXICON
							: RulesHighlightingStyles.ENTITY_TYPE);
		} else if (object instanceof TokenClassPattern tokenClass) {
			highlightFeature(acceptor, tokenClass, TOKEN_CLASS_PATTERN__TOKEN_CLASS,
					RulesHighlightingStyles.TOKEN_CLASS);
		} else if (object instanceof RegexPattern regex) {
			highlightFeature(acceptor, regex, REGEX_PATTERN__REGEX, RulesHighlightingStyles.REGEX);
		} else if (object instanceof AnchorPattern anchor) {
			highlightFeature(acceptor, anchor, ANCHOR_PATTERN__BOUNDARY, RulesHighlightingStyles.ANCHOR);
		} else if (object instanceof MarkAction mark) {
			highlightFeature(acceptor, mark, MARK_ACTION__TYPE, RulesHighlightingStyles.ENTITY_TYPE);
			highlightFeature(acceptor, mark, MARK_ACTION__CAPTURE, RulesHighlightingStyles.CAPTURE);
		} else if (object instanceof LexiconValue value) {
			highlightFeature(acceptor, value, LEXICON_VALUE__LEXICON, RulesHighlightingStyles.LEXICON);
		} else if (object instanceof CaptureValue value) {
			highlightFeature(acceptor, value, CAPTURE_VALUE__CAPTURE, RulesHighlightingStyles.CAPTURE);
		} else if (object instanceof EventAction event) {
			highlightFeature(acceptor, event, EVENT_ACTION__TYPE, RulesHighlightingStyles.EVENT_TYPE);
			highlightFeature(acceptor, event, EVENT_ACTION__TRIGGER, RulesHighlightingStyles.CAPTURE);
		} else if (object instanceof Argument argument) {
			highlightFeature(acceptor, argument, ARGUMENT__ROLE, RulesHighlightingStyles.ROLE);
			highlightFeature(acceptor, argument, ARGUMENT__CAPTURE, RulesHighlightingStyles.CAPTURE);
			highlightFeature(acceptor, argument, ARGUMENT__NEAREST_TYPE, RulesHighlightingStyles.ENTITY_TYPE);
		} else if (object instanceof EntityExpectation expectation) {
			highlightFeature(acceptor, expectation, ENTITY_EXPECTATION__TYPE, RulesHighlightingStyles.ENTITY_TYPE);
		} else if (object instanceof EventExpectation expectation) {
			highlightFeature(acceptor, expectation, EVENT_EXPECTATION__TYPE, RulesHighlightingStyles.EVENT_TYPE);
		} else if (object instanceof ArgumentExpectation expectation) {
			highlightFeature(acceptor, expectation, ARGUMENT_EXPECTATION__ROLE, RulesHighlightingStyles.ROLE);
		}
		return false;
	}
}
