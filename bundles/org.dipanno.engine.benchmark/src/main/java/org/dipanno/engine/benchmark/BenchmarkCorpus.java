package org.dipanno.engine.benchmark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

/**
 * A large corpus made from the seed articles: each document is one seed article in which the persons' names are
 * replaced by generated names and every digit by a random digit, so that documents differ (no two are alike for
 * caches) while keeping the shape of real input (zones, captions, boilerplate).
 */
final class BenchmarkCorpus {

	private static final List<String> SEED_NAMES = List.of("Vương Nghị", "Nguyễn Hồng Diên", "Gina Raimondo",
			"Vương Văn Đào", "Phạm Thanh Bình", "Tần Cương", "Tập Cận Bình", "Phạm Minh Chính", "Jamieson L. Greer",
			"Nicholas Burns", "Antony Blinken", "Bùi Thanh Sơn", "Nguyễn Mạnh Hùng");
	private static final String[] SURNAMES = { "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ",
			"Hồ", "Ngô", "Dương", "Lý", "Vương", "Tần", "Lưu", "Trương" };
	private static final String[] MIDDLE = { "Văn", "Thị", "Hồng", "Minh", "Thanh", "Quốc", "Đức", "Ngọc", "Xuân",
			"Hữu", "Công" };
	private static final String[] GIVEN = { "Diên", "Bình", "Sơn", "Hùng", "Chính", "Cương", "Nghị", "Đào", "Hạnh",
			"Tân", "Phúc", "Lan", "Trang", "Dũng", "Quang", "Hải", "Long", "Thọ" };
	private static final String[] WESTERN_FIRST = { "Gina", "Antony", "Nicholas", "Jamieson", "Katherine", "Daniel",
			"Marco", "Janet", "Lloyd", "Kurt", "Wendy", "Jake" };
	private static final String[] WESTERN_LAST = { "Raimondo", "Blinken", "Burns", "Greer", "Tai", "Kritenbrink",
			"Rubio", "Yellen", "Austin", "Campbell", "Sherman", "Sullivan" };

	final List<String> ids = new ArrayList<>();
	final List<String> texts = new ArrayList<>();
	long bytes;

	static BenchmarkCorpus build(Path seedFolder, long targetBytes) throws IOException {
		List<String> seeds = new ArrayList<>();
		try (Stream<Path> files = Files.list(seedFolder)) {
			for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
				seeds.add(Files.readString(file, StandardCharsets.UTF_8));
			}
		}
		if (seeds.isEmpty()) {
			throw new IOException("No seed articles (*.txt) in " + seedFolder);
		}
		BenchmarkCorpus corpus = new BenchmarkCorpus();
		Random random = new Random(20261122L);
		int n = 0;
		while (corpus.bytes < targetBytes) {
			String text = vary(seeds.get(n % seeds.size()), random);
			corpus.ids.add("bench-" + n);
			corpus.texts.add(text);
			corpus.bytes += text.getBytes(StandardCharsets.UTF_8).length;
			n++;
		}
		return corpus;
	}

	private static String vary(String seed, Random random) {
		String text = seed;
		for (String name : SEED_NAMES) {
			if (text.contains(name)) {
				text = text.replace(name, newName(name, random));
			}
		}
		StringBuilder out = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			out.append(c >= '0' && c <= '9' ? (char) ('0' + random.nextInt(10)) : c);
		}
		return out.toString();
	}

	private static String newName(String old, Random random) {
		boolean western = old.chars().allMatch(c -> c < 0x80);
		if (western) {
			return WESTERN_FIRST[random.nextInt(WESTERN_FIRST.length)] + " "
					+ WESTERN_LAST[random.nextInt(WESTERN_LAST.length)];
		}
		String name = SURNAMES[random.nextInt(SURNAMES.length)];
		if (old.split(" ").length > 2) {
			name += " " + MIDDLE[random.nextInt(MIDDLE.length)];
		}
		return name + " " + GIVEN[random.nextInt(GIVEN.length)];
	}

	/** The first documents whose size adds up to at least {@code targetBytes}. */
	int documentsFor(long targetBytes) {
		long sum = 0;
		int i = 0;
		while (i < texts.size() && sum < targetBytes) {
			sum += texts.get(i).getBytes(StandardCharsets.UTF_8).length;
			i++;
		}
		return i;
	}

	long bytesOf(int documents) {
		long sum = 0;
		for (int i = 0; i < documents; i++) {
			sum += texts.get(i).getBytes(StandardCharsets.UTF_8).length;
		}
		return sum;
	}
}
