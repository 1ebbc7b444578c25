package vn.taphuan.web;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Over HTTP, as a browser asks: the page is asked for again at every visit, and names its script and style under the
 * build's content hash, where they (the modules they import, the chart library, the map's shapes) are cached for a
 * year as immutable.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class StaticAssetsCachingTest {

    private static final Pattern SCRIPT = Pattern.compile("<script type=\"module\" src=\"(v-[0-9a-f]{12})/assets/js/main\\.js\"");

    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class Host {
    }

    @LocalServerPort
    int port;

    @Autowired
    StaticAssets assets;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void thePageIsNeverKeptAndNamesItsScriptsByTheirHash() throws Exception {
        for (String path : new String[] {"/", "/index.html"}) {
            HttpResponse<String> page = get(path);
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.headers().firstValue("Cache-Control")).as(path).hasValue("no-cache");
            assertThat(page.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
            Matcher script = SCRIPT.matcher(page.body());
            assertThat(script.find()).as(page.body()).isTrue();
            assertThat(script.group(1)).isEqualTo(assets.prefix());
            assertThat(page.body()).contains("href=\"" + assets.prefix() + "/assets/app.css\"")
                    .contains("Tập huấn"); // UTF-8 kept
        }
    }

    @Test
    void theHashedScriptsStylesChartsAndShapesAreCachedForAYear() throws Exception {
        String prefix = "/" + assets.prefix();
        for (String path : new String[] {"/assets/js/main.js", "/assets/js/views/plan.js", "/assets/app.css",
                "/webjars/echarts/dist/echarts.esm.min.js"}) {
            HttpResponse<String> asset = get(prefix + path);
            assertThat(asset.statusCode()).as(path).isEqualTo(200);
            assertThat(asset.headers().firstValue("Cache-Control")).as(path)
                    .hasValue("max-age=31536000, public, immutable");
        }
        // the modules import each other relatively: the chart library resolves under the same prefix
        assertThat(get(prefix + "/assets/js/charts.js").body()).contains("'../../webjars/echarts/dist/echarts.esm.min.js'");
    }

    @Test
    void theAddressesWithoutTheHashStillAnswerButAreAskedForAgain() throws Exception {
        HttpResponse<String> unversioned = get("/assets/js/main.js");
        assertThat(unversioned.statusCode()).isEqualTo(200);
        assertThat(unversioned.headers().firstValue("Cache-Control")).hasValue("no-cache");
        assertThat(get("/v-000000000000/assets/js/main.js").statusCode()).as("another build's prefix").isEqualTo(404);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
