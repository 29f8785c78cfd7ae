package dev.converge.source.dev;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import dev.converge.source.dev.DevDatabaseOwner;

/** Who created a dev database, and when a later run may take it for a dead run's leftover. */
class DevDatabaseOwnerTest {

    private static final String HOST = DevDatabaseOwner.hostName();

    @Test
    void theCommentReadsBackAsTheOwner() {
        DevDatabaseOwner self = DevDatabaseOwner.current();
        assertThat(self.comment()).startsWith("converge dev database of host=" + HOST + " pid=" + self.pid() + " ");
        assertThat(DevDatabaseOwner.parse(self.comment())).contains(self);
        assertThat(DevDatabaseOwner.parse("made by hand")).isEmpty();
        assertThat(DevDatabaseOwner.parse(null)).isEmpty();
        assertThat(DevDatabaseOwner.parse("converge dev database of host=h pid=1 started=yesterday")).isEmpty();
    }

    @Test
    void aLiveCreatorIsNeverGone() {
        assertThat(DevDatabaseOwner.current().isGoneFrom(HOST)).isFalse();
    }

    @Test
    void aFinishedProcessOnThisHostIsGone() throws Exception {
        Process finished = new ProcessBuilder("true").start();
        finished.waitFor();
        DevDatabaseOwner owner = new DevDatabaseOwner(HOST, finished.pid(), Instant.now());
        assertThat(owner.isGoneFrom(HOST)).isTrue();
    }

    @Test
    void aPidNowUsedByAProcessThatStartedLaterIsGone() {
        DevDatabaseOwner self = DevDatabaseOwner.current();
        DevDatabaseOwner earlier = new DevDatabaseOwner(HOST, self.pid(), self.started().minusSeconds(3600));
        assertThat(earlier.isGoneFrom(HOST)).as("the pid was reused").isTrue();
    }

    @Test
    void aCreatorOnAnotherHostOrAnUnknownOneIsNeverJudged() throws Exception {
        Process finished = new ProcessBuilder("true").start();
        finished.waitFor();
        assertThat(new DevDatabaseOwner("elsewhere-" + HOST, finished.pid(), Instant.now()).isGoneFrom(HOST)).isFalse();
        assertThat(new DevDatabaseOwner("unknown", finished.pid(), Instant.now()).isGoneFrom("unknown")).isFalse();
    }
}
