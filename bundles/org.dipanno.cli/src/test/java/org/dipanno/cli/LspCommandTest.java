package org.dipanno.cli;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Future;
import java.util.function.Predicate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A JSON-RPC conversation with {@code dipanno-cli lsp}, framed and written as an editor's client writes it. */
class LspCommandTest {

	@TempDir
	Path workspace;

	private OutputStream toServer;
	private InputStream fromServer;
	private Future<Void> server;

	@AfterEach
	void closeTheConnection() throws IOException {
		if (toServer != null) {
			toServer.close();
		}
		if (server != null) {
			server.cancel(true);
		}
	}

	@Test
	void diagnosticsAndCompletionOverJsonRpc() throws Exception {
		PipedOutputStream clientOut = new PipedOutputStream();
		PipedInputStream serverIn = new PipedInputStream(clientOut, 1 << 16);
		PipedOutputStream serverOut = new PipedOutputStream();
		fromServer = new PipedInputStream(serverOut, 1 << 20);
		toServer = clientOut;
		server = LspCommand.start(serverIn, serverOut);

		Path file = workspace.resolve("broken.dar");
		String source = """
				import "diplomatic"
				rule Minister:
					t:"Bộ trưởng" -> MINISTER(t)
				""";
		Files.writeString(file, source.replace("MINISTER", "TITLE"));
		String text = source.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n").replace("\t", "\\t");
		String uri = file.toUri().toString();

		assertTimeoutPreemptively(Duration.ofSeconds(120), () -> {
			send("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"processId\":null,\"rootUri\":\""
					+ workspace.toUri() + "\",\"capabilities\":{}}}");
			String initialized = receive(message -> message.contains("\"id\":1"));
			assertTrue(initialized.contains("\"completionProvider\""), initialized);
			assertTrue(initialized.contains("\"documentFormattingProvider\""), initialized);
			send("{\"jsonrpc\":\"2.0\",\"method\":\"initialized\",\"params\":{}}");
			send("{\"jsonrpc\":\"2.0\",\"method\":\"textDocument/didOpen\",\"params\":{\"textDocument\":{\"uri\":\""
					+ uri + "\",\"languageId\":\"dipanno-rules\",\"version\":1,\"text\":\"" + text + "\"}}}");
			String diagnostics = receive(message -> message.contains("textDocument/publishDiagnostics")
					&& message.contains("broken.dar") && message.contains("MINISTER"));
			assertTrue(diagnostics.contains("\"severity\":1"), "an error: " + diagnostics);
			assertTrue(diagnostics.contains("\"line\":2"), "on the rule's third line: " + diagnostics);

			send("{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"textDocument/completion\",\"params\":{\"textDocument\":"
					+ "{\"uri\":\"" + uri + "\"},\"position\":{\"line\":2,\"character\":18}}}");
			String completion = receive(message -> message.contains("\"id\":2"));
			assertTrue(completion.contains("\"label\":\"PERSON\""), "entity types offered: " + completion);
			assertTrue(completion.contains("\"label\":\"COUNTRY\""), completion);
		});
	}

	private void send(String json) throws IOException {
		byte[] body = json.getBytes(StandardCharsets.UTF_8);
		toServer.write(("Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
		toServer.write(body);
		toServer.flush();
	}

	/** Reads messages until one matches (the server also sends notifications of its own). */
	private String receive(Predicate<String> wanted) throws IOException {
		while (true) {
			String message = readMessage();
			if (wanted.test(message)) {
				return message;
			}
		}
	}

	private String readMessage() throws IOException {
		int length = -1;
		String header;
		while (!(header = readLine()).isEmpty()) {
			if (header.startsWith("Content-Length:")) {
				length = Integer.parseInt(header.substring("Content-Length:".length()).trim());
			}
		}
		assertTrue(length >= 0, "a Content-Length header");
		return new String(fromServer.readNBytes(length), StandardCharsets.UTF_8);
	}

	private String readLine() throws IOException {
		ByteArrayOutputStream line = new ByteArrayOutputStream();
		int next;
		while ((next = fromServer.read()) != '\n') {
			if (next < 0) {
				throw new IOException("the server closed its output");
			}
			if (next != '\r') {
				line.write(next);
			}
		}
		return line.toString(StandardCharsets.US_ASCII);
	}
}
