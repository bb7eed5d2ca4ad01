package org.dipanno.rules.tests.ide;

import static org.dipanno.rules.tests.TextPositions.offsetOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.dipanno.rules.ide.highlighting.RulesHighlightingStyles;
import org.dipanno.rules.ide.hover.RulesHoverText;
import org.dipanno.rules.ide.symbols.RuleFileSymbol;
import org.dipanno.rules.ide.symbols.RuleFileSymbol.Kind;
import org.dipanno.rules.ide.symbols.RuleFileSymbols;
import org.dipanno.rules.model.RuleFile;
import org.eclipse.xtext.ide.editor.syntaxcoloring.ISemanticHighlightingCalculator;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.eclipse.xtext.util.CancelIndicator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/** Semantic highlighting, document symbols and hover of the ide bundle. */
@ExtendWith(InjectionExtension.class)
@InjectWith(RulesIdeInjectorProvider.class)
class RulesIdeServicesTest {

	private static final String TEXT = """
			entity PERSON { description "Một người: quan chức, nhà ngoại giao." color "#E6194B" key "p" }
			event MEET { cameo "040" description "Hội đàm." roles { participant: PERSON } }
			lexicon Title { "Bộ trưởng", "Ngoại trưởng" }
			rule TitledPerson:
				preceded by (^ Title)
				name:(Capitalized{2,4}) t:/hội|gặp/
				-> PERSON(name), event MEET(trigger=t, participant=name)
			example Meet "Bộ trưởng Vương Văn Đào hội đàm" yields PERSON "Vương Văn Đào"
			dataset ner { format conll to "datasets/ner" }
			""";

	record Highlight(int offset, int length, String style) {
	}

	@Inject
	private ParseHelper<RuleFile> parseHelper;
	@Inject
	private ISemanticHighlightingCalculator highlighting;
	@Inject
	private RuleFileSymbols symbols;
	@Inject
	private RulesHoverText hover;

	private XtextResource resource() throws Exception {
		return (XtextResource) parseHelper.parse(TEXT).eResource();
	}

	@Test
	void highlightingColoursNamesByWhatTheyDenote() throws Exception {
		List<Highlight> highlights = new ArrayList<>();
		highlighting.provideHighlightingFor(resource(),
				(offset, length, styles) -> highlights.add(new Highlight(offset, length, String.join(",", styles))),
				CancelIndicator.NullImpl);
		List<Highlight> expected = List.of(
				new Highlight(offsetOf(TEXT, "PERSON {"), 6, RulesHighlightingStyles.ENTITY_TYPE),
				new Highlight(offsetOf(TEXT, "MEET {"), 4, RulesHighlightingStyles.EVENT_TYPE),
				new Highlight(offsetOf(TEXT, "participant:"), 11, RulesHighlightingStyles.ROLE),
				new Highlight(offsetOf(TEXT, "Title {"), 5, RulesHighlightingStyles.LEXICON),
				new Highlight(offsetOf(TEXT, "TitledPerson"), 12, RulesHighlightingStyles.RULE),
				new Highlight(offsetOf(TEXT, "^ Title"), 1, RulesHighlightingStyles.ANCHOR),
				new Highlight(offsetOf(TEXT, "^ Title", "Title"), 5, RulesHighlightingStyles.LEXICON),
				new Highlight(offsetOf(TEXT, "name:("), 4, RulesHighlightingStyles.CAPTURE),
				new Highlight(offsetOf(TEXT, "Capitalized"), 11, RulesHighlightingStyles.TOKEN_CLASS),
				new Highlight(offsetOf(TEXT, "/hội|gặp/"), 9, RulesHighlightingStyles.REGEX),
				new Highlight(offsetOf(TEXT, "PERSON(name)"), 6, RulesHighlightingStyles.ENTITY_TYPE),
				new Highlight(offsetOf(TEXT, "PERSON(name)", "name"), 4, RulesHighlightingStyles.CAPTURE),
				new Highlight(offsetOf(TEXT, "MEET(trigger"), 4, RulesHighlightingStyles.EVENT_TYPE),
				new Highlight(offsetOf(TEXT, "participant=name"), 11, RulesHighlightingStyles.ROLE),
				new Highlight(offsetOf(TEXT, "PERSON \"Vương"), 6, RulesHighlightingStyles.ENTITY_TYPE));
		for (Highlight highlight : expected) {
			assertTrue(highlights.contains(highlight), () -> highlight + " missing from " + highlights);
		}
	}

	@Test
	void documentSymbolsOutlineEveryDeclarationWithNameRanges() throws Exception {
		List<RuleFileSymbol> outline = symbols.of(resource());
		assertEquals(List.of("PERSON", "MEET", "Title", "TitledPerson", "Meet", "ner"),
				outline.stream().map(RuleFileSymbol::name).toList());
		assertEquals(List.of(Kind.ENTITY_TYPE, Kind.EVENT_TYPE, Kind.LEXICON, Kind.RULE, Kind.EXAMPLE, Kind.DATASET),
				outline.stream().map(RuleFileSymbol::kind).toList());
		RuleFileSymbol meet = outline.get(1);
		assertEquals(List.of("participant"), meet.children().stream().map(RuleFileSymbol::name).toList());
		assertEquals(Kind.ROLE, meet.children().get(0).kind());
		RuleFileSymbol rule = outline.get(3);
		assertEquals(offsetOf(TEXT, "rule TitledPerson"), rule.offset());
		assertEquals(offsetOf(TEXT, "TitledPerson"), rule.nameOffset());
		assertEquals(12, rule.nameLength());
		assertEquals(List.of("name", "t"), rule.children().stream().map(RuleFileSymbol::name).toList());
	}

	@Test
	void hoverOnATypeShowsItsSchemaDescription() throws Exception {
		XtextResource resource = resource();
		assertEquals(Optional.of("entity PERSON\nMột người: quan chức, nhà ngoại giao.\ncolour #E6194B\nkey p"),
				hover.at(resource, offsetOf(TEXT, "PERSON(name)") + 2));
		assertEquals(Optional.of("event MEET (CAMEO 040)\nHội đàm.\nroles: participant: PERSON"),
				hover.at(resource, offsetOf(TEXT, "MEET(trigger") + 1));
		assertEquals(Optional.of("role participant: PERSON of MEET"),
				hover.at(resource, offsetOf(TEXT, "participant=name") + 3));
		assertEquals(Optional.of("lexicon Title (2 entries, case- and tone-placement-insensitive)"),
				hover.at(resource, offsetOf(TEXT, "^ Title", "Title")));
		assertEquals(Optional.of("capture name of rule TitledPerson"),
				hover.at(resource, offsetOf(TEXT, "PERSON(name)", "name")));
		assertEquals(Optional.empty(), hover.at(resource, offsetOf(TEXT, "\"datasets/ner\"") + 3));
	}
}
