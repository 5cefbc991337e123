package org.slumber.examples.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.slumber.examples.browser.BrowsableExample.APP;
import static org.slumber.examples.browser.BrowsableExample.ROOT;
import static org.slumber.examples.browser.BrowsableExample.data;
import static org.slumber.examples.browser.BrowsableExample.model;
import static org.slumber.examples.browser.BrowsableExample.shopData;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.slumber.examples.browser.WebDriverClient.By;
import org.slumber.examples.browser.WebDriverClient.Element;

/**
 * A real headless Chromium, driven through chromedriver's W3C WebDriver API, browses the
 * running pizza example's HTML view as the user {@code user} with HTTP Basic: from the
 * service directory through the service's application list, the app, the model, its instances
 * and an instance to the foreign key's mounted Shop page, back, and through the pages of a data
 * array. Pages are opened at {@code http://localhost:<port>/}, the host the directory's links
 * name. The model and instance pages are also checked in a phone-sized window (390 CSS pixels
 * wide) for horizontal scrolling. It fails (never skips) when chromium or chromedriver is
 * missing. The instance page's screenshot is kept in {@code target/browser/instance-page.png}.
 */
@DisplayName("A headless Chromium browses the HTML view")
class BrowserTest {

    private static final Path CHROMIUM = Path.of(System.getProperty("slumber.test.chromium", "/usr/bin/chromium"));
    private static final Path CHROMEDRIVER =
            Path.of(System.getProperty("slumber.test.chromedriver", "/usr/bin/chromedriver"));
    private static final Path OUT = Path.of("target", "browser").toAbsolutePath();
    /** The desktop window the browser starts with, and a phone's (CSS pixels). */
    private static final int WIDE = 1200;
    private static final int TALL = 900;
    private static final int PHONE_WIDTH = 390;
    private static final int PHONE_HEIGHT = 844;

    private static BrowsableExample example;
    private static WebDriverClient browser;
    private static int shop;
    private static int pizza;
    /** The dates of the pizza's 12 prices, newest key first (the order pages use). */
    private static final List<String> PRICE_DATES = new ArrayList<>();

    @BeforeAll
    static void start() {
        example = BrowsableExample.start();
        BrowsableExample.Client signed = example.signed();
        shop = BrowsableExample.shop(signed, "Pizzeria Browser", "browser");
        pizza = BrowsableExample.pizza(signed, "Quattro Formaggi", shop);
        for (int day = 1; day <= 12; day++) {
            String date = String.format("2024-02-%02d", day);
            BrowsableExample.price(signed, pizza, date);
            PRICE_DATES.add(0, date);
        }
        browser = WebDriverClient.start(CHROMIUM, CHROMEDRIVER, OUT);
        // every request of the page carries HTTP Basic for user:pass
        browser.cdp("Network.enable", Map.of());
        browser.cdp("Network.setExtraHTTPHeaders",
                Map.of("headers", Map.of("Authorization", BrowsableExample.basicHeader("user", "pass"))));
    }

    @AfterAll
    static void stop() {
        try {
            if (browser != null) {
                browser.close();
            }
        } finally {
            if (example != null) {
                example.close();
            }
        }
    }

    // ---- what a page shows ----

    /** The page's URL on {@code localhost}, the host the service directory links to. */
    private static String url(String path) {
        return "http://localhost:" + example.port() + path;
    }

    /**
     * Asserts the current page, laid out in a phone-sized window, is no wider than the window;
     * then restores the desktop window.
     */
    private static void assertFitsPhone(String what) {
        browser.windowSize(PHONE_WIDTH, PHONE_HEIGHT);
        try {
            browser.waitUntil("a window " + PHONE_WIDTH + " CSS pixels wide", WebDriverClient.WAIT,
                    () -> browser.execute("return window.innerWidth").asInt() <= PHONE_WIDTH);
            int width = browser.execute("return document.documentElement.clientWidth").asInt();
            int scrollWidth = browser.execute("return document.documentElement.scrollWidth").asInt();
            assertThat(width).as("the phone-sized viewport of %s", what).isBetween(300, PHONE_WIDTH);
            assertThat(scrollWidth).as("the width of %s laid out %d pixels wide (no horizontal scrolling)", what,
                    width).isLessThanOrEqualTo(width);
        } finally {
            browser.windowSize(WIDE, TALL);
        }
        browser.waitUntil("the desktop window again", WebDriverClient.WAIT,
                () -> browser.execute("return window.innerWidth").asInt() > PHONE_WIDTH);
    }

    /** Clicks a link and waits for the page it leads to. */
    private static void follow(Element link, String expectedPath) {
        assertThat(link.property("href")).as("where %s leads", link).isEqualTo(url(expectedPath));
        link.click();
        browser.waitForUrl(url(expectedPath));
    }

