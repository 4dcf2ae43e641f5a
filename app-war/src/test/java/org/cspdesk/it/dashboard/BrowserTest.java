package org.cspdesk.it.dashboard;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.cspdesk.it.IntegrationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Base of the dashboard's browser tests: one headless Debian Chromium per test class, driven through Debian's
 * chromedriver (its path given, so Selenium downloads nothing), against the suite's one running WAR. The suite
 * fails, never skips, when Chromium or its driver is missing ({@code apt-get install chromium chromium-driver}).
 *
 * <p>Helpers speak the reader's terms: sign in as a role, open a page, find a control by its label, check a page's
 * accessibility with axe-core (serious and critical violations fail), take a screenshot.
 */
public abstract class BrowserTest extends IntegrationTest {
    static final Path CHROMIUM = Path.of(System.getProperty("it.chromium", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getProperty("it.chromedriver", "/usr/bin/chromedriver"));
    static final Duration PATIENCE = Duration.ofSeconds(20);

    protected static ChromeDriver browser;

    @BeforeAll
    static void openBrowser() {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            fail("The dashboard's browser tests need Debian's Chromium and its driver at " + CHROMIUM + " and "
                    + CHROMEDRIVER + ": apt-get install chromium chromium-driver");
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        // --no-sandbox: Chromium's sandbox cannot start as root (CI runs as root). The rest keep Chromium from
        // calling out to Google's services, which this network refuses.
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-quic", "--disable-default-apps", "--window-size=1280,1000", "--lang=en-US");
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "en-US,en"));
        options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().scriptTimeout(PATIENCE);
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.quit();
            browser = null;
        }
    }

    /** Forgets the language a test chose (the application keeps it in localStorage), so the next starts in English. */
    @org.junit.jupiter.api.AfterEach
    void forgetTheLanguage() {
        if (browser != null && browser.getCurrentUrl().startsWith(baseUrl())) {
            ((JavascriptExecutor) browser).executeScript("localStorage.clear()");
        }
    }

    protected static String baseUrl() {
        return "http://localhost:" + Integer.getInteger("it.http.port", 8080);
    }

    /** Opens an address of the dashboard, as typing it in the address bar does (a fresh page load). */
    protected static void open(String path) {
        browser.get(baseUrl() + path);
    }

    /** Opens the address and signs in there as partner staff in that role; waits for the page. */
    protected static void openAs(String role, String path) {
        open(path);
        signIn(role);
    }

    /** Signs in on the sign-in form in front of us. */
    protected static void signIn(String role) {
        Select roles = new Select(waitFor(By.id("signin-role")));
        roles.selectByValue(role);
        waitFor(By.id("signin-submit")).click();
        waitUntil(() -> browser.findElements(By.tagName("cspdesk-signin")).isEmpty());
    }

    /** Opens the address and signs in as that user of that customer (the Customer and User choices). */
    protected static void openAsCustomerUser(String path, String companyName, String userPrincipalName) {
        open(path);
        new Select(waitFor(By.id("signin-role"))).selectByValue("CustomerUser");
        WebElement search = waitFor(By.id("signin-customer-search"));
        search.sendKeys(companyName);
        waitUntil(() -> new Select(browser.findElement(By.id("signin-customer"))).getOptions().stream()
                .anyMatch(o -> o.getText().startsWith(companyName + " (") && o.isSelected()));
        waitUntil(() -> new Select(browser.findElement(By.id("signin-user"))).getOptions().stream()
                .anyMatch(o -> o.getText().equals(userPrincipalName)));
        new Select(browser.findElement(By.id("signin-user"))).selectByVisibleText(userPrincipalName);
        browser.findElement(By.id("signin-submit")).click();
        waitUntil(() -> browser.findElements(By.tagName("cspdesk-signin")).isEmpty());
    }

    /** Waits until the page element (e.g. {@code page-account}) has loaded and drawn; returns it. */
    protected static WebElement page(String tag) {
        WebElement page = waitFor(By.cssSelector(tag + "[data-ready]"));
        assertThat(page.getAttribute("data-ready")).as(tag + " loaded without an error").isEqualTo("ready");
        return page;
    }

    /** Waits until a page element has drawn, whether or not its load succeeded. */
    protected static WebElement pageDrawn(String tag) {
        return waitFor(By.cssSelector(tag + "[data-ready]"));
    }

    protected static WebElement waitFor(By what) {
        return new WebDriverWait(browser, PATIENCE).until(d -> {
            List<WebElement> found = d.findElements(what);
            return found.isEmpty() || !found.get(0).isDisplayed() ? null : found.get(0);
        });
    }

    protected static void waitUntil(java.util.function.BooleanSupplier condition) {
        new WebDriverWait(browser, PATIENCE).ignoring(RuntimeException.class).until(d -> condition.getAsBoolean());
    }

    /** The control a label names: a {@code <label for>}'s target, or an element whose aria-label it is. */
    protected static WebElement labelled(String label) {
        String quoted = xpathString(label);
        return waitFor(By.xpath("//*[@id=//label[normalize-space(.)=" + quoted + "]/@for] | //*[@aria-label=" + quoted + "]"));
    }

    protected static WebElement button(String text) {
        String quoted = xpathString(text);
        return waitFor(By.xpath("//button[normalize-space(.)=" + quoted + "] | //a[@role='button' and normalize-space(.)=" + quoted + "]"));
    }

    protected static WebElement link(String text) {
        String quoted = xpathString(text);
        return waitFor(By.xpath("//a[normalize-space(.)=" + quoted + " or @aria-label=" + quoted + "]"));
    }

    /** A text as an XPath 1.0 string literal, whatever quotes it holds ("Billing contact's name"). */
    protected static String xpathString(String text) {
        if (!text.contains("'")) {
            return "'" + text + "'";
        }
        if (!text.contains("\"")) {
            return "\"" + text + "\"";
        }
        return "concat('" + text.replace("'", "', \"'\", '") + "')";
    }

    /** Chooses the dashboard's language with the Language select ("English", "Svenska", "Deutsch"). */
    protected static void chooseLanguage(String name) {
        new Select(browser.findElement(By.id("language"))).selectByVisibleText(name);
        waitUntil(() -> !browser.findElement(By.tagName("html")).getAttribute("lang").isEmpty()
                && new Select(browser.findElement(By.id("language"))).getFirstSelectedOption().getText().equals(name));
    }

    protected static String text() {
        return browser.findElement(By.tagName("body")).getText();
    }

    /** Fails on the page's serious or critical accessibility violations (axe-core, WCAG 2.x A and AA). */
    protected static void assertAccessible(String what) {
        Results results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
                .analyze(browser);
        List<String> violations = results.getViolations().stream()
                .filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
                .map(BrowserTest::describe).toList();
        assertThat(violations).as("serious or critical accessibility violations on " + what).isEmpty();
    }

    private static String describe(Rule rule) {
        return rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " at "
                + rule.getNodes().stream().limit(3).map(node -> String.valueOf(node.getTarget())).toList();
    }

    /** What the browser's console said at SEVERE level since the last call (CSP violations, failed scripts). */
    protected static List<String> consoleErrors() {
        return browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage).toList();
    }

    /** The renders the application recorded: page, path, ms and API calls of each. */
    @SuppressWarnings("unchecked")
    protected static List<Map<String, Object>> renders() {
        return (List<Map<String, Object>>) ((JavascriptExecutor) browser)
                .executeScript("return (window.__cspdesk && window.__cspdesk.renders) || []");
    }

    /** The API calls of the page's last render: at most two for every page (never one per row). */
    protected static int lastRenderCalls(String page) {
        return renders().stream().filter(r -> page.equals(r.get("page"))).reduce((a, b) -> b)
                .map(r -> ((Number) r.get("calls")).intValue()).orElseThrow();
    }

    /** Opens the page, waits for it, and checks what every page must be: accessible, and drawn in two calls. */
    protected static WebElement pageChecked(String tag, String what) {
        WebElement page = page(tag);
        assertThat(lastRenderCalls(tag)).as("API calls to render " + what).isLessThanOrEqualTo(2);
        assertAccessible(what);
        return page;
    }

    /** A PNG of the window in target/screenshots (the README's pictures are made this way). */
    protected static void screenshot(String name) {
        try {
            Path folder = Path.of(System.getProperty("it.screenshots", "target/screenshots"));
            Files.createDirectories(folder);
            Files.write(folder.resolve(name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new IllegalStateException("cannot write the screenshot " + name, e);
        }
    }
}
