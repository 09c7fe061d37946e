package org.jiceng.search.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;

import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.Profile;

class StartupRebuildTests {

    @Test
    void aOneShotCommandNeverStartsTheBackgroundRebuild() {
        // ./jiceng reindex rebuilds in the foreground; another command would exit in the middle of a rebuild
        assertThat(StartupRebuild.class.getAnnotation(Profile.class).value()).containsExactly("!command");
    }

    @Test
    void switchedOffItDoesNotLookAtTheIndex() {
        Indexer indexer = mock(Indexer.class);
        new StartupRebuild(indexer, false).buildIfNeverBuilt();
        verifyNoInteractions(indexer);
    }
}
