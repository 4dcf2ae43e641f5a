import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Prints each dashboard page's API calls and render time, as the application records them
 * (window.__cspdesk.renders), on a running server with the development sign-in on. Run by scripts/render-report.sh.
 *
 * java -cp SELENIUM_CLASSPATH scripts/RenderReport.java BASE_URL CUSTOMER_ID [ROUNDS]
 */
public class RenderReport {
    public static void main(String[] args) {
        String base = args[0], customer = args[1];
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        ChromeOptions options = new ChromeOptions();
        options.setBinary(new File("/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=1280,1000", "--lang=en-US");
        ChromeDriver browser = new ChromeDriver(new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver")).usingAnyFreePort().build(), options);
        try {
            List<String[]> pages = List.of(new String[]{"/customers", "page-customers"},
                    new String[]{"/customers?q=Conto", "page-customers"}, new String[]{"/customers?q=Bulk%20Customer%2005", "page-customers"},
                    new String[]{"/customers/" + customer + "/account", "page-account"});
            System.out.printf("%-50s %6s %10s %10s%n", "page", "calls", "median ms", "max ms");
            for (String[] page : pages) {
                long[] times = new long[rounds];
                long calls = 0;
                for (int i = 0; i < rounds; i++) {
                    browser.get(base + page[0]);
                    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
                    new Select(wait.until(d -> d.findElement(By.id("signin-role")))).selectByValue("AdminAgent");
                    browser.findElement(By.cssSelector("cspdesk-signin button[type=submit]")).click();
                    wait.until(d -> !d.findElements(By.cssSelector(page[1] + "[data-ready]")).isEmpty());
                    @SuppressWarnings("unchecked")
                    List<Map<String, Object>> renders = (List<Map<String, Object>>) ((JavascriptExecutor) browser)
                            .executeScript("return window.__cspdesk.renders");
                    @SuppressWarnings("unchecked")
                    List<Map<String, Object>> all = (List<Map<String, Object>>) ((JavascriptExecutor) browser)
                            .executeScript("return window.__cspdesk.calls.filter(c => !c.path.startsWith('/devsignin'))");
                    Map<String, Object> last = renders.get(renders.size() - 1);
                    times[i] = ((Number) last.get("ms")).longValue();
                    calls = all.size();
                }
                java.util.Arrays.sort(times);
                System.out.printf("%-50s %6d %10d %10d%n", page[0].length() > 50 ? page[0].substring(0, 50) : page[0],
                        calls, times[rounds / 2], times[rounds - 1]);
            }
        } finally {
            browser.quit();
        }
    }
}
