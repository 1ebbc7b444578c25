package vn.taphuan.kit.security;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.expression.method.DefaultMethodSecurityExpressionHandler;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.authorization.method.PreAuthorizeAuthorizationManager;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.util.SimpleMethodInvocation;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import vn.taphuan.kit.problem.Forbidden;

/**
 * Applies a handler's access annotation before Spring MVC reads the request's body or parameters. Method security
 * alone decides only when the handler is called — after binding and validation — so a viewer posting an invalid
 * body would learn which fields a write takes (a 400 listing them) instead of hearing that it may not write (403).
 * The rule is the one the annotation carries ({@code @PreAuthorize} on {@link ProvinceWrite} and its siblings),
 * evaluated by Spring Security's own {@code @PreAuthorize} logic, so there is one definition of who may call what;
 * the check at the call stays as a second line.
 */
public class AccessRuleInterceptor implements HandlerInterceptor {

    private final PreAuthorizeAuthorizationManager rules = new PreAuthorizeAuthorizationManager();

    public AccessRuleInterceptor(ApplicationContext context) {
        DefaultMethodSecurityExpressionHandler expressions = new DefaultMethodSecurityExpressionHandler();
        expressions.setApplicationContext(context);
        rules.setExpressionHandler(expressions);
        rules.setApplicationContext(context);
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod method) || AccessRules.rulesOf(method).isEmpty()
                || request.getDispatcherType() != DispatcherType.REQUEST) {
            return true; // decided on the request's first dispatch, not again when a stream or async answer completes
        }
        Object bean = method.getBean();
        // the rules read roles only, never the arguments, which are not bound yet
        SimpleMethodInvocation call = new SimpleMethodInvocation(bean, method.getMethod(),
                new Object[method.getMethod().getParameterCount()]);
        AuthorizationResult decision = rules.authorize(SecurityContextHolder.getContext()::getAuthentication, call);
        if (decision != null && !decision.isGranted()) {
            throw Forbidden.byRole();
        }
        return true;
    }
}