    /** Asserts the page's heading, status line, last breadcrumb and footer user. */
    private static void assertPage(String path, String heading) {
        assertThat(browser.find(By.css("main > h1")).text()).as("<h1> of %s", path).isEqualTo(heading);
        assertThat(browser.find(By.css("header p.status")).text()).as("status of %s", path).isEqualTo("200 OK");
        assertThat(browser.findAll(By.css("header p.error"))).as("no error on %s", path).isEmpty();
        assertThat(browser.title()).isEqualTo(heading + " \u00B7 200 OK \u00B7 Slumber");
        Element current = browser.find(By.css("header nav.crumbs a[aria-current='page']"));
        assertThat(current.attribute("href")).isEqualTo(path);
        assertThat(browser.find(By.xpath("//footer//dt[.='username']/following-sibling::dd[1]")).text())
                .as("signed in with HTTP Basic on %s", path).isEqualTo("user");
    }

    /** The value ({@code <dd>}) of a member of the main document. */
    private static Element member(String key) {
        return browser.find(By.xpath("//main/dl/dt[.='" + key + "']/following-sibling::dd[1]"));
    }

    /** A cell of a field's row in the field table: 1 kind, 2 type, 3 value or details. */
    private static Element cell(String field, int column) {
        return browser.find(By.xpath("//table[@class='fields']/tbody/tr[th='" + field + "']/td[" + column + "]"));
    }

    private static List<String> pageItems() {
        List<String> displays = new ArrayList<>();
        for (Element item : browser.findAll(By.xpath("//main/dl/dt[.='page']/following-sibling::dd[1]/ol/li"))) {
            displays.add(item.find(By.xpath("dl/dt[.='display']/following-sibling::dd[1]")).text());
        }
        return displays;
    }

