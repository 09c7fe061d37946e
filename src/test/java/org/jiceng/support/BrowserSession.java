package org.jiceng.support;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;

/** One browser per test, closed after it whatever happened: {@code @RegisterExtension BrowserSession browsers}. */
public final class BrowserSession implements AfterEachCallback {

    private WebDriver browser;

    public WebDriver start(Dimension size) {
        browser = Browser.start(size);
        return browser;
    }

    @Override
    public void afterEach(ExtensionContext context) {
        if (browser != null) {
            browser.quit();
            browser = null;
        }
    }
}
