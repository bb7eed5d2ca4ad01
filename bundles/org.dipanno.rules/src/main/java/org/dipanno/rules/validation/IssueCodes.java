package org.dipanno.rules.validation;

/**
 * Issue codes of every diagnostic the rule language reports. Each code is the
 * string {@code "org.dipanno.rules." + the constant's lower-case name}.
 */
public final class IssueCodes {

	private static final String PREFIX = "org.dipanno.rules.";

	// Unresolved references (reported by linking).
	public static final String UNRESOLVED_ENTITY_TYPE = PREFIX + "unresolved_entity_type";
	public static final String UNRESOLVED_EVENT_TYPE = PREFIX + "unresolved_event_type";
	public static final String UNRESOLVED_LEXICON = PREFIX + "unresolved_lexicon";
	public static final String UNRESOLVED_PATTERN_REFERENCE = PREFIX + "unresolved_pattern_reference";
	public static final String UNRESOLVED_CAPTURE = PREFIX + "unresolved_capture";
	public static final String UNDECLARED_ROLE = PREFIX + "undeclared_role";
	public static final String UNRESOLVED_IMPORT = PREFIX + "unresolved_import";

	// Names.
	public static final String DUPLICATE_NAME = PREFIX + "duplicate_name";
	public static final String DUPLICATE_CAPTURE = PREFIX + "duplicate_capture";
	public static final String DUPLICATE_ROLE = PREFIX + "duplicate_role";
	public static final String DUPLICATE_LEXICON_ENTRY = PREFIX + "duplicate_lexicon_entry";
	public static final String DUPLICATE_ARGUMENT = PREFIX + "duplicate_argument";
	public static final String CYCLIC_TYPE_HIERARCHY = PREFIX + "cyclic_type_hierarchy";

	// Schema.
	public static final String INVALID_COLOR = PREFIX + "invalid_color";
	public static final String INVALID_CAMEO_CODE = PREFIX + "invalid_cameo_code";
	public static final String DUPLICATE_KEY = PREFIX + "duplicate_key";

	// Patterns.
	public static final String INVALID_REGEX = PREFIX + "invalid_regex";
	public static final String PATTERN_MATCHES_EMPTY = PREFIX + "pattern_matches_empty";
	public static final String UNBOUNDED_REPETITION = PREFIX + "unbounded_repetition";
	public static final String INVALID_REPETITION_BOUNDS = PREFIX + "invalid_repetition_bounds";
	public static final String EMPTY_LITERAL = PREFIX + "empty_literal";
	public static final String INVALID_CONFIDENCE = PREFIX + "invalid_confidence";

	// Actions.
	public static final String ROLE_TYPE_MISMATCH = PREFIX + "role_type_mismatch";
	public static final String VALUE_LEXICON_NOT_MATCHED = PREFIX + "value_lexicon_not_matched";
	public static final String UNUSED_CAPTURE = PREFIX + "unused_capture";
	public static final String RULE_SHADOWED = PREFIX + "rule_shadowed";

	// Lexicons.
	public static final String UNUSED_LEXICON = PREFIX + "unused_lexicon";
	public static final String LEXICON_FILE_MISSING = PREFIX + "lexicon_file_missing";
	public static final String LEXICON_FILE_INVALID = PREFIX + "lexicon_file_invalid";
	public static final String EMPTY_LEXICON = PREFIX + "empty_lexicon";

	// Negated contexts.
	public static final String CAPTURE_IN_NEGATED_CONTEXT = PREFIX + "capture_in_negated_context";
	public static final String NEGATED_CONTEXT_MATCHES_EMPTY = PREFIX + "negated_context_matches_empty";

	// Datasets.
	public static final String SPLIT_NOT_100 = PREFIX + "split_not_100";
	public static final String OUTPUT_OUTSIDE_PROJECT = PREFIX + "output_outside_project";
	public static final String DATASET_INCOMPLETE = PREFIX + "dataset_incomplete";

	// Examples.
	public static final String EXAMPLE_FAILED = PREFIX + "example_failed";
	public static final String EXAMPLE_NOT_RUN = PREFIX + "example_not_run";
	public static final String EXAMPLE_EVALUATION_ERROR = PREFIX + "example_evaluation_error";

	// A check failed on a broken model: reported, never thrown.
	public static final String INTERNAL_VALIDATION_ERROR = PREFIX + "internal_validation_error";

	private IssueCodes() {
	}
}
