package vn.taphuan.reporting.figures;

import org.springframework.stereotype.Component;
import vn.taphuan.reporting.facts.EnrolmentFactStore;
import vn.taphuan.reporting.progress.Figures.UniquePersons;

import java.util.Collection;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Unique persons of a scope of several plans, counted in the store from the enrolment facts (they do not add up
 * across plans). Kept until the figures change: any completion changes its plan's figures and so the revision.
 */
@Component
public class UniquePersonsCounter {

    private static final int MAX_CACHED = 500;

    private final EnrolmentFactStore enrolments;
    private final PlanFiguresStore figures;
    private final Map<String, Counted> cache = new ConcurrentHashMap<>();

    UniquePersonsCounter(EnrolmentFactStore enrolments, PlanFiguresStore figures) {
        this.enrolments = enrolments;
        this.figures = figures;
    }

    public UniquePersons count(Collection<String> planKeys) {
        if (planKeys.isEmpty()) {
            return new UniquePersons(0, Map.of());
        }
        String key = String.join(",", new TreeSet<>(planKeys));
        long revision = figures.latestRevision();
        Counted cached = cache.get(key);
        if (cached != null && cached.revision() == revision) {
            return cached.persons();
        }
        UniquePersons counted = enrolments.uniquePersons(planKeys);
        if (cache.size() > MAX_CACHED) {
            cache.clear();
        }
        cache.put(key, new Counted(revision, counted));
        return counted;
    }

    private record Counted(long revision, UniquePersons persons) {
    }
}
