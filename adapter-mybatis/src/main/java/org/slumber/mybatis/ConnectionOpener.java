package org.slumber.mybatis;

import java.sql.Connection;
import java.sql.SQLException;

/** Opens a connection of its own, outside the pool and every unit of work; the caller closes it. */
@FunctionalInterface
interface ConnectionOpener {

    Connection open() throws SQLException;
}
