import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Writes N plain-text articles built from the seed articles, for benchmarks of the command line's pipeline. Each
 * article takes a seed's title (numbered) and paragraphs, often adds paragraphs of another seed, shuffles the sentences
 * of some paragraphs, replaces the names of the seeds' people by others and every number by another of as many
 * digits. The same seed number gives the same files, byte for byte; articles average about 10 KB, so 200,000 make
 * about 2 GB.
 *
 * <pre>
 * java releng/scripts/GenerateArticles.java SEEDS_FOLDER OUT_FOLDER COUNT [SEED]
 * </pre>
 */
public final class GenerateArticles {

	/** People named in the seed articles, replaced by one of {@link #OTHER_NAMES}. */
	private static final List<String> SEED_NAMES = List.of("Vương Nghị", "Vương Văn Đào", "Nguyễn Hồng Diên",
			"Gina Raimondo", "Joe Biden", "Antony Blinken", "Tần Cương", "Phan Thị Thắng", "Nguyễn Văn Thọ");
	private static final List<String> OTHER_NAMES = List.of("Lê Minh Khuê", "Trần Quốc Vượng", "Phạm Thu Hà",
			"Đỗ Hùng Dũng", "Hoàng Anh Tuấn", "Bùi Thanh Sơn", "Lý Cường", "Triệu Lạc Tế", "Emmanuel Macron",
			"Olaf Scholz", "Fumio Kishida", "Anthony Albanese", "Vũ Đức Đam", "Ngô Xuân Lịch");
	private static final Pattern NUMBER = Pattern.compile("\\d+");
	private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+(?=\\p{Lu})");

	private record Seed(String title, List<String> paragraphs) {
	}

	public static void main(String[] args) throws IOException {
		if (args.length < 3) {
			System.err.println("Usage: java GenerateArticles.java SEEDS_FOLDER OUT_FOLDER COUNT [SEED]");
			System.exit(2);
		}
		List<Seed> seeds = readSeeds(Path.of(args[0]));
		Path out = Path.of(args[1]);
		int count = Integer.parseInt(args[2]);
		long seed = args.length > 3 ? Long.parseLong(args[3]) : 20261202L;
		Files.createDirectories(out);
		long bytes = 0;
		for (int i = 0; i < count; i++) {
			byte[] article = article(seeds, i, new Random(seed * 1_000_003L + i)).getBytes(StandardCharsets.UTF_8);
			Files.write(out.resolve(String.format(Locale.ROOT, "gen-%06d.txt", i)), article);
			bytes += article.length;
		}
		System.out.printf(Locale.ROOT, "%d articles, %d bytes in %s%n", count, bytes, out);
	}

	private static List<Seed> readSeeds(Path folder) throws IOException {
		List<Seed> seeds = new ArrayList<>();
		try (Stream<Path> files = Files.list(folder)) {
			for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
				String text = Files.readString(file).replace("\r\n", "\n");
				int newline = text.indexOf('\n');
				List<String> paragraphs = Arrays.stream(text.substring(newline + 1).strip().split("\n\n"))
						.filter(p -> !p.isBlank()).toList();
				seeds.add(new Seed(text.substring(0, newline).strip(), paragraphs));
			}
		}
		if (seeds.isEmpty()) {
			throw new IOException(folder + ": no seed articles (*.txt)");
		}
		return seeds;
	}

	private static String article(List<Seed> seeds, int index, Random random) {
		Seed base = seeds.get(random.nextInt(seeds.size()));
		List<String> paragraphs = new ArrayList<>(base.paragraphs());
		int rotation = random.nextInt(paragraphs.size());
		Collections.rotate(paragraphs.subList(1, paragraphs.size()), -rotation);
		if (random.nextInt(3) > 0) {
			Seed other = seeds.get(random.nextInt(seeds.size()));
			int from = random.nextInt(other.paragraphs().size());
			paragraphs.addAll(other.paragraphs().subList(from, other.paragraphs().size()));
		}
		StringBuilder text = new StringBuilder(vary(base.title(), random)).append(" (bản ").append(index).append(")\n\n");
		for (int p = 0; p < paragraphs.size(); p++) {
			String paragraph = vary(paragraphs.get(p), random);
			if (p > 0 && random.nextInt(2) == 0) {
				List<String> sentences = new ArrayList<>(Arrays.asList(SENTENCE_END.split(paragraph)));
				Collections.shuffle(sentences, random);
				paragraph = String.join(" ", sentences);
			}
			text.append(paragraph).append(p + 1 < paragraphs.size() ? "\n\n" : "\n");
		}
		return text.toString();
	}

	/** Names of the seeds' people replaced by others, numbers by others of as many digits. */
	private static String vary(String text, Random random) {
		String varied = text;
		for (String name : SEED_NAMES) {
			if (varied.contains(name)) {
				varied = varied.replace(name, OTHER_NAMES.get(random.nextInt(OTHER_NAMES.size())));
			}
		}
		Matcher number = NUMBER.matcher(varied);
		StringBuilder out = new StringBuilder();
		while (number.find()) {
			int digits = number.group().length();
			long value = digits <= 2 ? 1 + random.nextInt(28) : (long) Math.pow(10, digits - 1)
					+ (long) (random.nextDouble() * 9 * Math.pow(10, digits - 1));
			number.appendReplacement(out, Long.toString(value));
		}
		number.appendTail(out);
		return out.toString();
	}
}
