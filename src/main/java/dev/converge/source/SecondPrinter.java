package dev.converge.source;

import java.sql.Connection;
import java.util.List;
import java.util.Map;

/**
 * Who answers a list of {@link SecondPrint}s: PostgreSQL on a scratch connection ({@link SecondPrints}), or a cache
 * of that server's earlier answers in front of it, so that a plan whose every question was asked before needs no
 * scratch database at all.
 */
@FunctionalInterface
public interface SecondPrinter {

    /** Key -> second print, absent where PostgreSQL refused; {@code what} says, in an error, what was being read. */
    Map<String, String> secondPrints(List<SecondPrint> prints, String what);

    /** PostgreSQL itself, on an open scratch connection. */
    static SecondPrinter on(Connection scratch) {
        return (prints, what) -> SecondPrints.of(scratch, prints, what);
    }
}
