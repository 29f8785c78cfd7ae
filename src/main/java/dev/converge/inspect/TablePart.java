package dev.converge.inspect;

/**
 * A column, constraint or index read by a bulk query, tagged with the oid of its table so that it can be put into
 * the right {@link dev.converge.model.Table} without one query per table.
 */
record TablePart<T>(long tableOid, T part) {
}
