package org.dipanno.cli;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

import com.sun.management.GarbageCollectionNotificationInfo;

/**
 * The figures of a run for benchmarks, printed on standard error with {@code --stats} (or the environment variable
 * {@code DIPANNO_STATS=1}): documents and megabytes, wall and processor time, megabytes per processor-second, threads
 * and the heap: the most that was live after a full garbage collection during the run (what the run keeps; a young
 * collection leaves dead objects in the old generation), and the peak used (the sum of the heap pools' peaks,
 * garbage included).
 */
final class RunStatistics {

	static final String OPTION = "stats";

	private final long startNanos = System.nanoTime();
	private final long startCpuNanos = cpuNanos();
	private final AtomicLong mostLiveAfterGc = new AtomicLong();
	private final AtomicLong fullCollections = new AtomicLong();

	RunStatistics() {
		for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
			if (collector instanceof NotificationEmitter emitter) {
				emitter.addNotificationListener((notification, handback) -> {
					if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
						GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo
								.from((CompositeData) notification.getUserData());
						if (!info.getGcAction().contains("major")) {
							return;
						}
						fullCollections.incrementAndGet();
						long live = 0;
						for (MemoryUsage usage : info.getGcInfo().getMemoryUsageAfterGc().values()) {
							live += usage.getUsed();
						}
						mostLiveAfterGc.accumulateAndGet(live, Math::max);
					}
				}, null, null);
			}
		}
	}

	static boolean wanted(Arguments arguments) {
		return arguments.flag(OPTION) || "1".equals(System.getenv("DIPANNO_STATS"));
	}

	/** E.g. "annotate: 2,000 documents, 21.1 MB in 12.3 s wall, 20.1 s CPU, 1.05 MB per CPU-second, ...". */
	String describe(String command, int documents, long bytes, int threads) {
		double wall = (System.nanoTime() - startNanos) / 1e9;
		double cpu = (cpuNanos() - startCpuNanos) / 1e9;
		return String.format(Locale.ROOT,
				"%s: %,d documents, %.1f MB in %.2f s wall, %.2f s CPU; %.2f MB/s, %.2f MB per CPU-second; %d threads; heap: at most %d MB live after a full collection (%d of them), peak %d MB used of %d MB",
				command, documents, bytes / 1e6, wall, cpu, wall > 0 ? bytes / 1e6 / wall : 0.0,
				cpu > 0 ? bytes / 1e6 / cpu : 0.0, threads, mostLiveAfterGc.get() >> 20, fullCollections.get(),
				peakHeapBytes() >> 20,
				Runtime.getRuntime().maxMemory() >> 20);
	}

	static long peakHeapBytes() {
		long peak = 0;
		for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
			if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
				peak += pool.getPeakUsage().getUsed();
			}
		}
		return peak;
	}

	private static long cpuNanos() {
		if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
			return os.getProcessCpuTime();
		}
		return 0;
	}
}
