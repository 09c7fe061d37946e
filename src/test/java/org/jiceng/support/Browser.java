package org.jiceng.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium driven by Debian's chromedriver, both named explicitly so Selenium never tries
 * to download a driver. {@code .ci/run} installs them; without them the browser tests are skipped loudly.
 */
public final class Browser {

    public static final Dimension PHONE = new Dimension(390, 844);
    public static final Dimension DESKTOP = new Dimension(1280, 900);

    private Browser() {
    }

    public static WebDriver start(Dimension size) {
        Path chromium = firstExisting("/usr/bin/chromium", "/usr/bin/chromium-browser");
        Path driver = firstExisting("/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver");
        Assumptions.assumeTrue(chromium != null && driver != null,
                "浏览器测试需要 chromium 和 chromium-driver（apt-get install chromium chromium-driver；.ci/run 会自动安装）");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--lang=zh-CN",
                "--window-size=" + size.getWidth() + "," + size.getHeight());
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(driver.toFile()).usingAnyFreePort().build();
        ChromeDriver browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return browser;
    }

    /** Signs in through the login form as a person would and waits for the home page. */
    public static void signIn(WebDriver browser, int port, String username) {
        browser.get("http://localhost:" + port + "/login");
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(Http.DEMO_PASSWORD);
        browser.findElement(By.id("login")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "您好"));
    }

    private static Path firstExisting(String... paths) {
        for (String path : paths) {
            if (Files.isExecutable(Path.of(path))) {
                return Path.of(path);
            }
        }
        return null;
    }
}
