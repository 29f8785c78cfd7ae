package dev.converge.inspect;

import java.sql.ResultSet;
import java.sql.SQLException;

/** Turns the current row of a catalog query into one value; the caller advances the result set. */
@FunctionalInterface
interface RowMapper<T> {
    T map(ResultSet row) throws SQLException;
}
