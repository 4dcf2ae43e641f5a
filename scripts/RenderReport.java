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
 * (window.__cspdesk.renders), on a running server with the development sign-in on, signed in as an Admin agent.
 *
 * java -cp SELENIUM_CLASSPATH scripts/RenderReport.java BASE_URL CUSTOMER_ID [ROUNDS [SUBSCRIPTION_ID]]
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
            String c = "/customers/" + customer;
            List<String[]> pages = new java.util.ArrayList<>(List.of(new String[]{"/customers", "page-customers"},
                    new String[]{"/customers?q=Conto", "page-customers"},
                    new String[]{"/customers?q=Bulk%20Customer%2005", "page-customers"},
                    new String[]{c + "/account", "page-account"}, new String[]{c + "/users", "page-users"},
                    new String[]{c + "/subscriptions", "page-subscriptions"}, new String[]{c + "/orders", "page-orders"},
                    new String[]{c + "/reservations", "page-reservations"},
                    new String[]{c + "/buy-reservation", "page-buy-reservation"},
                    new String[]{"/activity-log", "page-activity-log"},
                    new String[]{"/activity-log?by=customerId&value=" + customer, "page-activity-log"},
                    new String[]{"/reports", "page-reports"}, new String[]{"/reports?view=operationType", "page-reports"},
                    new String[]{"/reports?view=selfServe", "page-reports"}, new String[]{"/price-list", "page-price-list"},
                    new String[]{"/notifications", "page-notifications"}));
            if (args.length > 3) {
                pages.add(6, new String[]{c + "/subscriptions/" + args[3], "page-role-assignments"});
            }
            // calls: the page's own API calls; frame: the frame's (the customer's name in the menu, once per customer).
            System.out.printf("%-60s %6s %6s %10s %10s%n", "page", "calls", "frame", "median ms", "max ms");
            for (String[] page : pages) {
                long[] times = new long[rounds];
                long calls = 0;
                long frame = 0;
                for (int i = 0; i < rounds; i++) {
                    browser.get(base + page[0]);
                    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
                    new Select(wait.until(d -> d.findElement(By.id("signin-role")))).selectByValue("AdminAgent");
                    browser.findElement(By.cssSelector("cspdesk-signin button[type=submit]")).click();
                    wait.until(d -> !d.findElements(By.cssSelector(page[1] + "[data-ready]")).isEmpty());
                    @SuppressWarnings("unchecked")
                    List<Map<String, Object>> renders = (List<Map<String, Object>>) ((JavascriptExecutor) browser)
                            .executeScript("return window.__cspdesk.renders");
                    Map<String, Object> last = renders.get(renders.size() - 1);
                    times[i] = ((Number) last.get("ms")).longValue();
                    calls = ((Number) last.get("calls")).longValue();
                    frame = ((Number) last.get("frameCalls")).longValue();
                }
                java.util.Arrays.sort(times);
                System.out.printf("%-60s %6d %6d %10d %10d%n", page[0].length() > 60 ? page[0].substring(0, 60) : page[0],
                        calls, frame, times[rounds / 2], times[rounds - 1]);
            }
        } finally {
            browser.quit();
        }
    }
}
