package vn.taphuan.web;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.webjars.WebJarVersionLocator;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The pages' scripts, styles and shapes cached for a year by the browser, and fetched again the moment they change:
 * at start the contents of every file under {@code assets/} (and the chart library's version) are hashed into one
 * prefix, {@code /v-<hash>/}, under which they are served {@code immutable}; the page itself ({@code /},
 * {@code /index.html}) names its script and style under that prefix and is never kept without asking again
 * ({@code no-cache}). One hash for all rather than one per file: the modules import each other by relative paths
 * (no build step rewrites them), so a whole release moves together — {@code ../../webjars/} from a module resolves
 * under the same prefix, and the chart library is served there too. The addresses without the prefix still answer,
 * {@code no-cache}, for anything that asks for them so.
 */
public class StaticAssets implements WebMvcConfigurer {

    static final String ASSETS = "classpath:/META-INF/resources/assets/";
    static final String WEBJARS = "classpath:/META-INF/resources/webjars/";
    private static final Pattern PAGE_LINKS = Pattern.compile("(src|href)=\"assets/");
    private static final CacheControl FOREVER = CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();

    private final String prefix;
    private final String page;

    public StaticAssets() {
        this.prefix = "v-" + hash();
        this.page = PAGE_LINKS.matcher(read("META-INF/resources/index.html")).replaceAll("$1=\"" + prefix + "/assets/");
    }

    /** {@code v-<hash>}: where the assets of this build are served for good. */
    public String prefix() {
        return prefix;
    }

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/" + prefix + "/assets/**").addResourceLocations(ASSETS).setCacheControl(FOREVER);
        // with the resource chain, the WebJar's version-free paths (/webjars/echarts/dist/…) resolve here too
        registry.addResourceHandler("/" + prefix + "/webjars/**").addResourceLocations(WEBJARS).setCacheControl(FOREVER)
                .resourceChain(true);
        registry.addResourceHandler("/assets/**").addResourceLocations(ASSETS).setCacheControl(CacheControl.noCache());
    }

    /** The page, its script and style named under this build's prefix. */
    public String page() {
        return page;
    }

    private static String hash() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            Map<String, Resource> files = new TreeMap<>(); // the same order on every machine
            for (Resource resource : new PathMatchingResourcePatternResolver()
                    .getResources("classpath*:META-INF/resources/assets/**")) {
                String url = resource.getURL().toString();
                if (resource.isReadable() && !url.endsWith("/")) {
                    files.put(url.substring(url.indexOf("META-INF/resources/assets/")), resource);
                }
            }
            for (Map.Entry<String, Resource> file : files.entrySet()) {
                digest.update(file.getKey().getBytes(StandardCharsets.UTF_8));
                try (InputStream in = file.getValue().getInputStream()) {
                    digest.update(in.readAllBytes());
                }
            }
            String charts = new WebJarVersionLocator().version("echarts");
            digest.update(String.valueOf(charts).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest()).substring(0, 12);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String read(String path) {
        try (InputStream in = StaticAssets.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("no " + path + " on the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
