package org.dipanno.ui.corpus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.dipanno.model.Corpus;
import org.dipanno.model.Document;
import org.dipanno.model.imports.CorpusFolders;
import org.dipanno.model.persistence.CorpusLock;
import org.dipanno.model.persistence.CorpusStore;
import org.dipanno.model.persistence.StoreException;
import org.dipanno.seeds.SeedCorpus;
import org.dipanno.ui.DipannoUi;
import org.eclipse.core.runtime.Platform;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.jface.preference.IPersistentPreferenceStore;

/**
 * The corpus the workbench works on: a corpus folder in the workspace, loaded once and shared by the navigator and
 * the editors. On first start it is made from the seed articles.
 *
 * <p>Unsaved work is kept as recovery copies in {@code .recovery/} beside {@code documents/}, written atomically,
 * so that after a crash the editor can offer it back.
 */
public final class WorkspaceCorpus {

	public static final String FOLDER_NAME = "corpus";
	public static final String RECOVERY_FOLDER = ".recovery";

	private static WorkspaceCorpus defaultCorpus;

	private final Path folder;
	private final CorpusStore store = new CorpusStore();
	private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
	private Corpus corpus;
	private CorpusLock lock;

	public WorkspaceCorpus(Path folder) {
		this.folder = folder.toAbsolutePath().normalize();
	}

	/**
	 * The corpus the workbench works on: the folder last opened with File > Open Corpus Folder (remembered across
	 * restarts while it holds a corpus), else the corpus in the workbench's workspace (instance location).
	 */
	public static synchronized WorkspaceCorpus getDefault() {
		if (defaultCorpus == null) {
			Path remembered = rememberedFolder();
			defaultCorpus = new WorkspaceCorpus(remembered != null ? remembered : workspaceFolder());
		}
		return defaultCorpus;
	}

	/** The corpus folder in the workbench's workspace, made from the seed articles on first use. */
	public static Path workspaceFolder() {
		return Path.of(Platform.getInstanceLocation().getURL().getPath()).resolve(FOLDER_NAME).toAbsolutePath()
				.normalize();
	}

	private static Path rememberedFolder() {
		DipannoUi ui = DipannoUi.getDefault();
		String value = ui == null ? "" : ui.getPreferenceStore().getString(DipannoUi.PREF_CORPUS_FOLDER).strip();
		if (value.isEmpty()) {
			return null;
		}
		Path folder = Path.of(value);
		return CorpusFolders.isCorpus(folder) ? folder : null;
	}

	/**
	 * Makes the corpus in a folder the workbench's corpus (a folder of plain-text articles is imported into a corpus
	 * there first) and remembers it for the next start. Views follow through {@link #addSwitchListener}; editors of
	 * the previous corpus must be closed first.
	 */
	public static CorpusFolders.Opened open(Path folder) throws IOException {
		// A corpus is locked before it is loaded; a folder of articles is locked by the import, then here.
		CorpusLock lock = CorpusFolders.isCorpus(folder) ? CorpusLock.acquire(folder, "dipanno workbench") : null;
		CorpusFolders.Opened opened;
		try {
			opened = CorpusFolders.openOrImport(folder);
			if (lock == null) {
				lock = CorpusLock.acquire(opened.folder(), "dipanno workbench");
			}
		} catch (IOException | RuntimeException e) {
			if (lock != null) {
				lock.close();
			}
			throw e;
		}
		WorkspaceCorpus next = new WorkspaceCorpus(opened.folder());
		next.corpus = opened.corpus();
		next.lock = lock;
		WorkspaceCorpus previous;
		synchronized (WorkspaceCorpus.class) {
			previous = defaultCorpus;
			defaultCorpus = next;
		}
		if (previous != null) {
			previous.releaseLock();
		}
		DipannoUi ui = DipannoUi.getDefault();
		if (ui != null) {
			ui.getPreferenceStore().setValue(DipannoUi.PREF_CORPUS_FOLDER,
					opened.folder().equals(workspaceFolder()) ? "" : opened.folder().toString());
			if (ui.getPreferenceStore() instanceof IPersistentPreferenceStore persistent) {
				persistent.save();
			}
		}
		SWITCH_LISTENERS.forEach(Runnable::run);
		return opened;
	}

	private static final List<Runnable> SWITCH_LISTENERS = new CopyOnWriteArrayList<>();

	/** Called after another corpus became the workbench's corpus (see {@link #open}). */
	public static void addSwitchListener(Runnable listener) {
		SWITCH_LISTENERS.add(listener);
	}

	public static void removeSwitchListener(Runnable listener) {
		SWITCH_LISTENERS.remove(listener);
	}

