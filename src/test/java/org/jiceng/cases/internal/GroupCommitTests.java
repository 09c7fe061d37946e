package org.jiceng.cases.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jiceng.BadInputException;
import org.jiceng.BusyException;
import org.junit.jupiter.api.Test;

class GroupCommitTests {

    private final List<Integer> batchSizes = Collections.synchronizedList(new ArrayList<>());

    private List<String> write(List<Integer> items) {
        batchSizes.add(items.size());
        if (items.contains(13)) {
            throw new BadInputException("13 不能写入");
        }
        return items.stream().map(i -> "#" + i).toList();
    }

    @Test
    void answersEveryCallerItsOwnItemAndABadItemFailsAlone() throws Exception {
        GroupCommit<Integer, String> commits = new GroupCommit<>("test-writer", 8, Duration.ofSeconds(60), this::write);
        commits.start(1);
        ExecutorService callers = Executors.newFixedThreadPool(16);
        try {
            List<Future<String>> answers = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                int item = i;
                answers.add(callers.submit(() -> commits.submit(item)));
            }
            for (int i = 0; i < 200; i++) {
                if (i == 13) {
                    int failed = i;
                    assertThatThrownBy(() -> answers.get(failed).get()).hasCauseInstanceOf(BadInputException.class);
                } else {
                    assertThat(answers.get(i).get()).isEqualTo("#" + i);
                }
            }
            assertThat(batchSizes).allMatch(size -> size <= 8);
        } finally {
            callers.shutdown();
            commits.stop();
        }
    }

    @Test
    void writesInTheCallersThreadWhenStopped() {
        GroupCommit<Integer, String> commits = new GroupCommit<>("test-writer", 8, Duration.ofSeconds(60), this::write);
        assertThat(commits.submit(7)).isEqualTo("#7");
        assertThatThrownBy(() -> commits.submit(13)).isInstanceOf(BadInputException.class);
    }

    @Test
    void aCallerWhoseItemIsStillQueuedWhenPatienceRunsOutIsToldNothingWasWrittenAndItNeverIs() throws Exception {
        CountDownLatch writerHeld = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        List<Integer> written = Collections.synchronizedList(new ArrayList<>());
        GroupCommit<Integer, String> commits = new GroupCommit<>("test-writer", 1, Duration.ofMillis(300), items -> {
            writerHeld.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            written.addAll(items);
            return items.stream().map(i -> "#" + i).toList();
        });
        commits.start(1);
        ExecutorService callers = Executors.newFixedThreadPool(2);
        try {
            Future<String> taken = callers.submit(() -> commits.submit(1));
            writerHeld.await();
            Future<String> queued = callers.submit(() -> commits.submit(2));
            assertThatThrownBy(queued::get).hasCauseInstanceOf(BusyException.class)
                    .hasMessageContaining("未作登记");
            Thread.sleep(400);   // the first item's caller is past its patience too, but a writer holds its item
            release.countDown();
            assertThat(taken.get()).isEqualTo("#1");
            commits.stop();
            assertThat(written).containsExactly(1);
        } finally {
            release.countDown();
            callers.shutdown();
        }
    }
}
