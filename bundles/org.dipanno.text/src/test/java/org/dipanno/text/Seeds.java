package org.dipanno.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The seed articles, read from the repository's seeds/ folder. */
final class Seeds {

	static final Path FOLDER = Path.of("../../seeds");

	static final String S000 = "000_bf9587ca5d7394a3.txt";
	static final String S001 = "001_19fe77e609455608.txt";
	static final String S002 = "002_cb3ffdcf37eaec80.txt";
	static final String S003 = "003_641f89a9d16cf0c7.txt";
	static final String S004 = "004_4e00300c40552043.txt";

	static final List<String> ALL = List.of(S000, S001, S002, S003, S004);

	private Seeds() {
	}

	static byte[] bytes(String name) {
		try {
			return Files.readAllBytes(FOLDER.resolve(name));
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	static String text(String name) {
		return new String(bytes(name), StandardCharsets.UTF_8);
	}
}
