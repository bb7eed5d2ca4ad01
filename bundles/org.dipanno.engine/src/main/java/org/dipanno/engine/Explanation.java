package org.dipanno.engine;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Why a document got its proposals: which rule made each accepted proposal, which proposals lost a conflict,
 * to whom, and on which criterion.
 */
public final class Explanation {

	private final DocumentResult result;
	private final Map<Proposal, List<Conflict>> defeated = new IdentityHashMap<>();
	private final Map<Proposal, Conflict> lost = new IdentityHashMap<>();

	Explanation(DocumentResult result) {
		this.result = result;
		for (Conflict conflict : result.conflicts()) {
			defeated.computeIfAbsent(conflict.winner(), p -> new ArrayList<>()).add(conflict);
			lost.put(conflict.loser(), conflict);
		}
	}

	/** The rule that made a proposal. */
	public Provenance ruleOf(Proposal proposal) {
		return proposal.rule();
	}

	/** The conflicts a proposal won, in resolution order. */
	public List<Conflict> defeatedBy(Proposal winner) {
		return List.copyOf(defeated.getOrDefault(winner, List.of()));
	}

	/** The conflict a proposal lost, if it lost one. */
	public Optional<Conflict> lossOf(Proposal loser) {
		return Optional.ofNullable(lost.get(loser));
	}

	/** Every proposal that matched but lost, in resolution order. */
	public List<Proposal> rejected() {
		return result.conflicts().stream().map(Conflict::loser).toList();
	}

	/** One line per accepted proposal, each followed by the proposals it beat and why. */
	public String render() {
		StringBuilder out = new StringBuilder();
		out.append("Document ").append(result.documentId()).append('\n');
		List<Proposal> accepted = new ArrayList<>(result.entities());
		accepted.addAll(result.events());
		for (Proposal p : accepted) {
			out.append("  ").append(p.describe(result.text())).append(", priority ").append(p.priority()).append('\n');
			for (Conflict c : defeatedBy(p)) {
				out.append("    beat ").append(c.loser().describe(result.text())).append(": ").append(c.explanation())
						.append('\n');
			}
		}
		for (RunProblem problem : result.problems()) {
			out.append("  stopped: ").append(problem.message()).append('\n');
		}
		return out.toString();
	}
}
