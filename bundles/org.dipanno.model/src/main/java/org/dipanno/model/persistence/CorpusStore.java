package org.dipanno.model.persistence;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.dipanno.model.AnnotationSet;
import org.dipanno.model.Corpus;
import org.dipanno.model.Document;
import org.dipanno.model.Mention;
import org.dipanno.model.ModelPackage;
import org.dipanno.model.custom.DipannoModel;
import org.dipanno.model.imports.ArticleImporter;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.common.util.WrappedException;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ExtensibleURIConverterImpl;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * Saves and loads a corpus as a folder:
 *
 * <pre>
 * corpus.xml             the corpus: id, name, schema, actor registry, references to its documents
 * documents/ID.xml       one document: metadata, offset map, zones, sentences, tokens, words, annotation sets
 * documents/ID.txt       the document's stored text (UTF-8, exactly the characters the offsets count)
 * </pre>
 *
 * Format: EMF XML of namespace {@value ModelPackage#eNS_URI}, version {@value DipannoResource#FORMAT_VERSION} in the
 * root element's {@code formatVersion} attribute; one element per line, ids instead of positional paths, so files diff
 * well; same model, same bytes. Every file is replaced atomically ({@link AtomicFileWriter}); a save serializes all
 * files before writing any, and writes corpus.xml last so that it never references a document file not yet written.
 */
public final class CorpusStore {

	public static final String CORPUS_FILE = "corpus.xml";
	public static final String DOCUMENTS_FOLDER = "documents";
	public static final String DOCUMENT_FILE_EXTENSION = "xml";

	private final AtomicFileWriter writer;

	public CorpusStore() {
		this(new AtomicFileWriter());
	}

	public CorpusStore(AtomicFileWriter writer) {
		this.writer = writer;
		DipannoModel.init();
	}

	/** A resource set that reads and writes dipanno files with the store's options. */
	public static ResourceSet newResourceSet() {
		DipannoModel.init();
		ResourceSet resourceSet = new ResourceSetImpl();
		resourceSet.getPackageRegistry().put(ModelPackage.eNS_URI, ModelPackage.eINSTANCE);
		resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put(DOCUMENT_FILE_EXTENSION,
				new DipannoResourceFactory());
		resourceSet.getLoadOptions().putAll(DipannoResource.loadOptions());
		return resourceSet;
	}

	/** The path of a document's XML file in a corpus folder. */
	public static Path documentFile(Path corpusFolder, String documentId) {
		return corpusFolder.resolve(DOCUMENTS_FOLDER).resolve(documentId + "." + DOCUMENT_FILE_EXTENSION);
	}

	/** Saves the corpus and all its documents into the folder (created when missing). */
	public void save(Corpus corpus, Path folder) throws IOException {
		Path absoluteFolder = folder.toAbsolutePath().normalize();
		ResourceSet resourceSet = resourceSetOf(corpus);
		Resource corpusResource = place(resourceSet, corpus, fileUri(absoluteFolder.resolve(CORPUS_FILE)));
		corpus.setFormatVersion(DipannoResource.FORMAT_VERSION);
		Map<Path, byte[]> files = new LinkedHashMap<>();
		for (Document document : corpus.getDocuments()) {
			checkDocumentId(document, absoluteFolder);
			Resource documentResource = place(resourceSet, document,
					fileUri(documentFile(absoluteFolder, document.getId())));
			serializeDocument(document, documentResource, files);
		}
		files.put(absoluteFolder.resolve(CORPUS_FILE), serialize(corpusResource));
		try (CorpusLock lock = CorpusLock.acquire(absoluteFolder, "saving the corpus")) {
			writeAll(files);
			deleteUnreferencedDocumentFiles(corpus, absoluteFolder);
		}
	}

	/**
	 * Deletes document files (XML, text, structure) that corpus.xml, just written, does not reference: what an import
	 * killed before it wrote corpus.xml, or a document removed from the corpus, left. Runs under the lock only.
	 */
	private static void deleteUnreferencedDocumentFiles(Corpus corpus, Path folder) throws IOException {
		Set<String> referenced = new HashSet<>();
		for (Document document : corpus.getDocuments()) {
			referenced.add(document.getId());
		}
		deleteUnreferencedDocumentFiles(referenced, folder);
	}

	private static void deleteUnreferencedDocumentFiles(Set<String> referenced, Path folder) throws IOException {
		Path documents = folder.resolve(DOCUMENTS_FOLDER);
		if (!Files.isDirectory(documents, LinkOption.NOFOLLOW_LINKS)) {
			return;
		}
		List<Path> unreferenced;
		try (Stream<Path> files = Files.list(documents)) {
			unreferenced = files.filter(file -> {
				String name = file.getFileName().toString();
				int dot = name.lastIndexOf('.');
				if (dot <= 0 || name.startsWith(".")) {
					return false;
				}
				String extension = name.substring(dot + 1);
				return (extension.equals(DOCUMENT_FILE_EXTENSION) || extension.equals(DipannoResource.TEXT_FILE_EXTENSION)
						|| extension.equals(DipannoResource.STRUCTURE_FILE_EXTENSION))
						&& !referenced.contains(name.substring(0, dot))
						&& Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS);
			}).toList();
		}
		for (Path file : unreferenced) {
			Files.deleteIfExists(file);
		}
	}

	/**
	 * Saves one document of a corpus that was saved or loaded before (its XML, text and structure files only), e.g.
	 * after annotating it. A document new to the corpus needs {@link #save(Corpus, Path)}.
	 */
	public void saveDocument(Document document) throws IOException {
		Resource documentResource = fileResourceOf(document, "save the corpus that contains it first");
		Map<Path, byte[]> files = new LinkedHashMap<>();
		serializeDocument(document, documentResource, files);
		Path corpusFolder = Path.of(documentResource.getURI().toFileString()).toAbsolutePath().getParent().getParent();
		try (CorpusLock lock = CorpusLock.acquire(corpusFolder, "saving document " + document.getId())) {
			writeAll(files);
		}
	}

	/**
	 * The files of a document new to the corpus (XML, text, structure) in the folder, serialized (on any thread);
	 * {@link #writeFiles} writes them. The document must not be in a corpus.
	 */
	public Map<Path, byte[]> serializeNewDocument(Document document, Path folder) throws IOException {
		Path absoluteFolder = folder.toAbsolutePath().normalize();
		checkDocumentId(document, absoluteFolder);
		Resource resource = place(newResourceSet(), document, fileUri(documentFile(absoluteFolder, document.getId())));
		Map<Path, byte[]> files = new LinkedHashMap<>();
		try {
			serializeDocument(document, resource, files);
		} finally {
			resource.getContents().clear();
		}
		return files;
	}

	/**
	 * Writes serialized files, each atomically (a temporary file renamed over it). Without {@code durable} nothing
	 * waits for the disk: the caller makes them durable together ({@link #syncDocumentFiles}) before corpus.xml
	 * lists them.
	 */
	public static void writeFiles(Map<Path, byte[]> files, boolean durable) throws IOException {
		for (Map.Entry<Path, byte[]> file : files.entrySet()) {
			AtomicFileWriter.write(file.getKey(), out -> out.write(file.getValue()), durable);
		}
	}

	/** fsyncs the files of the documents (on a few threads: they wait on the disk), then the documents folder. */
	public static void syncDocumentFiles(Path folder, List<String> documentIds) throws IOException {
		Path absoluteFolder = folder.toAbsolutePath().normalize();
		java.util.concurrent.ForkJoinPool pool = new java.util.concurrent.ForkJoinPool(8);
		try {
			pool.submit(() -> documentIds.parallelStream().forEach(id -> {
				Path xml = documentFile(absoluteFolder, id);
				for (Path file : List.of(textFile(xml), structureFile(xml), xml)) {
					try {
						AtomicFileWriter.syncFile(file);
					} catch (IOException e) {
						throw new java.io.UncheckedIOException(file + ": cannot be synced to disk: " + e.getMessage(), e);
					}
				}
			})).get();
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new java.io.InterruptedIOException("Interrupted while syncing " + absoluteFolder);
		} catch (java.util.concurrent.ExecutionException e) {
			throw e.getCause() instanceof java.io.UncheckedIOException unchecked ? unchecked.getCause()
					: new IOException(e.getCause().getMessage(), e.getCause());
		} finally {
			pool.shutdown();
		}
		AtomicFileWriter.syncFolder(absoluteFolder.resolve(DOCUMENTS_FOLDER));
	}

	/**
	 * Writes corpus.xml from its resource, then deletes the document files it does not list (under the lock), as
	 * {@link #save} does after writing every document.
	 */
	void saveCorpusFile(Corpus corpus, Resource corpusResource, Path folder, Set<String> documentIds)
			throws IOException {
		corpus.setFormatVersion(DipannoResource.FORMAT_VERSION);
		byte[] bytes = serialize(corpusResource);
		try (CorpusLock lock = CorpusLock.acquire(folder, "saving the corpus")) {
			writer.write(folder.resolve(CORPUS_FILE), bytes);
			deleteUnreferencedDocumentFiles(documentIds, folder);
		}
	}

	/** Loads a corpus folder and all documents in it (with their texts). */
	public Corpus load(Path folder) throws IOException {
		Path corpusFile = folder.toAbsolutePath().normalize().resolve(CORPUS_FILE);
		if (!Files.isRegularFile(corpusFile)) {
			throw new StoreException(corpusFile + ": missing; a dipanno corpus folder holds " + CORPUS_FILE);
		}
		ResourceSet resourceSet = newResourceSet();
		resourceSet.setURIConverter(new ConfinedUriConverter(corpusFile.getParent()));
		Resource corpusResource = loadResource(resourceSet, fileUri(corpusFile));
		if (corpusResource.getContents().size() != 1 || !(corpusResource.getContents().get(0) instanceof Corpus)) {
			throw new StoreException(corpusFile + ": holds no corpus (root element must be dipanno:Corpus)");
		}
		Corpus corpus = (Corpus) corpusResource.getContents().get(0);
		for (int i = 0; i < corpus.getDocuments().size(); i++) {
			InternalEObject reference = (InternalEObject) ((org.eclipse.emf.ecore.util.InternalEList<Document>) corpus.getDocuments()).basicGet(i);
			if (reference.eIsProxy()) {
				URI documentUri = reference.eProxyURI().trimFragment();
				loadResource(resourceSet, documentUri);
			}
			Document document = corpus.getDocuments().get(i);
			if (document.eIsProxy()) {
				throw new StoreException(corpusFile + ": document reference "
						+ ((InternalEObject) document).eProxyURI() + " does not lead to a document");
			}
		}
		checkUnique(corpus, corpusFile);
		// Cross references live in the corpus file and in annotation sets; the text structure (nine tenths of the
		// objects) has none, so it is not walked.
		EcoreUtil.resolveAll(corpusResource);
		for (Document document : corpus.getDocuments()) {
			for (AnnotationSet set : document.getAnnotationSets()) {
				EcoreUtil.resolveAll(set);
			}
		}
		for (Resource resource : resourceSet.getResources()) {
			if (!resource.getErrors().isEmpty()) {
				throw new StoreException(DipannoResource.displayName(resource.getURI()) + ": "
						+ resource.getErrors().get(0).getMessage());
			}
		}
		return corpus;
	}

	/**
	 * Refuses a corpus in which a mention's type, actor or argument names something the corpus does not define (an
	 * edited or damaged file), naming the file. Loading keeps such mentions (the workbench's validator shows them);
	 * the command line checks with this before it counts or exports by type.
	 */
	public static void checkReferencesResolved(Corpus corpus) throws StoreException {
		for (Document document : corpus.getDocuments()) {
			checkReferencesResolved(document);
		}
	}

	/** {@link #checkReferencesResolved(Corpus)} for one document. */
	public static void checkReferencesResolved(Document document) throws StoreException {
		{
			for (AnnotationSet set : document.getAnnotationSets()) {
				Map<EObject, java.util.Collection<EStructuralFeature.Setting>> unresolved = EcoreUtil.UnresolvedProxyCrossReferencer
						.find(set);
				if (!unresolved.isEmpty()) {
					Map.Entry<EObject, java.util.Collection<EStructuralFeature.Setting>> first = unresolved.entrySet()
							.iterator().next();
					EStructuralFeature.Setting setting = first.getValue().iterator().next();
					String holder = setting.getEObject() instanceof Mention mention
							? "mention " + mention.getId()
							: "annotation set " + set.getId();
					Resource resource = document.eResource();
					throw new StoreException((resource == null ? "document " + document.getId()
							: DipannoResource.displayName(resource.getURI())) + ": " + holder + " has "
							+ setting.getEStructuralFeature().getName() + " "
							+ ((InternalEObject) first.getKey()).eProxyURI().fragment() + ", which " + CORPUS_FILE
							+ " does not define");
				}
			}
		}
	}

	/**
	 * A document listed twice in corpus.xml, or two annotation sets of one id in a document, would be counted twice
	 * or exported half: such files are refused, naming the file.
	 */
	private static void checkUnique(Corpus corpus, Path corpusFile) throws StoreException {
		Set<String> documentIds = new HashSet<>();
		for (Document document : corpus.getDocuments()) {
			if (!documentIds.add(document.getId())) {
				throw new StoreException(corpusFile + ": lists document " + document.getId()
						+ " twice; remove the second <documents> reference to it");
			}
			Set<String> setIds = new HashSet<>();
			for (AnnotationSet set : document.getAnnotationSets()) {
				if (!setIds.add(set.getId())) {
					Resource resource = document.eResource();
					throw new StoreException((resource == null ? "document " + document.getId()
							: DipannoResource.displayName(resource.getURI())) + ": holds two annotation sets with id \""
							+ set.getId() + "\"; merge their annotations into one set (or rename one) by hand");
				}
			}
		}
	}

	/**
	 * Loading reads only regular files inside the corpus folder: a reference to a URL (http://...) or to a file
	 * outside the folder, or a link whose target lies outside it, is refused, so a corpus file cannot make dipanno
	 * fetch from the network or read (and later save into the corpus) a file it was not given.
	 */
	static final class ConfinedUriConverter extends ExtensibleURIConverterImpl {

		private final Path folder;
		private final Path realFolder;

		ConfinedUriConverter(Path folder) throws IOException {
			this.folder = folder.toAbsolutePath().normalize();
			this.realFolder = this.folder.toRealPath();
		}

		@Override
		public InputStream createInputStream(URI uri, Map<?, ?> options) throws IOException {
			check(uri);
			return super.createInputStream(uri, options);
		}

		private void check(URI uri) throws StoreException {
			if (!uri.isFile()) {
				throw new StoreException(uri + ": not a file of the corpus folder " + folder
						+ "; a corpus references only files inside its folder");
			}
			Path path = Path.of(uri.toFileString()).toAbsolutePath().normalize();
			if (!path.startsWith(folder)) {
				throw new StoreException(path + ": outside the corpus folder " + folder
						+ "; a corpus references only files inside its folder");
			}
			Path real;
			try {
				real = path.toRealPath();
			} catch (IOException missing) {
				return; // reading it reports the missing file
			}
			if (!real.startsWith(realFolder)) {
				throw new StoreException(path + ": a link to " + real + ", outside the corpus folder " + folder
						+ "; dipanno does not follow links out of a corpus");
			}
			if (!Files.isRegularFile(real)) {
				throw new StoreException(path + ": not a regular file (a folder, device or pipe); it cannot be read");
			}
		}
	}

	static Resource loadResource(ResourceSet resourceSet, URI uri) throws IOException {
		try {
			Resource resource = resourceSet.getResource(uri, true);
			if (!resource.getErrors().isEmpty()) {
				throw new StoreException(DipannoResource.displayName(uri) + ": "
						+ resource.getErrors().get(0).getMessage());
			}
			return resource;
		} catch (RuntimeException e) {
			throw asStoreException(uri, e);
		}
	}

	private static StoreException asStoreException(URI uri, Exception e) {
		Throwable cause = e;
		while ((cause instanceof WrappedException || cause instanceof Resource.IOWrappedException)
				&& cause.getCause() != null && cause.getCause() != cause) {
			cause = cause.getCause();
		}
		if (cause instanceof StoreException storeException) {
			return storeException;
		}
		String name = DipannoResource.displayName(uri);
		if (cause instanceof java.io.FileNotFoundException || cause instanceof java.nio.file.NoSuchFileException) {
			return new StoreException(name + ": missing (" + cause.getMessage() + ")", cause);
		}
		return new StoreException(name + ": cannot be loaded: " + cause.getMessage(), cause);
	}

	private void serializeDocument(Document document, Resource documentResource, Map<Path, byte[]> files)
			throws IOException {
		serializeDocument(document, documentResource, Path.of(documentResource.getURI().toFileString()), files);
	}

	/**
	 * The document's files for an XML file at xmlFile: the text and structure beside it, then the XML (last: it is
	 * what loading starts from). A document read from an older format is written in the current one.
	 */
	private static void serializeDocument(Document document, Resource documentResource, Path xmlFile,
			Map<Path, byte[]> files) throws IOException {
		String text = document.getText();
		if (text == null) {
			throw new StoreException("Document " + document.getId() + " has no text; a document cannot be saved without it");
		}
		document.setFormatVersion(DipannoResource.FORMAT_VERSION);
		document.setTextDigest(DipannoResource.digest(text));
		files.put(textFile(xmlFile), text.getBytes(StandardCharsets.UTF_8));
		files.put(structureFile(xmlFile), TextStructureFile.write(document));
		files.put(xmlFile, serialize(documentResource));
	}

	/**
	 * Writes the document's current state as a copy at another XML path (its text and structure files beside it),
	 * e.g. a recovery copy; the document's own files are not touched. The copy's references to the corpus file are
	 * written relative to the document's own file, so the copy belongs in a folder beside {@code documents/}.
	 */
	public void writeCopy(Document document, Path xmlFile) throws IOException {
		Resource resource = fileResourceOf(document, "save the corpus first");
		Path copy = xmlFile.toAbsolutePath().normalize();
		Map<Path, byte[]> files = new LinkedHashMap<>();
		serializeDocument(document, resource, copy, files);
		Files.createDirectories(copy.getParent());
		writeAll(files);
	}

	/** The files a document's XML file has beside it (text, structure). */
	public static List<Path> companionFiles(Path xmlFile) {
		Path xml = xmlFile.toAbsolutePath().normalize();
		return List.of(textFile(xml), structureFile(xml));
	}

	private static Path textFile(Path xmlFile) {
		return Path.of(DipannoResource.textFileUri(fileUri(xmlFile)).toFileString());
	}

	private static Path structureFile(Path xmlFile) {
		return Path.of(DipannoResource.structureFileUri(fileUri(xmlFile)).toFileString());
	}

	/** The document's own file resource; a document that has none yet cannot be saved alone. */
	private static Resource fileResourceOf(Document document, String remedy) throws StoreException {
		Resource resource = ((InternalEObject) document).eDirectResource();
		if (resource == null || resource.getURI() == null || !resource.getURI().isFile()) {
			throw new StoreException("Document " + document.getId() + " has no file yet: " + remedy);
		}
		return resource;
	}

	private void writeAll(Map<Path, byte[]> files) throws IOException {
		for (Map.Entry<Path, byte[]> file : files.entrySet()) {
			writer.write(file.getKey(), file.getValue());
		}
	}

	private static byte[] serialize(Resource resource) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try {
			resource.save(bytes, DipannoResource.saveOptions());
		} catch (IOException | RuntimeException e) {
			throw new StoreException(DipannoResource.displayName(resource.getURI()) + ": cannot be saved: "
					+ e.getMessage(), e);
		}
		return bytes.toByteArray();
	}

	/** Document ids name files: refuse ids that would leave the documents folder or be ambiguous on disk. */
	private static void checkDocumentId(Document document, Path folder) throws StoreException {
		String id = document.getId();
		if (id == null || id.isEmpty() || !id.matches("[\\p{L}\\p{Nd}_.-]+") || id.startsWith(".")) {
			throw new StoreException(folder + ": document id \"" + id
					+ "\" cannot name a file (use letters, digits, '_', '-', '.'; not starting with '.')");
		}
		if (id.getBytes(StandardCharsets.UTF_8).length > ArticleImporter.MAX_DOCUMENT_ID_BYTES) {
			throw new StoreException(folder + ": document id \"" + id.substring(0, 40) + "...\" is longer than "
					+ ArticleImporter.MAX_DOCUMENT_ID_BYTES + " bytes; its files could not be named on most file systems");
		}
	}

	private static ResourceSet resourceSetOf(Corpus corpus) {
		Resource resource = corpus.eResource();
		if (resource != null && resource.getResourceSet() != null
				&& resource.getResourceSet().getResourceFactoryRegistry().getExtensionToFactoryMap()
						.get(DOCUMENT_FILE_EXTENSION) instanceof DipannoResourceFactory) {
			return resource.getResourceSet();
		}
		return newResourceSet();
	}

	/** Makes the object the root of a dipanno resource at the URI (moving or renaming its resource as needed). */
	private static Resource place(ResourceSet resourceSet, EObject object, URI uri) {
		Resource current = ((InternalEObject) object).eDirectResource();
		if (current instanceof DipannoResource && current.getResourceSet() == resourceSet) {
			if (!uri.equals(current.getURI())) {
				Resource occupying = resourceSet.getResource(uri, false);
				if (occupying != null && occupying != current) {
					resourceSet.getResources().remove(occupying);
				}
				current.setURI(uri);
			}
			return current;
		}
		Resource occupying = resourceSet.getResource(uri, false);
		if (occupying != null) {
			resourceSet.getResources().remove(occupying);
		}
		Resource resource = resourceSet.createResource(uri);
		resource.getContents().add(object);
		return resource;
	}

	private static URI fileUri(Path path) {
		return URI.createFileURI(path.toString());
	}
}
