package vn.taphuan.web;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * Added to the service that carries this jar (reporting-service): the pages themselves are static files under
 * {@code META-INF/resources}, served by Spring MVC; this adds {@code /web-config.json}, and serves the page and its
 * assets so that browsers cache the scripts until they change ({@link StaticAssets}).
 */
@AutoConfiguration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties(WebDashboardProperties.class)
public class WebDashboardAutoConfiguration {

    @Bean
    WebConfigController webConfigController(WebDashboardProperties properties) {
        return new WebConfigController(properties);
    }

    @Bean
    StaticAssets staticAssets() {
        return new StaticAssets();
    }

    @Bean
    PageController pageController(StaticAssets assets) {
        return new PageController(assets);
    }
}
