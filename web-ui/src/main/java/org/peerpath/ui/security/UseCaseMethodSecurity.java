package org.peerpath.ui.security;

import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.lang.reflect.Method;
import org.springframework.aop.Advisor;
import org.springframework.aop.support.StaticMethodMatcherPointcut;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.authorization.method.AuthorizationManagerBeforeMethodInterceptor;
import org.springframework.security.authorization.method.Jsr250AuthorizationManager;

/**
 * Enforces {@code @RolesAllowed}, {@code @PermitAll} and {@code @DenyAll} on the application's use cases. Views carry
 * the same annotations, but Vaadin's navigation access control checks those; proxying views for method security
 * would hide their fields behind a CGLIB subclass, so the pointcut stops at the application layer.
 */
@Configuration(proxyBeanMethods = false)
class UseCaseMethodSecurity {

    private static final String APPLICATION_PACKAGE = "org.peerpath.application";

    @Bean
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static Advisor useCaseAuthorization() {
        return new AuthorizationManagerBeforeMethodInterceptor(new UseCaseMethods(), new Jsr250AuthorizationManager());
    }

    private static final class UseCaseMethods extends StaticMethodMatcherPointcut {

        @Override
        public boolean matches(Method method, Class<?> targetClass) {
            return targetClass.getPackageName().startsWith(APPLICATION_PACKAGE)
                    && (declaresAccess(method) || declaresAccess(method.getDeclaringClass()));
        }

        private static boolean declaresAccess(java.lang.reflect.AnnotatedElement element) {
            return AnnotatedElementUtils.hasAnnotation(element, RolesAllowed.class)
                    || AnnotatedElementUtils.hasAnnotation(element, PermitAll.class)
                    || AnnotatedElementUtils.hasAnnotation(element, DenyAll.class);
        }
    }
}
