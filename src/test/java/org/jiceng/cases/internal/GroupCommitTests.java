package org.jiceng.cases.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jiceng.BadInputException;
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
        GroupCommit<Integer, String> commits = new GroupCommit<>("test-writer", 8, this::write);
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
        GroupCommit<Integer, String> commits = new GroupCommit<>("test-writer", 8, this::write);
        assertThat(commits.submit(7)).isEqualTo("#7");
        assertThatThrownBy(() -> commits.submit(13)).isInstanceOf(BadInputException.class);
    }
}
