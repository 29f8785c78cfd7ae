package dev.converge.apply;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * One recorded apply run. {@code outcome} is {@code succeeded}, {@code failed}, {@code cancelled} (interrupted by
 * the user: the error says what was committed), {@code running} (its session is
 * still connected) or {@code interrupted} (recorded as running, but its session is gone: the process was killed or
 * lost its connection before it could record the end).
 */
public record HistoryEntry(long id, OffsetDateTime startedAt, OffsetDateTime finishedAt, String databaseUser,
                           String osUser, String clientHost, String toolVersion, String planHash,
                           List<String> statements, List<Long> durationsMillis, String outcome, String error) {
    public HistoryEntry {
        statements = List.copyOf(statements);
        durationsMillis = List.copyOf(durationsMillis);
    }
}
