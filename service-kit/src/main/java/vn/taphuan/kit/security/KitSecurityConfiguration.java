package vn.taphuan.kit.security;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.SecurityFilterChain;
import vn.taphuan.kit.problem.Forbidden;
import vn.taphuan.kit.problem.ProblemResponses;
import vn.taphuan.kit.tenant.KnownTenants;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Every service is an OAuth2 resource server: {@code /api/**} needs a valid JWT (issuer and keys from
 * {@code spring.security.oauth2.resourceserver.jwt.*}); each handler states who may call it with one of the access
 * annotations of this package; the tenant comes from the token ({@link TenantFilter}). The health status, info,
 * the Prometheus scrape (all three on the management port, this machine only by default), the OpenAPI description
 * and static pages are public; every other actuator endpoint (metrics, and what a later version may expose) needs a
 * platform administrator, and so do the health details ({@code management.endpoint.health.roles}). Refusals are
 * problem+json like every other error.
 */
@AutoConfiguration(beforeName = {
        "org.springframework.boot.security.oauth2.server.resource.autoconfigure.servlet.OAuth2ResourceServerAutoConfiguration",
        "org.springframework.boot.security.autoconfigure.actuate.web.servlet.ManagementWebSecurityAutoConfiguration",
        "org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration"})
@EnableMethodSecurity
public class KitSecurityConfiguration {

    private static final String[] PUBLIC = {"/actuator/health", "/actuator/health/**", "/actuator/info",
            "/actuator/prometheus", "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**",
            "/error"};

    @Bean
    @ConditionalOnMissingBean(SecurityFilterChain.class)
    SecurityFilterChain apiSecurity(HttpSecurity http, KnownTenants tenants) throws Exception {
        http.csrf(csrf -> csrf.disable()) // bearer tokens only, no cookies: nothing for CSRF to ride on
                .cors(cors -> { })
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(PUBLIC).permitAll()
                        .requestMatchers("/actuator/**").hasRole(Role.PLATFORM_ADMIN.name())
                        .requestMatchers("/api/**").authenticated()
                        .anyRequest().permitAll())
                .oauth2ResourceServer(server -> server
                        .bearerTokenResolver(bearerTokenResolver())
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(jwtAuthenticationConverter()))
                        .authenticationEntryPoint((request, response, e) -> ProblemResponses.write(request, response,
                                new ProblemResponses.Unauthenticated(e.getMessage())))
                        .accessDeniedHandler((request, response, e) -> ProblemResponses.write(request, response,
                                Forbidden.byRole())))
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint((request, response, e) -> ProblemResponses.write(request, response,
                                new ProblemResponses.Unauthenticated(null))))
                .addFilterAfter(new TenantFilter(tenants), BearerTokenAuthenticationFilter.class);
        return http.build();
    }

    @Bean
    AccessRules accessRules(@org.springframework.beans.factory.annotation.Qualifier("requestMappingHandlerMapping")
                            org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping mapping) {
        return new AccessRules(mapping);
    }

    /**
     * Also reads {@code ?access_token=} on GET: the browser's EventSource (live dashboards) and plain download links
     * cannot set an Authorization header.
     */
    static BearerTokenResolver bearerTokenResolver() {
        DefaultBearerTokenResolver resolver = new DefaultBearerTokenResolver();
        resolver.setAllowUriQueryParameter(true);
        return resolver;
    }

    /** Roles from the token's {@code roles} claim (the dev issuer) or {@code realm_access.roles} (Keycloak). */
    static JwtAuthenticationConverter jwtAuthenticationConverter() {
        JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(rolesOf());
        return converter;
    }

    private static Converter<Jwt, Collection<GrantedAuthority>> rolesOf() {
        return jwt -> {
            List<String> names = new ArrayList<>();
            List<String> direct = jwt.getClaimAsStringList("roles");
            if (direct != null) {
                names.addAll(direct);
            }
            Map<String, Object> realm = jwt.getClaimAsMap("realm_access");
            if (realm != null && realm.get("roles") instanceof Collection<?> realmRoles) {
                realmRoles.forEach(role -> names.add(String.valueOf(role)));
            }
            List<GrantedAuthority> authorities = new ArrayList<>();
            for (Role role : Role.values()) {
                if (names.contains(role.name())) {
                    authorities.add(new SimpleGrantedAuthority(role.authority()));
                }
            }
            return authorities;
        };
    }
}
