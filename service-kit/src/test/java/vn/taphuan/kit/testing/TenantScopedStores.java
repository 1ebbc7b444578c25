package vn.taphuan.kit.testing;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ApplicationContext;
import org.springframework.util.ClassUtils;
import vn.taphuan.kit.store.AggregateStore;
import vn.taphuan.kit.store.NotTenantScoped;
import vn.taphuan.kit.store.ProjectionStore;

import java.lang.reflect.Field;
import java.net.URL;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Finds the beans of a service that hold a raw store — {@code MongoTemplate}/{@code MongoOperations},
 * {@link ProjectionStore}, the driver's client, database or collection, a Spring Data repository — without saying
 * with {@link NotTenantScoped} why their data is no single province's. Only the service's own classes (the package
 * of its {@code @SpringBootApplication} class) are looked at; the kit's internals are the one place allowed to.
 */
public final class TenantScopedStores {

    private static final List<Class<?>> RAW_STORES = rawStores();

    /** {@code class.field (store type)} of every bean of the service holding a raw store without a reason. */
    public static List<String> unscopedBeans(ApplicationContext context) {
        Set<String> servicePackages = new TreeSet<>();
        for (String name : context.getBeanNamesForAnnotation(SpringBootApplication.class)) {
            Class<?> type = context.getType(name);
            if (type != null) {
                servicePackages.add(ClassUtils.getUserClass(type).getPackageName());
            }
        }
        if (servicePackages.isEmpty()) {
            throw new IllegalStateException("no @SpringBootApplication bean: which classes are the service's?");
        }
        URL kit = location(AggregateStore.class);
        Set<String> unscoped = new TreeSet<>();
        for (String name : context.getBeanDefinitionNames()) {
            Class<?> type = context.getType(name);
            if (type == null) {
                continue;
            }
            Class<?> bean = ClassUtils.getUserClass(type);
            if (!inPackages(bean, servicePackages) || Objects.equals(location(bean), kit)
                    || bean.isAnnotationPresent(NotTenantScoped.class)) {
                continue;
            }
            for (Class<?> c = bean; c != null && inPackages(c, servicePackages); c = c.getSuperclass()) {
                for (Field field : c.getDeclaredFields()) {
                    RAW_STORES.stream().filter(raw -> raw.isAssignableFrom(field.getType())).findFirst().ifPresent(raw ->
                            unscoped.add(bean.getName() + "." + field.getName() + " (" + raw.getSimpleName() + ")"));
                }
            }
        }
        return new ArrayList<>(unscoped);
    }

    private static boolean inPackages(Class<?> type, Set<String> packages) {
        String name = type.getPackageName();
        return packages.stream().anyMatch(p -> name.equals(p) || name.startsWith(p + "."));
    }

    private static URL location(Class<?> type) {
        CodeSource source = type.getProtectionDomain().getCodeSource();
        return source == null ? null : source.getLocation();
    }

    private static List<Class<?>> rawStores() {
        List<Class<?>> raw = new ArrayList<>(List.of(ProjectionStore.class));
        for (String name : List.of("org.springframework.data.mongodb.core.MongoOperations",
                "com.mongodb.client.MongoClient", "com.mongodb.client.MongoDatabase",
                "com.mongodb.client.MongoCollection", "org.springframework.data.repository.Repository")) {
            try {
                raw.add(Class.forName(name));
            } catch (ClassNotFoundException absent) {
                // not on this service's classpath: nothing to look for
            }
        }
        return List.copyOf(raw);
    }

    private TenantScopedStores() {
    }
}
