package dev.converge.fuzz;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The one difference from a database built from desired that the fuzz check accepts: a validated check copy. */
class SchemaPairCheckTest {

    private static final String NOT_VALID = "ALTER TABLE public.p\nADD CONSTRAINT c CHECK ((x > 0)) NOT VALID;";
    private static final String PARTITION_UNVALIDATED = "CREATE TABLE public.p1 (\n  id integer\n  x integer\n);";
    private static final String PARTITION_VALIDATED =
            "CREATE TABLE public.p1 (\n  CONSTRAINT c CHECK ((x > 0))\n  id integer\n  x integer\n);";

    @Test
    void aValidatedCopyWhereDesiredHasAnUnvalidatedOneIsAccepted() {
        assertThatCode(() -> SchemaPairCheck.sameSchemaAcceptingValidatedCopies(
                List.of(NOT_VALID, PARTITION_VALIDATED), List.of(NOT_VALID, PARTITION_UNVALIDATED)))
                .doesNotThrowAnyException();
    }

    @Test
    void anUnvalidatedCopyWhereDesiredHasAValidatedOneIsRefused() {
        assertThatThrownBy(() -> SchemaPairCheck.sameSchemaAcceptingValidatedCopies(
                List.of(NOT_VALID, PARTITION_UNVALIDATED), List.of(NOT_VALID, PARTITION_VALIDATED)))
                .isInstanceOf(AssertionError.class).hasMessageContaining("CONSTRAINT c CHECK");
    }

    @Test
    void aCheckLineThatCopiesNoNotValidCheckIsRefused() {
        String other = "CREATE TABLE public.p1 (\n  CONSTRAINT d CHECK ((x > 1))\n  id integer\n  x integer\n);";
        assertThatThrownBy(() -> SchemaPairCheck.sameSchemaAcceptingValidatedCopies(
                List.of(NOT_VALID, other), List.of(NOT_VALID, PARTITION_UNVALIDATED)))
                .isInstanceOf(AssertionError.class);
    }
}
