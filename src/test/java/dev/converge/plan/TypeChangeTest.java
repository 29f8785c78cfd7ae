package dev.converge.plan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which type changes may lose data and which rewrite the table. */
class TypeChangeTest {

    @ParameterizedTest(name = "{0} -> {1}: lossless={2}, rewrite={3}")
    @CsvSource(delimiter = '|', value = {
            "smallint|integer|true|true",
            "integer|bigint|true|true",
            "smallint|bigint|true|true",
            "bigint|integer|false|true",
            "integer|numeric|true|true",
            "integer|numeric(20,0)|false|true",
            "character varying(20)|character varying(40)|true|false",
            "character varying(40)|character varying(20)|false|true",
            "character varying(20)|character varying|true|false",
            "character varying(20)|text|true|false",
            "text|character varying|true|false",
            "text|character varying(10)|false|true",
            "character(5)|character varying(5)|true|true",
            "character(5)|character varying|true|true",
            "character(5)|text|true|true",
            "numeric(10,2)|numeric(12,2)|true|false",
            "numeric(10,2)|numeric(9,2)|false|true",
            "numeric(10,2)|numeric|true|false",
            "numeric(10,2)|numeric(10,3)|false|true",
            "numeric|numeric(10,2)|false|true",
            "timestamp without time zone|timestamp with time zone|true|true",
            "timestamp with time zone|timestamp without time zone|false|true",
            "integer|text|true|true",
            "integer[]|bigint[]|true|true",
            "integer[]|integer|false|true",
            "text|integer|false|true",
            "public.mood|text|true|true",
            "text|public.mood|false|true",
            "timestamp(3) without time zone|timestamp(6) without time zone|true|true"})
    void classifiesTypeChanges(String from, String to, boolean lossless, boolean rewrite) {
        assertThat(TypeChange.lossless(from, to)).as("lossless").isEqualTo(lossless);
        assertThat(!TypeChange.binaryCoercible(from, to)).as("rewrite").isEqualTo(rewrite);
        // The lock is a hazard only while it is held for a rewrite; a catalog-only change is bounded by lock_timeout.
        assertThat(TypeChange.hazards(from, to).contains(Hazard.ACCESS_EXCLUSIVE_LOCK)).isEqualTo(rewrite);
        assertThat(TypeChange.hazards(from, to).contains(Hazard.DELETES_DATA)).isEqualTo(!lossless);
        assertThat(TypeChange.hazards(from, to).contains(Hazard.TABLE_REWRITE)).isEqualTo(rewrite);
    }
}