    @Test
    @Timeout(90)
    @DisplayName("from the service directory to a Shop through links, on a phone too, a screenshot, and the pages of "
            + "a data array")
    void browse() throws IOException {
        // the service directory, the first page there is
        browser.navigate(url("/slumber/"));
        browser.waitForUrl(url("/slumber/"));
        assertPage("/slumber/", "slumber");
        Element serviceLink = browser.find(By.xpath(
                "//main/dl/dt[.='services']/following-sibling::dd[1]/dl/dt[.='pizzas']/following-sibling::dd[1]//a"));
        assertThat(serviceLink.text()).isEqualTo(url(ROOT));

        // the service: its application list
        follow(serviceLink, ROOT);
        assertPage(ROOT, "pizzas");
        Element appLink = browser.find(By.xpath(
                "//main/dl/dt[.='apps']/following-sibling::dd[1]/dl/dt[.='slumber_examples']/following-sibling::dd[1]//a"));
        assertThat(appLink.text()).isEqualTo(APP);

        // the app lists its models
        follow(appLink, APP);
        assertPage(APP, "slumber_examples");
        List<String> models = new ArrayList<>();
        for (Element dt : browser.findAll(By.xpath("//main/dl/dt[.='models']/following-sibling::dd[1]/dl/dt"))) {
            models.add(dt.text());
        }
        assertThat(models).contains("Shop", "Pizza", "PizzaPrice");

        // the model: its field table
        follow(browser.find(By.xpath("//main//dt[.='Pizza']/following-sibling::dd[1]//a")), model("Pizza"));
        assertPage(model("Pizza"), "Pizza");
        List<String> heads = new ArrayList<>();
        for (Element th : browser.findAll(By.css("table.fields thead th"))) {
            heads.add(th.text());
        }
        assertThat(heads).startsWith("Field", "Kind", "Type");
        assertThat(cell("name", 1).text()).isEqualTo("value");
        assertThat(cell("name", 2).text()).isEqualTo("java.lang.String");
        assertThat(cell("for_sale", 2).text()).isEqualTo("java.lang.Boolean");
        assertThat(cell("exclusive_to", 1).text()).isEqualTo("object");
        assertThat(cell("exclusive_to", 2).find(By.css("a")).attribute("href")).isEqualTo(model("Shop"));
        assertFitsPhone("the Pizza model page");

        // its instances
        Element instances = member("operations").find(By.xpath("dl/dt[.='instances']/following-sibling::dd[1]//a"));
        follow(instances, model("Pizza") + "instances/");
        assertPage(model("Pizza") + "instances/", "instances");
        assertThat(pageItems()).containsExactly("Quattro Formaggi");

        // the pizza
        follow(browser.find(By.xpath("//main//li//dt[.='data']/following-sibling::dd[1]//a")), data("Pizza", pizza));
        assertPage(data("Pizza", pizza), "Quattro Formaggi");
        Element name = cell("name", 3).find(By.css("span.v"));
        assertThat(name.text()).isEqualTo("Quattro Formaggi");
        assertThat(name.attribute("class")).isEqualTo("v string");
        Element forSale = cell("for_sale", 3).find(By.css("span.v"));
        assertThat(forSale.text()).isEqualTo("false");
        assertThat(forSale.attribute("class")).isEqualTo("v boolean");
        assertThat(forSale.attribute("title")).isEqualTo("boolean");
        assertThat(cell("max_extra_toppings", 3).find(By.css("span.v")).attribute("class")).isEqualTo("v null");
        assertThat(member("identity").text()).isEqualTo(data("Pizza", pizza));
        screenshot("instance-page.png");
        assertThat(browser.execute("var d = document.documentElement; return d.scrollWidth <= d.clientWidth").asBoolean())
                .as("the instance page fits the window's width (no horizontal scrolling)").isTrue();
        assertFitsPhone("the pizza's instance page");

        // its foreign key leads to the Shop's mounted URL
        Element foreignKey = cell("exclusive_to", 3).find(By.xpath(".//dt[.='data']/following-sibling::dd[1]//a"));
        assertThat(foreignKey.text()).isEqualTo(shopData(shop));
        follow(foreignKey, shopData(shop));
        assertPage(shopData(shop), "Pizzeria Browser");
        assertThat(cell("name", 3).text()).isEqualTo("Pizzeria Browser");
        assertThat(cell("slug", 3).text()).isEqualTo("browser");
        Element webAddress = cell("web_address", 3).find(By.css("a"));
        assertThat(webAddress.text()).isEqualTo("http://www.example.com/browser/");
        assertThat(webAddress.attribute("rel")).as("a plain link").isNull();
        assertThat(member("identity").text()).isEqualTo(data("Shop", shop));

        // back to the pizza, then its prices
        browser.back();
        browser.waitForUrl(url(data("Pizza", pizza)));
        assertPage(data("Pizza", pizza), "Quattro Formaggi");
        Element prices = member("data_arrays").find(By.xpath("dl/dt[.='prices']/following-sibling::dd[1]//a"));
        follow(prices, data("Pizza", pizza) + "prices/");
        assertPage(data("Pizza", pizza) + "prices/", "prices");
        assertThat(pageItems()).containsExactlyElementsOf(
                PRICE_DATES.subList(0, 10).stream().map(date -> "Quattro Formaggi " + date).toList());
        Element next = browser.find(By.css("main nav.pager a[rel='next']"));
        assertThat(next.text()).isEqualTo("Next page \u203A");
        String nextPath = next.attribute("href");
        assertThat(nextPath).startsWith(data("Pizza", pizza) + "prices/?start_after=");

        // the next page holds the rest, and no further link
        follow(next, nextPath);
        assertThat(browser.find(By.css("main > h1")).text()).isEqualTo("prices");
        assertThat(browser.find(By.css("header p.status")).text()).isEqualTo("200 OK");
        assertThat(pageItems()).containsExactlyElementsOf(
                PRICE_DATES.subList(10, 12).stream().map(date -> "Quattro Formaggi " + date).toList());
        assertThat(browser.findAll(By.css("nav.pager"))).isEmpty();

        // the breadcrumbs lead back up: to the instance, then to the model
        follow(browser.find(By.xpath("//header/nav[@class='crumbs']//a[.='" + pizza + "']")), data("Pizza", pizza));
        assertPage(data("Pizza", pizza), "Quattro Formaggi");
        follow(browser.find(By.xpath("//header/nav[@class='crumbs']//a[.='Pizza']")), model("Pizza"));
        assertPage(model("Pizza"), "Pizza");
    }

    /** Saves a screenshot and checks it is a PNG of the window's size that is not blank. */
    private static void screenshot(String file) throws IOException {
        byte[] png = browser.screenshot();
        Files.createDirectories(OUT);
        Path target = OUT.resolve(file);
        Files.write(target, png);
        assertThat(png).as("a PNG signature").startsWith(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
        assertThat(png.length).as("size of %s", target).isBetween(10_000, 5_000_000);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image).as("a readable image: %s", target).isNotNull();
        assertThat(image.getWidth()).as("width of %s", target).isBetween(1000, 1300);
        assertThat(image.getHeight()).as("height of %s", target).isBetween(600, 1000);
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 4) {
            for (int x = 0; x < image.getWidth(); x += 4) {
                colours.add(image.getRGB(x, y));
            }
        }
        assertThat(colours.size()).as("a page with text, not a blank image: %s", target).isGreaterThan(20);
    }
}
