package org.dipanno.ui;

/**
 * Ids of the annotation commands and their parameters (declared in plugin.xml): used by the handlers, the editor
 * (keys and menus run commands) and the UI tests.
 */
public final class CommandIds {

	public static final String LABEL = "org.dipanno.ui.commands.label";
	public static final String CREATE_EVENT = "org.dipanno.ui.commands.createEvent";
	public static final String ADD_ARGUMENT = "org.dipanno.ui.commands.addArgument";
	public static final String CHANGE_ARGUMENT_ROLE = "org.dipanno.ui.commands.changeArgumentRole";
	public static final String REMOVE_ARGUMENT = "org.dipanno.ui.commands.removeArgument";
	public static final String NEXT_PROPOSAL = "org.dipanno.ui.commands.nextProposal";
	public static final String NEXT_UNANNOTATED = "org.dipanno.ui.commands.nextUnannotatedSentence";
	public static final String PARAM_BACKWARD = "backward";
	public static final String DELETE = "org.dipanno.ui.commands.deleteMention";
	public static final String ACCEPT = "org.dipanno.ui.commands.acceptProposal";
	public static final String REJECT = "org.dipanno.ui.commands.rejectProposal";
	public static final String DECIDE_ALL = "org.dipanno.ui.commands.decideProposals";
	public static final String RESIZE = "org.dipanno.ui.commands.resizeMention";
	public static final String SHOW_SET = "org.dipanno.ui.commands.showSet";
	public static final String APPLY_RULES = "org.dipanno.ui.commands.applyRules";
	public static final String PREVIEW_RULES = "org.dipanno.ui.commands.previewRuleProposals";
	public static final String APPLY_PREVIEWED = "org.dipanno.ui.commands.applyPreviewedProposals";
	public static final String DISMISS_PREVIEW = "org.dipanno.ui.commands.dismissPreview";
	public static final String MARK_DONE = "org.dipanno.ui.commands.markDone";
	public static final String APPLY_RULES_TO_CORPUS = "org.dipanno.ui.commands.applyRulesToCorpus";
	public static final String EXPORT_DATASET = "org.dipanno.ui.commands.exportDataset";
	public static final String OPEN_CORPUS = "org.dipanno.ui.commands.openCorpus";
	public static final String IMPORT_ANNOTATIONS = "org.dipanno.ui.commands.importAnnotations";
	public static final String PROPOSE_FROM_ANNOTATIONS = "org.dipanno.ui.commands.proposeFromAnnotations";

	public static final String PARAM_TYPE = "type";
	public static final String PARAM_EVENT_TYPE = "eventType";
	public static final String PARAM_SNAP = "snap";
	public static final String PARAM_EVENT = "event";
	public static final String PARAM_ROLE = "role";
	public static final String PARAM_MENTION = "mention";
	public static final String PARAM_DECISION = "decision";
	public static final String PARAM_RULE = "rule";
	public static final String PARAM_EDGE = "edge";
	public static final String PARAM_DIRECTION = "direction";
	public static final String PARAM_SET = "set";

	private CommandIds() {
	}
}
