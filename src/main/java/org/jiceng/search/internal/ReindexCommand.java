package org.jiceng.search.internal;

import java.util.List;
import org.jiceng.platform.Command;
import org.springframework.stereotype.Component;

/**
 * {@code ./jiceng reindex}: rebuilds the search index from the modules' public APIs, e.g. after records were loaded
 * by a tool that bypasses the application, or to check that the index follows them (the counts are printed).
 */
@Component
class ReindexCommand implements Command {

    private final Indexer indexer;

    ReindexCommand(Indexer indexer) {
        this.indexer = indexer;
    }

    @Override
    public String name() {
        return "reindex";
    }

    @Override
    public String usage() {
        return "reindex   从各模块重建全文检索索引（诉求等），显示进度";
    }

    @Override
    public int run(List<String> args) {
        if (!args.isEmpty()) {
            System.err.println("用法：./jiceng " + usage());
            return 2;
        }
        long started = System.nanoTime();
        long[] reported = {0};
        long total = indexer.rebuild(done -> {
            if (done - reported[0] >= 10_000) {
                reported[0] = done;
                System.out.printf("已编入 %,d 条%n", done);
            }
        });
        System.out.printf("重建完成：共 %,d 条，用时 %.1f 秒；索引现有 %s%n", total, (System.nanoTime() - started) / 1e9,
                indexer.counts());
        return 0;
    }
}
