package org.jiceng.support;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;

/**
 * The browsers of one test, every one closed after it whatever happened: {@code @RegisterExtension BrowserSession
 * browsers}. A test may start several (a phone and the desk's screen); each left open would outlive the run.
 */
public final class BrowserSession implements AfterEachCallback {

    private final List<WebDriver> browsers = new ArrayList<>();

    public WebDriver start(Dimension size) {
        WebDriver browser = Browser.start(size);
        browsers.add(browser);
        return browser;
    }

    @Override
    public void afterEach(ExtensionContext context) {
        RuntimeException first = null;
        for (WebDriver browser : browsers) {
            try {
                browser.quit();
            } catch (RuntimeException failed) {
                first = first == null ? failed : first;
            }
        }
        browsers.clear();
        if (first != null) {
            throw first;
        }
    }
}
