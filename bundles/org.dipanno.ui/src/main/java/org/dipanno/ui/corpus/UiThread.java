package org.dipanno.ui.corpus;

import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.swt.widgets.Display;

/**
 * Runs work on the UI thread from a job and returns its result: the model is read and changed only there, where the
 * editors and views read it, so that a job never sees a document half-changed (EMF objects are not thread-safe).
 */
public final class UiThread {

	private UiThread() {
	}

	public static <T> T call(Display display, Callable<T> work) throws Exception {
		if (display.isDisposed()) {
			throw new IllegalStateException("The workbench is closing");
		}
		if (display.getThread() == Thread.currentThread()) {
			return work.call();
		}
		AtomicReference<T> result = new AtomicReference<>();
		AtomicReference<Exception> failure = new AtomicReference<>();
		display.syncExec(() -> {
			try {
				result.set(work.call());
			} catch (Exception e) {
				failure.set(e);
			}
		});
		if (failure.get() != null) {
			throw failure.get();
		}
		return result.get();
	}

	/** {@link #call} for work that throws no checked exception. */
	public static <T> T get(Display display, Callable<T> work) {
		try {
			return call(display, work);
		} catch (RuntimeException e) {
			throw e;
		} catch (Exception e) {
			throw new IllegalStateException(e.getMessage(), e);
		}
	}
}
