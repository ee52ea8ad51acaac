package org.cairn.support;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Base of the browser tests: Debian's Chromium driven by Playwright against Cairn with
 * its demo practice, on H2 only (they check pages, not SQL). Without Chromium a test is
 * skipped on a laptop and fails in CI. Subclasses are named {@code *BrowserIT}, so the
 * PostgreSQL run leaves them out; they share one application context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "cairn.demo.enabled=true", "cairn.demo.password=" + BrowserTest.DEMO_PASSWORD,
				"logging.level.org.cairn=WARN" })
@ExtendWith(BrowserTest.ScreenshotOnFailure.class)
public abstract class BrowserTest {

	public static final String DEMO_PASSWORD = "browser-walk-2026";

	/**
	 * Headless, and no background connections: a closed CI network refuses them and
	 * stalls the browser.
	 */
	private static final List<String> CHROMIUM_FLAGS = List.of("--no-sandbox", "--disable-gpu", "--disable-quic",
			"--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync");

	private static final Path SCREENSHOTS = Path.of("target", "screenshots");

	/**
	 * Long enough for a slow first render in CI, short enough that a missing element
	 * fails fast.
	 */
	private static final double TIMEOUT_MILLIS = 10_000;

	private static Playwright playwright;

	private static Browser browser;

	@LocalServerPort
	protected int port;

	private BrowserContext context;

	protected Page page;

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", TestDatabase::url);
		registry.add("spring.datasource.username", TestDatabase::username);
		registry.add("spring.datasource.password", () -> "");
	}

	@BeforeAll
	static void launchChromium() {
		// Also when -Dit.test overrides the PostgreSQL run's exclusion of this class.
		Assumptions.assumeFalse(TestDatabase.postgres(), "the browser test runs on H2 only");
		Path chromium = chromium();
		if (!Files.isExecutable(chromium)) {
			String message = "No Chromium at " + chromium + " (install the Debian package `chromium`)";
			if (System.getenv("CI") != null) {
				throw new IllegalStateException("CI needs the browser test: " + message);
			}
			Assumptions.abort(message + "; browser test skipped");
		}
		// Never download Playwright's own browsers, whichever runner starts this test.
		playwright = Playwright
			.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
		PlaywrightAssertions.setDefaultAssertionTimeout(TIMEOUT_MILLIS);
		browser = playwright.chromium()
			.launch(new BrowserType.LaunchOptions().setExecutablePath(chromium)
				.setHeadless(true)
				.setArgs(CHROMIUM_FLAGS));
	}

	@AfterAll
	static void closeChromium() {
		if (browser != null) {
			browser.close();
		}
		if (playwright != null) {
			playwright.close();
		}
	}

	@AfterEach
	void closePage() {
		if (context != null) {
			context.close();
		}
	}

	/** Runs axe-core's WCAG 2.0–2.2 level A and AA rules on the page as it is now. */
	protected void assertAccessible(String what) {
		AxeResults results = new AxeBuilder(page)
			.withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"))
			.analyze();
		List<String> problems = results.getViolations()
			.stream()
			.map(rule -> rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " at "
					+ rule.getNodes().stream().map(node -> String.valueOf(node.getTarget())).toList())
			.toList();
		org.assertj.core.api.Assertions.assertThat(results.getPasses()).as("axe ran its rules on " + what).isNotEmpty();
		org.assertj.core.api.Assertions.assertThat(problems).as("accessibility problems on " + what).isEmpty();
	}

	protected void open(int width, int height) {
		context = browser.newContext(new Browser.NewContextOptions().setViewportSize(width, height).setLocale("en-GB"));
		context.setDefaultTimeout(TIMEOUT_MILLIS);
		page = context.newPage();
	}

	protected void signInAs(String username) {
		page.navigate("http://localhost:" + port + "/");
		assertThat(page).hasURL(Pattern.compile(".*/login(\\?.*)?$"));
		page.fill("input[name=username]", username);
		page.fill("input[name=password]", DEMO_PASSWORD);
		page.click("form:has(input[name=username]) button[type=submit]");
	}

	/** `which chromium`, or Debian's usual path when there is no such command. */
	static Path chromium() {
		try {
			Process which = new ProcessBuilder("which", "chromium").redirectErrorStream(true).start();
			String found = new String(which.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
			if (which.waitFor() == 0 && !found.isEmpty()) {
				return Path.of(found);
			}
		}
		catch (IOException ex) {
			// No `which` on this machine: fall back to the usual path.
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		return Path.of("/usr/bin/chromium");
	}

	/**
	 * Saves what the browser showed when a test failed, before {@link #closePage()}
	 * closes it: {@code target/screenshots/<test>.png} and the page's HTML beside it.
	 */
	static class ScreenshotOnFailure implements TestExecutionExceptionHandler {

		@Override
		public void handleTestExecutionException(ExtensionContext extension, Throwable failure) throws Throwable {
			if (extension.getRequiredTestInstance() instanceof BrowserTest test && test.page != null
					&& !test.page.isClosed()) {
				String name = extension.getRequiredTestMethod().getName();
				try {
					Files.createDirectories(SCREENSHOTS);
					test.page.screenshot(
							new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
					Files.writeString(SCREENSHOTS.resolve(name + ".html"), test.page.content());
				}
				catch (RuntimeException | IOException ex) {
					failure.addSuppressed(ex);
				}
			}
			throw failure;
		}

	}

	/** Opens a path of this server in the current page. */
	protected void go(String path) {
		page.navigate("http://localhost:" + port + path);
	}

}
