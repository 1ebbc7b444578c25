package vn.taphuan.kit.web;

import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;

/**
 * Puts the {@code ETag} on every answer about one {@link Versioned} resource — reads and the writes that return the
 * new state — so that no controller builds it and all build it alike ({@link Versions#etag}).
 */
@ControllerAdvice
public class VersionTags implements ResponseBodyAdvice<Object> {

    @Override
    public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
        return true;
    }

    @Override
    public Object beforeBodyWrite(Object body, MethodParameter returnType, MediaType contentType,
                                  Class<? extends HttpMessageConverter<?>> converterType, ServerHttpRequest request,
                                  ServerHttpResponse response) {
        if (body instanceof Versioned versioned && !response.getHeaders().containsHeader(HttpHeaders.ETAG)) {
            response.getHeaders().setETag(Versions.etag(versioned.version()));
        }
        return body;
    }
}
