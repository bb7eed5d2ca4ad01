import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Fails when a hand-written main source file has more than {@value #MAX_FILE_LINES} lines or a method (or
 * constructor) more than {@value #MAX_METHOD_LINES}: a newcomer should be able to read a file and a method whole.
 * Generated code ({@code src-gen/}, {@code emf-gen/}, {@code xtend-gen/}, {@code target/}) and tests are not
 * checked. Run from the repository root: {@code java releng/scripts/SourceSizeCheck.java [FOLDER...]} (default
 * {@code bundles}); {@code .ci/run} runs it before the tests.
 */
public final class SourceSizeCheck {

	static final int MAX_FILE_LINES = 600;
	static final int MAX_METHOD_LINES = 100;

	private static final Set<String> SKIPPED_FOLDERS = Set.of("src-gen", "emf-gen", "xtend-gen", "target", "test",
			"tests");
	/** Words that open a block with parentheses that is not a method: statements and lambdas' callers. */
	private static final Set<String> NOT_METHODS = Set.of("if", "for", "while", "switch", "catch", "synchronized",
			"try", "return", "new", "else", "do", "case", "default", "throw", "yield");
	/** A type's header: a record's components look like a method's parameters. */
	private static final Pattern TYPE_DECLARATION = Pattern.compile("\\b(class|interface|enum|record)\\s+\\w+");
	/** A method or constructor header: a name, parameters, maybe {@code throws ...}, right before the '{'. */
	private static final Pattern HEADER = Pattern
			.compile("(\\w+)\\s*\\([^()]*(?:\\([^()]*\\)[^()]*)*\\)\\s*(?:throws\\s+[\\w.,\\s]+)?$");

	private SourceSizeCheck() {
	}

	public static void main(String[] args) throws IOException {
		List<Path> roots = new ArrayList<>();
		for (String arg : args) {
			roots.add(Path.of(arg));
		}
		if (roots.isEmpty()) {
			roots.add(Path.of("bundles"));
		}
		List<String> problems = new ArrayList<>();
		int files = 0;
		for (Path root : roots) {
			List<Path> sources;
			try (Stream<Path> walk = Files.walk(root)) {
				sources = walk.filter(p -> p.toString().endsWith(".java") && isMainSource(root.relativize(p)))
						.sorted().toList();
			}
			for (Path source : sources) {
				files++;
				problems.addAll(check(source, Files.readString(source, StandardCharsets.UTF_8)));
			}
		}
		problems.forEach(System.err::println);
		if (!problems.isEmpty()) {
			System.err.println(problems.size() + " size problem(s) in " + files + " files (limits: "
					+ MAX_FILE_LINES + " lines per file, " + MAX_METHOD_LINES + " per method)");
			System.exit(1);
		}
		System.out.println("Source sizes fine: " + files + " main source files, none over " + MAX_FILE_LINES
				+ " lines, no method over " + MAX_METHOD_LINES);
	}

	private static boolean isMainSource(Path relative) {
		for (Path part : relative) {
			String name = part.toString();
			if (SKIPPED_FOLDERS.contains(name) || name.endsWith(".tests") || name.endsWith(".benchmark")) {
				return false;
			}
		}
		return true;
	}

	/** The file's problems, each as {@code path:line: message}. */
	static List<String> check(Path path, String text) {
		List<String> problems = new ArrayList<>();
		String code = withoutCommentsAndLiterals(text);
		int lines = (int) text.lines().count();
		if (lines > MAX_FILE_LINES) {
			problems.add(path + ":1: " + lines + " lines (at most " + MAX_FILE_LINES + ")");
		}
		// Each open block: where its header starts, and whether it is a method's body.
		List<int[]> open = new ArrayList<>();
		int headerStart = 0; // after the last ';', '{' or '}'
		int line = 1; // of the character at i
		for (int i = 0; i < code.length(); i++) {
			char c = code.charAt(i);
			if (c == '\n') {
				line++;
			} else if (c == '{') {
				String header = code.substring(headerStart, i).strip();
				open.add(new int[] { line, isMethodHeader(header) ? 1 : 0 });
				headerStart = i + 1;
			} else if (c == '}') {
				if (!open.isEmpty()) {
					int[] block = open.remove(open.size() - 1);
					int length = line - block[0] + 1;
					if (block[1] == 1 && length > MAX_METHOD_LINES) {
						problems.add(path + ":" + block[0] + ": method of " + length + " lines (at most "
								+ MAX_METHOD_LINES + ")");
					}
				}
				headerStart = i + 1;
			} else if (c == ';') {
				headerStart = i + 1;
			}
		}
		return problems;
	}

	private static boolean isMethodHeader(String header) {
		String flat = header.replaceAll("@\\w+(\\([^)]*\\))?", " ").replaceAll("\\s+", " ").strip();
		Matcher m = HEADER.matcher(flat);
		return m.find() && !NOT_METHODS.contains(m.group(1)) && !flat.contains("->") && !flat.contains("=")
				&& !TYPE_DECLARATION.matcher(flat).find();
	}

	/** The text with comments, strings (also text blocks) and chars blanked out, line breaks kept. */
	static String withoutCommentsAndLiterals(String text) {
		StringBuilder out = new StringBuilder(text.length());
		int i = 0;
		while (i < text.length()) {
			char c = text.charAt(i);
			if (text.startsWith("//", i)) {
				while (i < text.length() && text.charAt(i) != '\n') {
					i++;
				}
			} else if (text.startsWith("/*", i)) {
				int end = text.indexOf("*/", i + 2);
				i = blank(text, i, end < 0 ? text.length() : end + 2, out);
			} else if (text.startsWith("\"\"\"", i)) {
				int end = text.indexOf("\"\"\"", i + 3);
				i = blank(text, i, end < 0 ? text.length() : end + 3, out);
			} else if (c == '"' || c == '\'') {
				int j = i + 1;
				while (j < text.length() && text.charAt(j) != c && text.charAt(j) != '\n') {
					j += text.charAt(j) == '\\' ? 2 : 1;
				}
				i = blank(text, i, Math.min(text.length(), j + 1), out);
			} else {
				out.append(c);
				i++;
			}
		}
		return out.toString();
	}

	private static int blank(String text, int from, int to, StringBuilder out) {
		for (int k = from; k < to; k++) {
			out.append(text.charAt(k) == '\n' ? '\n' : ' ');
		}
		return to;
	}
}
