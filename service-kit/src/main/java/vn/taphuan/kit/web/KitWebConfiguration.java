package vn.taphuan.kit.web;

import jakarta.servlet.DispatcherType;
import org.apache.coyote.ProtocolHandler;
import org.apache.coyote.http11.AbstractHttp11Protocol;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.boot.tomcat.TomcatProtocolHandlerCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import vn.taphuan.kit.KitProperties;
import vn.taphuan.kit.problem.ProblemErrorController;
import vn.taphuan.kit.security.AccessRuleInterceptor;

/**
 * How every service's HTTP layer reads requests and answers refusals, set once here: request bodies read strictly
 * ({@link StrictJson}), dates in parameters kept to the platform's range ({@link ParameterDates}), a handler's access
 * rule applied before its body is read ({@link AccessRuleInterceptor}), bodies limited in size
 * ({@link RequestSizeFilter}), and the server's own errors answered as problem details
 * ({@link ProblemErrorController}, in place of Boot's error controller — hence before its auto-configuration), and
 * the version of a resource sent as its ETag ({@link VersionTags}).
 */
@AutoConfiguration(beforeName = "org.springframework.boot.webmvc.autoconfigure.error.ErrorMvcAutoConfiguration")
@Import({ProblemErrorController.class, VersionTags.class})
public class KitWebConfiguration implements WebMvcConfigurer {

    private final ApplicationContext context;

    public KitWebConfiguration(ApplicationContext context) {
        this.context = context;
    }

    /** The application's JSON mapper, which Spring MVC reads request bodies with. */
    @Bean
    JsonMapperBuilderCustomizer strictRequestBodies() {
        return StrictJson::apply;
    }

    /** The version convention ({@link Versions}) in the OpenAPI description. */
    @Bean
    VersionDocs versionDocs() {
        return new VersionDocs();
    }

    @Bean
    FilterRegistrationBean<RequestSizeFilter> requestSizeFilter(KitProperties properties) {
        FilterRegistrationBean<RequestSizeFilter> registration = new FilterRegistrationBean<>(
                new RequestSizeFilter(properties.maxBodySize().toBytes()));
        // after the correlation id is set (its refusals carry it), before anything reads the body
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 15);
        registration.setDispatcherTypes(DispatcherType.REQUEST);
        return registration;
    }

    /**
     * Tomcat tells a client waiting to send a body ({@code Expect: 100-continue}) to go ahead only once the body is
     * read, not on arrival: a body refused before it is read (too large, no token) is then never sent at all, and the
     * client sees the refusal instead of a connection closed halfway through its upload.
     */
    @Bean
    TomcatProtocolHandlerCustomizer<ProtocolHandler> continueOnlyWhenReading() {
        return handler -> {
            if (handler instanceof AbstractHttp11Protocol<?> http) {
                http.setContinueResponseTiming("onRead");
            }
        };
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new AccessRuleInterceptor(context));
    }

    @Override
    public void addFormatters(FormatterRegistry registry) {
        registry.addConverter(new ParameterDates());
    }
}
