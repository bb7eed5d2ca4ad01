package org.dipanno.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The options and operands of one subcommand: {@code --name value}, {@code --name=value}, flags ({@code --name}),
 * and the rest as operands. Options a command does not declare are refused, so a typo never passes silently.
 */
public final class Arguments {

	private final Map<String, String> options = new LinkedHashMap<>();
	private final List<String> operands = new ArrayList<>();

	private Arguments() {
	}

	/**
	 * Parses arguments against the declared options: those in {@code valued} take a value, those in {@code flags}
	 * take none.
	 */
	public static Arguments parse(List<String> arguments, Set<String> valued, Set<String> flags) throws UsageException {
		Arguments parsed = new Arguments();
		for (int i = 0; i < arguments.size(); i++) {
			String argument = arguments.get(i);
			if (argument.equals("--")) {
				parsed.operands.addAll(arguments.subList(i + 1, arguments.size()));
				break;
			}
			if (!argument.startsWith("--")) {
				parsed.operands.add(argument);
				continue;
			}
			String name = argument.substring(2);
			String value = null;
			int equals = name.indexOf('=');
			if (equals >= 0) {
				value = name.substring(equals + 1);
				name = name.substring(0, equals);
			}
			if (flags.contains(name)) {
				if (value != null) {
					throw new UsageException("--" + name + " takes no value");
				}
				parsed.options.put(name, "true");
			} else if (valued.contains(name)) {
				if (value == null) {
					if (i + 1 >= arguments.size()) {
						throw new UsageException("--" + name + " needs a value");
					}
					value = arguments.get(++i);
				}
				parsed.options.put(name, value);
			} else {
				throw new UsageException("unknown option --" + name);
			}
		}
		return parsed;
	}

	public String value(String name, String fallback) {
		return options.getOrDefault(name, fallback);
	}

	public boolean flag(String name) {
		return options.containsKey(name);
	}

	public List<String> operands() {
		return operands;
	}

	public long longValue(String name, long fallback) throws UsageException {
		String value = options.get(name);
		if (value == null) {
			return fallback;
		}
		try {
			return Long.parseLong(value);
		} catch (NumberFormatException e) {
			throw new UsageException("--" + name + " takes a whole number, not \"" + value + "\"");
		}
	}
}
