package org.dipanno.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;

import org.dipanno.seeds.SeedCorpus;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/** The seed corpus must be readable from inside the OSGi runtime the product uses. */
class SeedCorpusInOsgiTest {

	@Test
	void seedBundleIsResolvedInsideOsgi() {
		Bundle bundle = FrameworkUtil.getBundle(SeedCorpus.class);
		assertNotNull(bundle, "SeedCorpus must be loaded by an OSGi bundle here");
		assertEquals("org.dipanno.seeds", bundle.getSymbolicName());
		assertTrue((bundle.getState() & (Bundle.RESOLVED | Bundle.ACTIVE | Bundle.STARTING)) != 0,
				"state " + bundle.getState());
	}

	@Test
	void everySeedArticleIsReadableThroughTheBundle() {
		for (String name : SeedCorpus.FILE_NAMES) {
			String text = new String(SeedCorpus.read(name), StandardCharsets.UTF_8);
			assertTrue(text.length() > 2000, name + " has " + text.length() + " characters");
		}
		String third = new String(SeedCorpus.read("002_cb3ffdcf37eaec80.txt"), StandardCharsets.UTF_8);
		assertTrue(third.startsWith("Việt Nam và Hoa Kỳ hướng tới cán cân thương mại hài hòa, bền vững\n"),
				"the third seed is the article on the Vietnam-US trade balance");
	}
}
