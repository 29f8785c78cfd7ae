package dev.converge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The class-list lines of real runs that bin/converge adds to the start-up archive: present, in the form the JVM's
 * dump reads, and without the lines that crash Java 17's dump.
 */
class RunsClassListTest {

    private static List<String> lines() throws IOException {
        try (InputStream in = CdsTraining.class.getResourceAsStream(CdsTraining.RUNS)) {
            assertThat(in).as(CdsTraining.RUNS).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
    }

    @Test
    void classesComeFirstThenTheLambdaAndMethodHandleLines() throws IOException {
        List<String> lines = lines().stream().filter(l -> !l.startsWith("#")).toList();
        int firstAt = lines.indexOf(lines.stream().filter(l -> l.startsWith("@")).findFirst().orElseThrow());

        assertThat(lines.subList(0, firstAt)).isNotEmpty().allMatch(l -> l.matches("[\\w/$]+( id: \\d+)?"));
        assertThat(lines.subList(firstAt, lines.size()))
                .allMatch(l -> l.startsWith("@lambda-proxy ") || l.startsWith("@lambda-form-invoker "));
    }

    @Test
    void noLambdaLineNamesPicocliWhoseOldClassesKeepSuchLambdasOutAndCrashTheDump() throws IOException {
        assertThat(lines()).filteredOn(l -> l.startsWith("@")).noneMatch(l -> l.contains("picocli"));
    }

    @Test
    void convergesOwnClassesAreLeftToTheTrainingRun() throws IOException {
        assertThat(lines()).noneMatch(l -> l.startsWith("dev/converge/"));
    }
}
