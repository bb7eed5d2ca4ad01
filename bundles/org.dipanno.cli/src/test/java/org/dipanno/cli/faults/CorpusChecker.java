package org.dipanno.cli.faults;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.dipanno.model.AnnotationSet;
import org.dipanno.model.Corpus;
import org.dipanno.model.Document;
import org.dipanno.model.Mention;
import org.dipanno.model.Token;
import org.dipanno.model.persistence.AtomicFileWriter;
import org.dipanno.model.persistence.CorpusLock;
import org.dipanno.model.persistence.CorpusStore;
import org.dipanno.model.persistence.StoreException;

/** Checks a corpus folder and a dataset folder after a fault: what it finds wrong, as sentences (empty when sound). */
final class CorpusChecker {

	private CorpusChecker() {
	}

	/**
	 * The corpus loads (every referenced document with its verified text and structure), its documents are unique
	 * and their spans lie in their texts; after the next write (the lock taken) no temporary or unreferenced file
	 * remains.
	 */
	static List<String> checkCorpus(Path folder, boolean afterAWrite) {
		List<String> problems = new ArrayList<>();
		Corpus corpus;
		try {
			corpus = new CorpusStore().load(folder);
		} catch (IOException e) {
			problems.add("does not load: " + e.getMessage());
			return problems;
		}
		Set<String> ids = new TreeSet<>();
		for (Document document : corpus.getDocuments()) {
			if (!ids.add(document.getId())) {
				problems.add("document " + document.getId() + " twice");
			}
			int length = document.getText().length();
			for (Token token : document.getTokens()) {
				if (token.getEnd() > length) {
					problems.add(document.getId() + ": token beyond the text");
					break;
				}
			}
			Set<String> setIds = new TreeSet<>();
			for (AnnotationSet set : document.getAnnotationSets()) {
				if (!setIds.add(set.getId())) {
					problems.add(document.getId() + ": set " + set.getId() + " twice");
				}
				List<Mention> mentions = new ArrayList<>(set.getEntityMentions());
				mentions.addAll(set.getEventMentions());
				Set<String> mentionIds = new TreeSet<>();
				for (Mention mention : mentions) {
					if (mention.getEnd() > length || !mentionIds.add(mention.getId())) {
						problems.add(document.getId() + ": mention " + mention.getId() + " out of the text or twice");
					}
				}
			}
		}
		if (afterAWrite) {
			try {
				for (Path file : files(folder)) {
					String name = file.getFileName().toString();
					if (AtomicFileWriter.isTemporaryFile(file)) {
						problems.add("temporary file left: " + folder.relativize(file));
					} else if (file.getParent().getFileName().toString().equals(CorpusStore.DOCUMENTS_FOLDER)
							&& !ids.contains(name.substring(0, name.lastIndexOf('.')))) {
						problems.add("unreferenced document file left: " + folder.relativize(file));
					}
				}
			} catch (IOException e) {
				problems.add("cannot be listed: " + e.getMessage());
			}
		}
		return problems;
	}

	/** A dataset folder is absent or complete: its manifest lists exactly the files in it, all readable. */
	static List<String> checkDataset(Path folder) {
		List<String> problems = new ArrayList<>();
		if (!Files.exists(folder)) {
			return problems;
		}
		try {
			Set<String> listed = new TreeSet<>();
			String manifest = Files.readString(folder.resolve("MANIFEST.json"));
			int files = manifest.indexOf("\"files\": [");
			if (!manifest.contains("\"complete\": true") || files < 0) {
				throw new IOException("MANIFEST.json is not complete: " + manifest);
			}
			java.util.regex.Matcher name = java.util.regex.Pattern.compile("\"([^\"]+)\"")
					.matcher(manifest.substring(files + 10, manifest.indexOf(']', files)));
			while (name.find()) {
				listed.add(name.group(1));
			}
			listed.add("MANIFEST.json");
			Set<String> present = new TreeSet<>();
			for (Path file : files(folder)) {
				present.add(folder.relativize(file).toString());
			}
			if (!listed.equals(present)) {
				problems.add("dataset files differ from its manifest: " + present + " vs " + listed);
			}
		} catch (IOException | RuntimeException e) {
			problems.add("dataset without a readable manifest: " + e.getMessage());
		}
		return problems;
	}

	private static List<Path> files(Path folder) throws IOException {
		try (Stream<Path> paths = Files.walk(folder)) {
			return paths.filter(p -> Files.isRegularFile(p) && !p.getFileName().toString().equals(CorpusLock.LOCK_FILE))
					.sorted().toList();
		}
	}

	static void requireNoProblems(String what, List<String> problems) throws StoreException {
		if (!problems.isEmpty()) {
			throw new StoreException(what + ": " + String.join("; ", problems));
		}
	}
}
