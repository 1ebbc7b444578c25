package vn.taphuan.web;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

import java.nio.charset.StandardCharsets;

/**
 * {@code /} and {@code /index.html}: the dashboards' one page, naming this build's scripts and style by their hashed
 * prefix ({@link StaticAssets}). Asked again at every visit ({@code no-cache}), so a release is seen at once while
 * the scripts themselves stay cached.
 */
@Controller
public class PageController {

    private final StaticAssets assets;

    public PageController(StaticAssets assets) {
        this.assets = assets;
    }

    @GetMapping(path = {"/", "/index.html"})
    public ResponseEntity<String> page() {
        return ResponseEntity.ok().cacheControl(CacheControl.noCache())
                .contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8)).body(assets.page());
    }
}
