package org.dipanno.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class ProgressMeterTest {

	@Test
	void aLineSaysCountRateAndTimeLeft() {
		assertEquals("annotate: 1,200 of 200,000 documents (0.6 %), 40.0 documents/s, 0.42 MB/s, 1 h 22 min left",
				ProgressMeter.format("annotate", 1200, 200_000, 12_600_000, 30));
		assertEquals("import: 0 of 10 documents (0.0 %), 0.0 documents/s, 0.00 MB/s, time left unknown",
				ProgressMeter.format("import", 0, 10, 0, 3));
	}

	@Test
	void durationsAreReadable() {
		assertEquals("45 s", ProgressMeter.duration(44.6));
		assertEquals("12 min 5 s", ProgressMeter.duration(725));
		assertEquals("3 h 20 min", ProgressMeter.duration(12_000));
	}

	@Test
	void nothingInTheFirstTwoSecondsThenALineEveryTenSecondsInALog() {
		long[] now = { 0 };
		List<String> lines = new ArrayList<>();
		ProgressMeter meter = new ProgressMeter("export", 100, () -> now[0], lines::add, false);
		for (int second = 1; second <= 25; second++) {
			now[0] = second * 1_000_000_000L;
			meter.update(second, second * 1000L);
		}
		meter.finish();
		assertEquals(List.of(ProgressMeter.format("export", 2, 100, 2000, 2),
				ProgressMeter.format("export", 12, 100, 12000, 12), ProgressMeter.format("export", 22, 100, 22000, 22)),
				lines);
	}

	@Test
	void onATerminalOneLineIsRewrittenEverySecondAndEndedAtTheFinish() {
		long[] now = { 0 };
		List<String> lines = new ArrayList<>();
		ProgressMeter meter = new ProgressMeter("import", 10, () -> now[0], lines::add, true);
		now[0] = 1_500_000_000L;
		meter.update(1, 10);
		now[0] = 2_500_000_000L;
		meter.update(2, 20);
		now[0] = 2_900_000_000L;
		meter.update(3, 30);
		now[0] = 3_600_000_000L;
		meter.update(4, 40);
		meter.finish();
		assertEquals(List.of("\r" + ProgressMeter.format("import", 2, 10, 20, 2.5),
				"\r" + ProgressMeter.format("import", 4, 10, 40, 3.6), System.lineSeparator()), lines);
	}

	@Test
	void aShortRunShowsNothing() {
		long[] now = { 0 };
		List<String> lines = new ArrayList<>();
		ProgressMeter meter = new ProgressMeter("annotate", 5, () -> now[0], lines::add, true);
		now[0] = 1_900_000_000L;
		meter.update(5, 50);
		meter.finish();
		assertEquals(List.of(), lines);
	}
}
