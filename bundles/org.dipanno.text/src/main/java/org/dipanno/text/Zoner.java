package org.dipanno.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a stored article text (a scraped news page) into zones. The zones tile
 * the whole text: nothing is dropped, page furniture is kept and marked.
 *
 * <h2>Rules, applied line by line</h2>
 * <ol>
 * <li><b>TITLE</b>: the first non-empty line.</li>
 * <li><b>BOILERPLATE</b>, to the end of the text, from the first line after the
 * title that is a trailing marker: "Có thể bạn quan tâm", "Tin liên quan",
 * "Xem thêm", "Tin cùng chuyên mục", "Tin mới", "Tin khác", "Bài liên quan",
 * "Đọc thêm" (the whole line, case, tone placement and a trailing colon
 * ignored), a line starting "Mời quý độc giả theo dõi" / "Mời bạn đọc theo dõi",
 * or a keyword list "- Từ khóa :" (also "Từ khoá:", "Tags:"), which may start in
 * the middle of the last body line ("...lãnh đạo hai nước./.- Từ khóa :"), in
 * which case the zone boundary is inside that line. Whatever follows such a
 * marker (related stories, their timestamps and captions) belongs to the page,
 * not to the article.</li>
 * <li><b>BOILERPLATE</b> within the article: an outlet tag opening a line
 * ("VOV.VN - ", "TTXVN - "; the rest of the line is zoned on its own), a
 * timestamp line ("07:59 | 16/09/2024", "07:34' - 22/09/2023"), a line that is
 * only a dash or bullet, and a junk line: at most three words of unaccented
 * lower-case ASCII letters and digits without punctuation ("bawns cas h5").</li>
 * <li><b>CAPTION</b>: a line ending in a photo credit "(Ảnh: ...)", "(Ảnh ...)",
 * "(Nguồn: ...)", "(Photo: ...)" or "Ảnh: X" (X at most 60 characters without
 * sentence punctuation); an image file name on its own line
 * ("z6535028...-7ab43.jpg"); a line (at most 300 characters) identical to the
 * non-empty line before or after it (scraped captions appear twice); a short
 * line (at most 200 characters, no final . ! ? … or closing quote) directly
 * below a caption line, with no blank line between (the caption of an image file
 * name line).</li>
 * <li><b>LEAD</b>: the first line (or rest of a line after an outlet tag)
 * after the title that none of the above claims: the sapo, or the first body
 * paragraph where the page has none.</li>
 * <li><b>BODY</b>: every other line.</li>
 * </ol>
 * Adjacent pieces of the same kind form one zone; a zone runs to the start of
 * the next one, so line breaks and blank lines belong to the zone before them,
 * and the first zone starts at offset 0. Stateless and thread-safe.
 */
public final class Zoner {

	/** Whole-line markers after which the rest of the page is boilerplate (folded, no trailing colon). */
	private static final Set<String> TRAILING_MARKERS = Set.of("có thể bạn quan tâm", "tin liên quan", "xem thêm",
			"tin cùng chuyên mục", "tin mới", "tin khác", "bài liên quan", "đọc thêm", "tin nổi bật",
			"tin bài liên quan", "bài viết liên quan");

	/** Line prefixes (folded) after which the rest of the page is boilerplate. */
	private static final List<String> TRAILING_PREFIXES = List.of("mời quý độc giả theo dõi",
			"mời bạn đọc theo dõi");

	/** A keyword list, also in the middle of a line; matched on the tone-folded, lower-cased line. */
	private static final Pattern KEYWORDS = Pattern.compile("(?:^\\s*-?|-)\\s*(?:từ khóa|tags?)\\s*:");

	private static final Pattern OUTLET_TAG = Pattern
			.compile("^(?:[A-Z][A-Za-z0-9]*(?:\\.[A-Z]{2,})+|TTXVN|VNA|VOV|VTV|TTO|PLO|VNE)\\s*[-\u2013\u2014]\\s+");

	private static final Pattern TIMESTAMP = Pattern
			.compile("^\\d{1,2}:\\d{2}'?\\s*[-|\u2013]\\s*\\d{1,2}/\\d{1,2}/\\d{4}\\b.*");

	private static final Pattern IMAGE_FILE = Pattern
			.compile("^\\S+\\.(?:jpe?g|png|gif|webp|bmp|tiff?|avif)$", Pattern.CASE_INSENSITIVE);

