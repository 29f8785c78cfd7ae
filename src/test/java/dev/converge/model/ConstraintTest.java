package dev.converge.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Constraint equality with second prints: PostgreSQL prints {@code x BETWEEN 0 AND 10 AND x <> 3} as FIRST, and
 * FIRST, parsed again, as SECOND (which prints itself from then on). A constraint matches another when their prints
 * are equal or when one's print is the other's second print or both second prints are equal.
 */
class ConstraintTest {

    private static final String FIRST = "CHECK ((((x >= 0) AND (x <= 10)) AND (x <> 3)))";
    private static final String SECOND = "CHECK (((x >= 0) AND (x <= 10) AND (x <> 3)))";
    private static final String OTHER = "CHECK ((x > 0))";

    @ParameterizedTest(name = "{0} / {1} vs {2} / {3}: {4}")
    @CsvSource(nullValues = "-", value = {
        // print, second print, other's print, other's second print, same?
        "FIRST,  -,      FIRST,  -,      true",   // both built from the user's SQL
        "FIRST,  SECOND, SECOND, -,      true",   // desired from the user's SQL, target created from the print
        "SECOND, -,      FIRST,  SECOND, true",   // the same, the other way round
        "FIRST,  SECOND, FIRST,  SECOND, true",
        "SECOND, SECOND, FIRST,  SECOND, true",   // a second print equal to its print is not recorded
        "FIRST,  -,      SECOND, -,      false",  // without the second print, the two forms differ
        "FIRST,  SECOND, OTHER,  -,      false",
        "OTHER,  -,      FIRST,  SECOND, false",
    })
    void sameDefinitionAcceptsSecondPrints(String print, String second, String otherPrint, String otherSecond,
                                           boolean same) {
        Constraint one = check(print, second);
        Constraint other = check(otherPrint, otherSecond);
        assertThat(one.sameDefinition(other)).isEqualTo(same);
        assertThat(other.sameDefinition(one)).isEqualTo(same);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"FIRST", "SECOND"})
    void aSecondPrintEqualToThePrintIsNotKept(String print) {
        assertThat(check(print, print).reparsedDefinition()).isNull();
    }

    private static Constraint check(String print, String second) {
        return new Constraint("c", ConstraintKind.CHECK, List.of("x"), text(print), false, false, null, null)
                .withReparsedDefinition(text(second));
    }

    private static String text(String name) {
        return name == null ? null : switch (name) {
            case "FIRST" -> FIRST;
            case "SECOND" -> SECOND;
            case "OTHER" -> OTHER;
            default -> throw new IllegalArgumentException(name);
        };
    }
}
