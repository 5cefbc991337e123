package org.slumber.mybatis;

import java.util.Map;

/**
 * One execution of a registered statement: its id and the parameter map it runs with.
 *
 * @param statement  the id of the MyBatis mapped statement
 * @param parameters the parameters, by the names its {@code #{}} references use; never a row's
 *                   field names, so field names need not be valid MyBatis property names
 */
record Call(String statement, Map<String, Object> parameters) {
}