	public Path folder() {
		return folder;
	}

	/** The corpus, loaded on first use; made from the seed articles when the folder holds none yet. */
	public synchronized Corpus corpus() throws IOException {
		if (corpus == null) {
			// The workbench holds the corpus's write lock while it has the corpus open: a command-line import or
			// annotate on it is refused instead of overwriting the workbench's saves (or being overwritten).
			CorpusLock acquired = CorpusLock.acquire(folder, "dipanno workbench");
			try {
				if (!Files.isRegularFile(folder.resolve(CorpusStore.CORPUS_FILE))) {
					store.save(SeedCorpus.importCorpus(), folder);
				}
				corpus = store.load(folder);
			} catch (IOException | RuntimeException e) {
				acquired.close();
				throw e;
			}
			lock = acquired;
		}
		return corpus;
	}

	/** Leaves the corpus's write lock (another corpus became the workbench's). */
	synchronized void releaseLock() throws IOException {
		if (lock != null) {
			lock.close();
			lock = null;
		}
	}

	public Document document(String id) throws IOException {
		Document document = corpus().findDocument(id);
		if (document == null) {
			throw new StoreException(folder + ": no document \"" + id + "\" in this corpus");
		}
		return document;
	}

	/** Saves the document atomically and drops its recovery copy. */
	public void saveDocument(Document document) throws IOException {
		store.saveDocument(document);
		Files.deleteIfExists(recoveryFile(document.getId()));
		fireChanged();
	}

	/** Throws away unsaved changes of a document by loading it again from its file. */
	public synchronized void revert(Document document) throws IOException {
		Resource resource = document.eResource();
		if (resource == null || corpus == null) {
			return;
		}
		resource.unload();
		resource.load(resource.getResourceSet().getLoadOptions());
		fireChanged();
	}

	public Path recoveryFile(String documentId) {
		return folder.resolve(RECOVERY_FOLDER).resolve(documentId + "." + CorpusStore.DOCUMENT_FILE_EXTENSION);
	}

	/**
	 * Writes the document's current state to its recovery copy (not to its file). The copy lives one folder beside
	 * documents/, so its references to the corpus file resolve the same way.
	 */
	public void saveRecoveryCopy(Document document) throws IOException {
		store.writeCopy(document, recoveryFile(document.getId()));
	}

	/** Whether a recovery copy newer than the document's file exists (work not saved before a crash). */
	public boolean hasRecoveryCopy(String documentId) throws IOException {
		Path recovery = recoveryFile(documentId);
		Path saved = CorpusStore.documentFile(folder, documentId);
		return Files.isRegularFile(recovery) && (!Files.exists(saved)
				|| Files.getLastModifiedTime(recovery).compareTo(Files.getLastModifiedTime(saved)) >= 0);
	}

	/** Loads a recovery copy as a separate document, resolved against this corpus's schema and actors. */
	public Document loadRecoveryCopy(String documentId) throws IOException {
		ResourceSet resourceSet = corpus().eResource().getResourceSet();
		URI uri = URI.createFileURI(recoveryFile(documentId).toString());
		Resource resource = resourceSet.getResource(uri, true);
		if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof Document recovered)) {
			throw new StoreException(recoveryFile(documentId) + ": holds no document");
		}
		return recovered;
	}

	/** Drops a recovery copy (the linguist declined it, or the work was saved). */
	public void discardRecoveryCopy(String documentId) throws IOException {
		Path recovery = recoveryFile(documentId);
		Files.deleteIfExists(recovery);
		for (Path companion : CorpusStore.companionFiles(recovery)) {
			Files.deleteIfExists(companion);
		}
		ResourceSet resourceSet = corpus == null ? null : corpus.eResource().getResourceSet();
		if (resourceSet != null) {
			Resource loaded = resourceSet.getResource(URI.createFileURI(recovery.toString()), false);
			if (loaded != null) {
				loaded.unload();
				resourceSet.getResources().remove(loaded);
			}
		}
	}

	private volatile String lastReport;

	/** Tells the views what a corpus-wide run (e.g. applying rules) did; they show it until the next one. */
	public void reportRun(String message) {
		lastReport = message;
		fireChanged();
	}

	/** What the last corpus-wide run did, or null. */
	public String lastReport() {
		return lastReport;
	}

	/** Called after documents were saved or reverted (e.g. to refresh progress in the navigator). */
	public void addChangeListener(Runnable listener) {
		listeners.add(listener);
	}

	public void removeChangeListener(Runnable listener) {
		listeners.remove(listener);
	}

	public void fireChanged() {
		listeners.forEach(Runnable::run);
	}
}
