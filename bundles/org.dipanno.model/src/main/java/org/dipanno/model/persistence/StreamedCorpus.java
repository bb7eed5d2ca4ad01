package org.dipanno.model.persistence;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.dipanno.model.AnnotationSet;
import org.dipanno.model.Corpus;
import org.dipanno.model.Document;
import org.dipanno.model.ModelFactory;
import org.dipanno.model.ModelPackage;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceImpl;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * A corpus folder opened for a pass over its documents one at a time, so that memory holds the documents in use and
 * not the corpus: {@code corpus.xml} is loaded (schema, actor registry, the list of documents, left unresolved), and
 * each document is loaded on demand into a resource set of its own, from any thread, and dropped after use.
 *
 * <p>A loaded document's container is the corpus (its schema and actors resolve through it), but the corpus's list
 * keeps the unresolved reference, so a dropped document is garbage. Documents are saved by {@link CorpusStore}; new
 * ones (an import) are added with {@link #add} and listed in {@code corpus.xml} by {@link #saveCorpusFile}, which
 * writes it last, as {@link CorpusStore#save} does.
 */
public final class StreamedCorpus {

	private final Path folder;
	private final Corpus corpus;
	private final Resource corpusResource;
	private final CorpusStore.ConfinedUriConverter uriConverter;
	private final List<String> documentIds = new ArrayList<>();
	private final Set<String> idSet = new HashSet<>();

	private StreamedCorpus(Path folder, Corpus corpus, Resource corpusResource,
			CorpusStore.ConfinedUriConverter uriConverter) {
		this.folder = folder;
		this.corpus = corpus;
		this.corpusResource = corpusResource;
		this.uriConverter = uriConverter;
	}

	/** A new corpus to be saved in the folder (made when missing): an import into a folder without corpus.xml. */
	public static StreamedCorpus create(Path folder, Corpus corpus) throws IOException {
		Path absolute = folder.toAbsolutePath().normalize();
		Files.createDirectories(absolute);
		ResourceSet resourceSet = CorpusStore.newResourceSet();
		CorpusStore.ConfinedUriConverter converter = new CorpusStore.ConfinedUriConverter(absolute);
		resourceSet.setURIConverter(converter);
		Resource resource = resourceSet.createResource(URI.createFileURI(absolute.resolve(CorpusStore.CORPUS_FILE).toString()));
		resource.getContents().add(corpus);
		StreamedCorpus streamed = new StreamedCorpus(absolute, corpus, resource, converter);
		for (Document document : List.copyOf(corpus.getDocuments())) {
			streamed.documentIds.add(document.getId());
			streamed.idSet.add(document.getId());
		}
		streamed.indexIds();
		return streamed;
	}

	/** Opens a corpus folder: loads corpus.xml and checks its list of documents (no document is loaded). */
	public static StreamedCorpus open(Path folder) throws IOException {
		Path absolute = folder.toAbsolutePath().normalize();
		Path corpusFile = absolute.resolve(CorpusStore.CORPUS_FILE);
		if (!Files.isRegularFile(corpusFile)) {
			throw new StoreException(corpusFile + ": missing; a dipanno corpus folder holds " + CorpusStore.CORPUS_FILE);
		}
		ResourceSet resourceSet = CorpusStore.newResourceSet();
		CorpusStore.ConfinedUriConverter converter = new CorpusStore.ConfinedUriConverter(absolute);
		resourceSet.setURIConverter(converter);
		Resource resource = CorpusStore.loadResource(resourceSet, URI.createFileURI(corpusFile.toString()));
		if (resource.getContents().size() != 1 || !(resource.getContents().get(0) instanceof Corpus)) {
			throw new StoreException(corpusFile + ": holds no corpus (root element must be dipanno:Corpus)");
		}
		Corpus corpus = (Corpus) resource.getContents().get(0);
		StreamedCorpus streamed = new StreamedCorpus(absolute, corpus, resource, converter);
		InternalEList<Document> documents = (InternalEList<Document>) corpus.getDocuments();
		for (int i = 0; i < documents.size(); i++) {
			InternalEObject reference = (InternalEObject) documents.basicGet(i);
			String id = reference.eIsProxy() ? idOf(reference.eProxyURI(), corpusFile)
					: ((Document) reference).getId();
			if (!streamed.idSet.add(id)) {
				throw new StoreException(corpusFile + ": lists document " + id
						+ " twice; remove the second <documents> reference to it");
			}
			streamed.documentIds.add(id);
		}
		streamed.indexIds();
		return streamed;
	}

	/** The document id a reference names: its file's name without extension, which must be in documents/. */
	private static String idOf(URI reference, Path corpusFile) throws StoreException {
		URI file = reference.trimFragment();
		if (!file.isFile() || !Path.of(file.toFileString()).toAbsolutePath().normalize().getParent()
				.equals(corpusFile.getParent().resolve(CorpusStore.DOCUMENTS_FOLDER))) {
			throw new StoreException(corpusFile + ": document reference " + reference + " does not lead to a file in "
					+ CorpusStore.DOCUMENTS_FOLDER + "/");
		}
		return file.trimFileExtension().lastSegment();
	}

	/**
	 * Documents resolve their types, roles and actors by id in corpus.xml, from several threads at once: the ids are
	 * indexed once here, so a look-up reads a map instead of walking (and caching into) the resource.
	 */
	private void indexIds() {
		Map<String, EObject> ids = new ConcurrentHashMap<>();
		for (TreeIterator<EObject> all = EcoreUtil.getAllProperContents(corpusResource, false); all.hasNext();) {
			EObject object = all.next();
			if (object instanceof Document) {
				all.prune();
				continue;
			}
			String id = EcoreUtil.getID(object);
			if (id != null) {
				ids.putIfAbsent(id, object);
			}
		}
		((ResourceImpl) corpusResource).setIntrinsicIDToEObjectMap(ids);
	}

	public Path folder() {
		return folder;
	}

	/** The corpus with its schema and actors; its documents are not loaded (use {@link #load}). */
	public Corpus corpus() {
		return corpus;
	}

	public int size() {
		return documentIds.size();
	}

	public String documentId(int index) {
		return documentIds.get(index);
	}

	public List<String> documentIds() {
		return List.copyOf(documentIds);
	}

	public boolean contains(String documentId) {
		return idSet.contains(documentId);
	}

	/**
	 * Loads a document with its text and structure into a resource set of its own; may be called from several
	 * threads at once (each for another document). Its references into corpus.xml are checked.
	 */
	public Document load(int index) throws IOException {
		return load(index, false);
	}

	/**
	 * Loads a document's XML only (metadata, zones, annotation sets), not its text and structure: what a pass that
	 * chooses documents by their annotations needs. Thread-safe as {@link #load}.
	 */
	public Document loadAnnotations(int index) throws IOException {
		return load(index, true);
	}

	private Document load(int index, boolean annotationsOnly) throws IOException {
		String id = documentIds.get(index);
		ResourceSet resourceSet = CorpusStore.newResourceSet();
		if (annotationsOnly) {
			resourceSet.getLoadOptions().put(DipannoResource.OPTION_ANNOTATIONS_ONLY, Boolean.TRUE);
		}
		resourceSet.setURIConverter(uriConverter);
		Map<URI, Resource> shared = new HashMap<>();
		shared.put(corpusResource.getURI(), corpusResource);
		((ResourceSetImpl) resourceSet).setURIResourceMap(shared);
		URI uri = URI.createFileURI(CorpusStore.documentFile(folder, id).toString());
		Resource resource = CorpusStore.loadResource(resourceSet, uri);
		if (resource.getContents().size() != 1 || !(resource.getContents().get(0) instanceof Document document)) {
			throw new StoreException(DipannoResource.displayName(uri) + ": holds no document");
		}
		if (!id.equals(document.getId())) {
			throw new StoreException(DipannoResource.displayName(uri) + ": holds document " + document.getId()
					+ ", but " + CorpusStore.CORPUS_FILE + " lists it as " + id);
		}
		Set<String> setIds = new HashSet<>();
		for (AnnotationSet set : document.getAnnotationSets()) {
			if (!setIds.add(set.getId())) {
				throw new StoreException(DipannoResource.displayName(uri) + ": holds two annotation sets with id \""
						+ set.getId() + "\"; merge their annotations into one set (or rename one) by hand");
			}
		}
		// The corpus is the document's container without listing it: the list keeps its unresolved reference.
		((InternalEObject) document).eBasicSetContainer((InternalEObject) corpus, ModelPackage.DOCUMENT__CORPUS, null);
		for (AnnotationSet set : document.getAnnotationSets()) {
			EcoreUtil.resolveAll(set);
		}
		CorpusStore.checkReferencesResolved(document);
		return document;
	}

	/** The length of a text in UTF-8 bytes, counted without encoding it (for progress in megabytes). */
	public static long utf8Length(String text) {
		long bytes = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : Character.isSurrogate(c) ? 2 : 3;
		}
		return bytes;
	}

	/**
	 * Drops a document {@link #load} gave: its resource leaves its resource set. Nothing else refers to it (the
	 * corpus lists the unresolved reference), so it is garbage once the caller lets go; it is not unloaded into
	 * proxies, which would cost a fragment for each of its objects.
	 */
	public void release(Document document) {
		Resource resource = ((InternalEObject) document).eDirectResource();
		if (resource != null && resource.getResourceSet() != null) {
			resource.getResourceSet().getResources().remove(resource);
		}
	}

	/**
	 * Lists a document whose files were just saved ({@link CorpusStore#serializeNewDocument}, {@link CorpusStore#writeFiles}) at the end of the corpus;
	 * corpus.xml names it once {@link #saveCorpusFile} wrote it.
	 */
	public void add(String documentId) {
		if (!idSet.add(documentId)) {
			throw new IllegalArgumentException("corpus " + corpus.getId() + " already has a document " + documentId);
		}
		Document reference = ModelFactory.eINSTANCE.createDocument();
		((InternalEObject) reference).eSetProxyURI(
				URI.createFileURI(CorpusStore.documentFile(folder, documentId).toString()).appendFragment(documentId));
		((InternalEList<Document>) corpus.getDocuments()).addUnique(reference);
		documentIds.add(documentId);
	}

	/**
	 * Writes corpus.xml atomically (after the document files it lists), then deletes document files it does not
	 * list (left by a killed import).
	 */
	public void saveCorpusFile(CorpusStore store) throws IOException {
		store.saveCorpusFile(corpus, corpusResource, folder, idSet);
	}
}
