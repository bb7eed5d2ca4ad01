package org.dipanno.rules.ui;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.dipanno.engine.EngineOptions;
import org.dipanno.engine.RuleCompilationException;
import org.dipanno.engine.lexicon.VietnameseKeys;
import org.dipanno.engine.rules.RuleFileCompiler;
import org.dipanno.rules.model.RuleFile;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.XtextResource;

/**
 * The stage of each rule of a file (with its imports) as the engine orders them, or why the file cannot be ordered
 * (errors, a cycle of rules that mark each other's types).
 */
record RuleStages(Map<String, Integer> byRule, int count, String problem) {

	static RuleStages of(XtextResource resource) {
		if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof RuleFile file)) {
			return failed("the file is empty");
		}
		if (hasErrors(resource)) {
			return failed("the file has syntax or link errors");
		}
		try {
			List<List<String>> stages = RuleFileCompiler.compile(file, VietnameseKeys.INSTANCE, EngineOptions.defaults())
					.engine().stages();
			Map<String, Integer> byRule = new HashMap<>();
			for (int stage = 0; stage < stages.size(); stage++) {
				for (String rule : stages.get(stage)) {
					byRule.putIfAbsent(rule, stage);
				}
			}
			return new RuleStages(byRule, stages.size(), null);
		} catch (RuleCompilationException e) {
			return failed(e.getMessage());
		} catch (RuntimeException e) {
			// a check the validator reports (an unknown capture, a bad value) that the compiler meets first
			return failed("the rules cannot be compiled yet: " + e);
		}
	}

	private static boolean hasErrors(Resource resource) {
		return !resource.getErrors().isEmpty() || resource.getResourceSet().getResources().stream()
				.anyMatch(each -> !each.getErrors().isEmpty());
	}

	private static RuleStages failed(String problem) {
		return new RuleStages(Map.of(), 0, problem);
	}
}
