package org.jiceng.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * With several application nodes on one database every scheduled job either takes a ShedLock lock (it runs on one
 * node at a time) or is listed here with the reason it may run on every node at once: a queue drainer that claims its
 * rows with FOR UPDATE SKIP LOCKED, or a refresh of the node's own copy of something. A new job that is neither
 * fails this test, as does a locked job that answers a value (ShedLock throws instead of running it).
 */
class ScheduledJobsTests {

    static final Map<String, String> ON_EVERY_NODE = Map.of(
            "ThreeRatesFolder.foldQueued", "drainer: CaseEventQueue.take claims events FOR UPDATE SKIP LOCKED",
            "Indexer.indexQueued", "drainer: PendingQueue.take claims records FOR UPDATE SKIP LOCKED",
            "QueuedRoutes.routeQueued", "drainer: RouteQueue.take claims a case FOR UPDATE SKIP LOCKED",
            "WebhookOutbox.deliver", "drainer: claims deliveries FOR UPDATE SKIP LOCKED and pushes their next attempt",
            "RoutingService.reload", "refreshes this node's cached routing rules",
            "CategoryService.reload", "refreshes this node's cached case categories",
            "GridLocator.rebuildIfChangedElsewhere", "refreshes this node's grid index when another node changed grids");

    @Test
    void everyScheduledJobIsLockedOrListedAsSafeOnEveryNode() throws Exception {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Component.class));
        List<String> unlocked = new ArrayList<>();
        List<String> lockedYetListed = new ArrayList<>();
        TreeSet<String> lockNames = new TreeSet<>();
        TreeSet<String> found = new TreeSet<>();
        int locked = 0;
        for (var candidate : scanner.findCandidateComponents("org.jiceng")) {
            Class<?> type = Class.forName(candidate.getBeanClassName());
            for (Method method : type.getDeclaredMethods()) {
                if (!AnnotatedElementUtils.hasAnnotation(method, Scheduled.class)) {
                    continue;
                }
                String name = type.getSimpleName() + "." + method.getName();
                found.add(name);
                SchedulerLock lock = method.getAnnotation(SchedulerLock.class);
                if (lock == null) {
                    if (!ON_EVERY_NODE.containsKey(name)) {
                        unlocked.add(name);
                    }
                    continue;
                }
                locked++;
                if (ON_EVERY_NODE.containsKey(name)) {
                    lockedYetListed.add(name);
                }
                assertThat(lockNames.add(lock.name())).as("lock name %s used once (%s)", lock.name(), name).isTrue();
                assertThat(lock.lockAtMostFor()).as("%s: how long a dead node may hold the lock", name).isNotBlank();
                // ShedLock's method proxy refuses to lock a method answering a primitive, so such a job never runs.
                assertThat(method.getReturnType()).as("%s answers nothing (a locked job must be void)", name)
                        .isEqualTo(void.class);
            }
        }
        assertThat(unlocked).as("scheduled jobs without @SchedulerLock that are not known to be safe on every node")
                .isEmpty();
        assertThat(lockedYetListed).as("locked jobs still listed as running on every node").isEmpty();
        assertThat(found).as("every listed job still exists").containsAll(ON_EVERY_NODE.keySet());
        assertThat(locked).as("jobs locked").isGreaterThanOrEqualTo(12);
    }
}
