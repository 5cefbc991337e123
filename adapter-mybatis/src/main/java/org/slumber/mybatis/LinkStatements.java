package org.slumber.mybatis;

import static org.slumber.mybatis.SqlIdentifiers.qualified;
import static org.slumber.mybatis.SqlIdentifiers.quote;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.ibatis.mapping.SqlCommandType;
import org.apache.ibatis.scripting.defaults.RawSqlSource;
import org.apache.ibatis.session.Configuration;
import org.slumber.mybatis.SchemaPlan.UniqueConstraint;
import org.slumber.spi.model.LinkDescriptor;
import org.slumber.spi.model.ValueType;

/**
 * The statements of one many-to-many link, registered in the MyBatis configuration once: link,
 * unlink, the distinct targets of many owners, and a keyset page of one owner's targets. The
 * targets come back as rows of the target model.
 */
final class LinkStatements {

    private static final String OWNER = "owner";
    private static final String TARGET = "target";
    private static final String AFTER = "after";
    private static final String LIMIT = "limit";
    private static final String OWNERS = "o";
    private static final String LINK_ALIAS = "l";

    private final LinkDescriptor link;
    private final ModelStatements owner;
    private final ModelStatements target;
    private final UniqueConstraint key;
    private final String insert;
    private final String delete;
    private final String linked;
    private final String page;

    LinkStatements(Configuration configuration, LinkDescriptor link, ModelStatements owner, ModelStatements target,
                   String namespace, Dialect dialect) {
        this.link = link;
        this.owner = owner;
        this.target = target;
        this.key = SchemaPlan.linkKey(link, dialect);
        String table = quote(link.table());
        String ownerColumn = quote(link.ownerColumn());
        String targetColumn = quote(link.targetColumn());
        String ownerParameter = ValueTypes.parameter(OWNER, link.owner().keyField().type());
        String targetParameter = ValueTypes.parameter(TARGET, link.target().keyField().type());
        String pair = " WHERE " + ownerColumn + " = " + ownerParameter
                + " AND " + targetColumn + " = " + targetParameter;

        insert = Statements.change(configuration, namespace + ".link", new RawSqlSource(configuration,
                "INSERT INTO " + table + " (" + ownerColumn + ", " + targetColumn + ") SELECT CAST(" + ownerParameter
                        + " AS " + dialect.columnType(link.owner(), link.owner().keyField()) + "), CAST("
                        + targetParameter + " AS " + dialect.columnType(link.target(), link.target().keyField())
                        + ")" + dialect.fromNoTable() + " WHERE NOT EXISTS (SELECT 1 FROM " + table + pair + ")",
                Map.class), SqlCommandType.INSERT, null);
        delete = Statements.change(configuration, namespace + ".unlink",
                new RawSqlSource(configuration, "DELETE FROM " + table + pair, Map.class), SqlCommandType.DELETE, null);

        String targetKey = qualified(ModelStatements.ALIAS, link.target().keyField().column());
        String linkOwner = qualified(LINK_ALIAS, link.ownerColumn());
        String linkTarget = qualified(LINK_ALIAS, link.targetColumn());
        String targetRows = "SELECT " + target.columns() + " FROM " + quote(link.target().table()) + " "
                + ModelStatements.ALIAS;
        linked = Statements.select(configuration, namespace + ".linked", new ShapedSqlSource<>(configuration,
                Integer.class, slots -> targetRows + " WHERE " + targetKey + " IN (SELECT " + linkTarget + " FROM "
                + table + " " + LINK_ALIAS + " WHERE " + linkOwner + " IN ("
                + InLists.parameters(OWNERS, slots, link.owner().keyField().type()) + "))"), target.rows());
        page = Statements.select(configuration, namespace + ".page", new ShapedSqlSource<>(configuration,
                Boolean.class, after -> "SELECT " + target.columns() + " FROM " + table + " " + LINK_ALIAS + " JOIN "
                + quote(link.target().table()) + " " + ModelStatements.ALIAS + " ON " + targetKey + " = " + linkTarget
                + " WHERE " + linkOwner + " = " + ownerParameter
                + (after ? " AND " + linkTarget + " < " + ValueTypes.parameter(AFTER, link.target().keyField().type())
                        : "")
                + " ORDER BY " + linkTarget + " DESC FETCH FIRST " + ValueTypes.parameter(LIMIT, ValueType.INTEGER)
                + " ROWS ONLY"), target.rows());
    }

    LinkDescriptor link() {
        return link;
    }

    /** The link table's primary key, for naming a violation. */
    UniqueConstraint key() {
        return key;
    }

    /** Inserts the pair unless it is there; the update count says which. */
    Call link(String operation, Object ownerKey, Object targetKey) {
        return new Call(insert, pair(operation, ownerKey, targetKey));
    }

    Call unlink(String operation, Object ownerKey, Object targetKey) {
        return new Call(delete, pair(operation, ownerKey, targetKey));
    }

    /** One call per {@link InLists#MAX_KEYS} distinct owners. */
    List<Call> linked(String operation, Collection<?> ownerKeys) {
        ownerKeys.forEach(each -> owner.checkedKey(operation, each));
        List<Call> calls = new ArrayList<>();
        for (List<Object> chunk : InLists.chunks(ownerKeys)) {
            Map<String, Object> parameters = new HashMap<>();
            parameters.put(ShapedSqlSource.SHAPE, InLists.slots(chunk.size()));
            InLists.bind(parameters, OWNERS, chunk);
            calls.add(new Call(linked, parameters));
        }
        return calls;
    }

    /** A page of the targets linked to one owner, target key descending. */
    Call page(String operation, Object ownerKey, Object startAfter, int limit) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put(OWNER, owner.checkedKey(operation, ownerKey));
        if (startAfter != null) {
            parameters.put(AFTER, target.checkedKey(operation, startAfter));
        }
        parameters.put(LIMIT, limit);
        parameters.put(ShapedSqlSource.SHAPE, startAfter != null);
        return new Call(page, parameters);
    }

    private Map<String, Object> pair(String operation, Object ownerKey, Object targetKey) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put(OWNER, owner.checkedKey(operation, ownerKey));
        parameters.put(TARGET, target.checkedKey(operation, targetKey));
        return parameters;
    }
}