	private static final Pattern PHOTO_CREDIT = Pattern.compile(
			"(?:\\((?:Ảnh|ẢNH|ảnh|Nguồn|nguồn|Photo|Source|Video)\\b[^()]*\\)|\\b(?:Ảnh|Nguồn)\\s*:\\s*[^.!?\u2026]{1,60})\\s*$");

	private static final Pattern JUNK = Pattern.compile("^[a-z0-9]+(?: [a-z0-9]+){0,2}$");

	private static final int MAX_REPEATED_CAPTION_CHARS = 300;
	private static final int MAX_MARKER_LINE_CHARS = 120;
	private static final int MAX_FOLLOWING_CAPTION_CHARS = 200;

	private Zoner() {
	}

	/** The zones of a stored text, in order, tiling [0, text.length()). */
	public static List<Zone> zone(String text) {
		List<int[]> lines = nonEmptyLines(text);
		List<Piece> pieces = new ArrayList<>();
		if (lines.isEmpty()) {
			return text.isEmpty() ? List.of() : List.of(new Zone(ZoneKind.BOILERPLATE, 0, text.length()));
		}
		pieces.add(new Piece(ZoneKind.TITLE, 0));
		boolean leadSeen = false;
		boolean boilerplateToEnd = false;
		boolean previousWasCaption = false;
		int previousLineEnd = lines.get(0)[1];
		for (int n = 1; n < lines.size(); n++) {
			int start = lines.get(n)[0];
			int end = lines.get(n)[1];
			boolean directlyBelow = start == previousLineEnd + 1;
			previousLineEnd = end;
			if (boilerplateToEnd) {
				break;
			}
			String line = text.substring(start, end);
			if (isTrailingMarker(line)) {
				pieces.add(new Piece(ZoneKind.BOILERPLATE, start));
				boilerplateToEnd = true;
				continue;
			}
			int contentStart = start;
			Matcher tag = OUTLET_TAG.matcher(line);
			if (tag.lookingAt()) {
				pieces.add(new Piece(ZoneKind.BOILERPLATE, start));
				contentStart = start + tag.end();
				line = text.substring(contentStart, end);
			}
			int keywords = keywordListStart(line);
			String content = keywords < 0 ? line : line.substring(0, keywords);
			ZoneKind kind;
			if (content.isBlank()) {
				kind = null;
			} else if (isInArticleBoilerplate(content.strip())) {
				kind = ZoneKind.BOILERPLATE;
			} else if (isCaption(content.strip(), text, lines, n)
					|| (previousWasCaption && directlyBelow && isShortUnfinishedLine(content.strip()))) {
				kind = ZoneKind.CAPTION;
			} else if (!leadSeen) {
				kind = ZoneKind.LEAD;
			} else {
				kind = ZoneKind.BODY;
			}
			if (kind != null) {
				pieces.add(new Piece(kind, contentStart));
				leadSeen |= kind == ZoneKind.LEAD;
			}
			previousWasCaption = kind == ZoneKind.CAPTION;
			if (keywords >= 0) {
				pieces.add(new Piece(ZoneKind.BOILERPLATE, contentStart + keywords));
				boilerplateToEnd = true;
			}
		}
		return toZones(pieces, text.length());
	}

	/** The zone containing {@code offset}, or null if no zone does. */
	public static Zone zoneAt(List<Zone> zones, int offset) {
		int low = 0;
		int high = zones.size() - 1;
		while (low <= high) {
			int mid = (low + high) >>> 1;
			Zone zone = zones.get(mid);
			if (offset < zone.start()) {
				high = mid - 1;
			} else if (offset >= zone.end()) {
				low = mid + 1;
			} else {
				return zone;
			}
		}
		return null;
	}

	private static boolean isTrailingMarker(String line) {
		if (line.length() > MAX_MARKER_LINE_CHARS) {
			return false; // markers are short lines; spares folding every paragraph
		}
		String folded = VietnameseText.fold(line).strip();
		String withoutColon = folded.endsWith(":") ? folded.substring(0, folded.length() - 1).strip() : folded;
		if (TRAILING_MARKERS.contains(withoutColon)) {
			return true;
		}
		for (String prefix : TRAILING_PREFIXES) {
			if (withoutColon.startsWith(prefix)) {
				return true;
			}
		}
		return false;
	}

