package vn.taphuan.kit.security;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Refuses to start a service with an API handler that does not say who may call it: every {@code /api/**} handler
 * carries exactly one access annotation of this package (on the method, or on its controller). An endpoint added
 * without a rule therefore fails every test of its service, not just a review.
 */
public class AccessRules implements SmartInitializingSingleton {

    public static final List<Class<? extends Annotation>> ANNOTATIONS = List.of(ProvinceRead.class,
            ProvinceWrite.class, TenantAdmin.class, ProgressRead.class, NationalRead.class, PlatformAdmin.class,
            ProgressSignOff.class, AnyUser.class);

    private final RequestMappingHandlerMapping mapping;

    public AccessRules(RequestMappingHandlerMapping mapping) {
        this.mapping = mapping;
    }

    @Override
    public void afterSingletonsInstantiated() {
        List<String> problems = new ArrayList<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : mapping.getHandlerMethods().entrySet()) {
            if (entry.getKey().getPatternValues().stream().noneMatch(path -> path.startsWith("/api/"))) {
                continue;
            }
            List<Class<? extends Annotation>> rules = rulesOf(entry.getValue());
            if (rules.size() != 1) {
                problems.add(entry.getKey() + " -> " + entry.getValue() + " has " + rules.size() + " access rules "
                        + rules.stream().map(Class::getSimpleName).toList());
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("every API handler needs exactly one access annotation of "
                    + AccessRules.class.getPackageName() + ":\n" + String.join("\n", problems));
        }
    }

    /** The access annotations that apply to {@code handler}: the method's, or else its controller's. */
    public static List<Class<? extends Annotation>> rulesOf(HandlerMethod handler) {
        List<Class<? extends Annotation>> onMethod = ANNOTATIONS.stream()
                .filter(a -> AnnotatedElementUtils.hasAnnotation(handler.getMethod(), a)).toList();
        if (!onMethod.isEmpty()) {
            return onMethod;
        }
        return ANNOTATIONS.stream().filter(a -> AnnotatedElementUtils.hasAnnotation(handler.getBeanType(), a)).toList();
    }
}
