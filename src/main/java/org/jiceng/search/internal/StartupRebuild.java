package org.jiceng.search.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Builds the index once, in the background, when the application starts on records the index has never seen: a
 * data directory or database from before the index existed. Afterwards the queue keeps it current. Not in a
 * one-shot command ({@code ./jiceng reindex} rebuilds in the foreground; another command must not start a rebuild
 * it would cut short), and not when {@code jiceng.search.startup-rebuild=false} (the benchmark fills the index
 * itself).
 */
@Component
@Profile("!command")
class StartupRebuild {

    private static final Logger log = LoggerFactory.getLogger(StartupRebuild.class);

    private final Indexer indexer;
    private final boolean enabled;

    StartupRebuild(Indexer indexer, @Value("${jiceng.search.startup-rebuild:true}") boolean enabled) {
        this.indexer = indexer;
        this.enabled = enabled;
    }

    @EventListener(ApplicationReadyEvent.class)
    void buildIfNeverBuilt() {
        if (!enabled || indexer.queued() > 0) {
            return;
        }
        // per kind, so that a kind added to the index later is built once in a database seeded before it
        java.util.List<SearchKind> empty = indexer.counts().entrySet().stream().filter(e -> e.getValue() == 0)
                .map(java.util.Map.Entry::getKey).toList();
        if (empty.isEmpty()) {
            return;
        }
        Thread.ofVirtual().name("search-rebuild").start(() -> {
            try {
                long total = indexer.rebuild(empty, done -> { });
                if (total > 0) {
                    log.info("全文检索：索引为空，已从各模块建立 {} 条", total);
                }
            } catch (RuntimeException e) {
                // the class only: a database message may quote a record's text
                log.warn("全文检索：建立索引失败（{}），可运行 ./jiceng reindex 重建", e.getClass().getName());
            }
        });
    }
}