	/** Where a keyword list starts in a line, or -1. */
	private static int keywordListStart(String line) {
		if (line.indexOf(':') < 0 || !(line.contains("ừ") || line.contains("Ừ") || line.contains("ag")
				|| line.contains("AG"))) {
			return -1; // cannot hold "từ khóa:" or "tags:"; spares folding every paragraph
		}
		String folded = VietnameseText.fold(line);
		if (folded.length() != line.length()) {
			return -1; // folding keeps the length of NFC Vietnamese; play safe otherwise
		}
		Matcher matcher = KEYWORDS.matcher(folded);
		if (!matcher.find()) {
			return -1;
		}
		int start = matcher.start();
		while (start < line.length() && Character.isWhitespace(line.charAt(start))) {
			start++;
		}
		return start;
	}

	private static boolean isInArticleBoilerplate(String line) {
		return TIMESTAMP.matcher(line).matches() || line.equals("-") || line.equals("\u2022")
				|| JUNK.matcher(line).matches();
	}

	private static boolean isCaption(String line, String text, List<int[]> lines, int n) {
		if (IMAGE_FILE.matcher(line).matches() || (mayEndInPhotoCredit(line) && PHOTO_CREDIT.matcher(line).find())) {
			return true;
		}
		if (line.length() > MAX_REPEATED_CAPTION_CHARS) {
			return false;
		}
		return (n > 1 && equalsStrippedLine(line, text, lines.get(n - 1)))
				|| (n + 1 < lines.size() && equalsStrippedLine(line, text, lines.get(n + 1)));
	}

	/**
	 * False if {@link #PHOTO_CREDIT} cannot match: it needs "Ảnh" or "Nguồn", or a
	 * closing parenthesis before the end (only white space and a line terminator
	 * after it). Spares running it on every paragraph.
	 */
	private static boolean mayEndInPhotoCredit(String line) {
		int end = line.length();
		while (end > 0 && (Character.isWhitespace(line.charAt(end - 1)) || line.charAt(end - 1) == '\u0085')) {
			end--;
		}
		return (end > 0 && line.charAt(end - 1) == ')') || line.contains("Ảnh") || line.contains("Nguồn");
	}

	/** True if the line [start, end) of the text, stripped, equals {@code stripped}. */
	private static boolean equalsStrippedLine(String stripped, String text, int[] line) {
		int start = line[0];
		int end = line[1];
		while (start < end && Character.isWhitespace(text.charAt(start))) {
			start++;
		}
		while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
			end--;
		}
		return end - start == stripped.length() && text.startsWith(stripped, start);
	}

	private static boolean isShortUnfinishedLine(String line) {
		if (line.length() > MAX_FOLLOWING_CAPTION_CHARS) {
			return false;
		}
		char last = line.charAt(line.length() - 1);
		return ".!?\u2026\"\u201D:;".indexOf(last) < 0;
	}

	/** [start, end) of each line that has a visible character, without its line break. */
	private static List<int[]> nonEmptyLines(String text) {
		List<int[]> lines = new ArrayList<>();
		int lineStart = 0;
		for (int i = 0; i <= text.length(); i++) {
			if (i == text.length() || text.charAt(i) == '\n') {
				if (hasVisible(text, lineStart, i)) { // a visible character: not blank either
					lines.add(new int[] { lineStart, i });
				}
				lineStart = i + 1;
			}
		}
		return lines;
	}

	private static boolean hasVisible(String text, int start, int end) {
		for (int i = start; i < end; i++) {
			char c = text.charAt(i);
			if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
				return true;
			}
		}
		return false;
	}

	private static List<Zone> toZones(List<Piece> pieces, int length) {
		List<Zone> zones = new ArrayList<>();
		int i = 0;
		while (i < pieces.size()) {
			ZoneKind kind = pieces.get(i).kind();
			int start = i == 0 ? 0 : pieces.get(i).start();
			int j = i + 1;
			while (j < pieces.size() && pieces.get(j).kind() == kind) {
				j++;
			}
			int end = j < pieces.size() ? pieces.get(j).start() : length;
			if (end > start) {
				zones.add(new Zone(kind, start, end));
			}
			i = j;
		}
		return List.copyOf(zones);
	}

	private record Piece(ZoneKind kind, int start) {
	}
}
