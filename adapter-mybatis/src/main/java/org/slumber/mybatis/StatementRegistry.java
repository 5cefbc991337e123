package org.slumber.mybatis;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.ibatis.session.Configuration;
import org.slumber.spi.model.LinkDescriptor;
import org.slumber.spi.model.ModelDescriptor;
import org.slumber.spi.model.Schema;

/**
 * The statements of every model and link this storage has met, written once per descriptor.
 * {@link MyBatisStorage#createSchema} registers a whole schema up front; a model or link first
 * met in a session is registered then. Lookups take no lock; registration is serialised, and
 * MyBatis keeps its statements in a concurrent map, so sessions may run meanwhile.
 *
 * <p>Statements are named {@code model.<table>.<operation>} and {@code link.<table>.<operation>};
 * MyBatis logs each under the logger {@code org.slumber.mybatis.sql.<statement>}. A descriptor
 * that differs from the one registered for its name gets statements of its own, under a
 * numbered namespace.
 */
final class StatementRegistry {

    private final Configuration configuration;
    private final Dialect dialect;
    private final Map<String, ModelStatements> models = new ConcurrentHashMap<>();
    private final Map<String, LinkStatements> links = new ConcurrentHashMap<>();

    StatementRegistry(Configuration configuration, Dialect dialect) {
        this.configuration = configuration;
        this.dialect = dialect;
    }

    /** Registers the statements of every model and link of the schema that has none yet. */
    void register(Schema schema) {
        schema.models().forEach(this::model);
        schema.links().forEach(this::link);
    }

    /** The statements of this model, registered on first use. */
    ModelStatements model(ModelDescriptor model) {
        ModelStatements statements = models.get(model.name());
        if (statements != null && describes(statements.model(), model)) {
            return statements;
        }
        return registerModel(model);
    }

    /** The statements of this link (and of its two models), registered on first use. */
    LinkStatements link(LinkDescriptor link) {
        LinkStatements statements = links.get(link.name());
        if (statements != null && describes(statements.link(), link)) {
            return statements;
        }
        return registerLink(link);
    }

    private synchronized ModelStatements registerModel(ModelDescriptor model) {
        ModelStatements statements = models.get(model.name());
        if (statements == null || !describes(statements.model(), model)) {
            statements = new ModelStatements(configuration, model, namespace("model." + model.table()), dialect);
            models.put(model.name(), statements);
        }
        return statements;
    }

    private synchronized LinkStatements registerLink(LinkDescriptor link) {
        LinkStatements statements = links.get(link.name());
        if (statements == null || !describes(statements.link(), link)) {
            statements = new LinkStatements(configuration, link, model(link.owner()), model(link.target()),
                    namespace("link." + link.table()), dialect);
            links.put(link.name(), statements);
        }
        return statements;
    }

    /** {@code base}, or {@code base~2}, {@code base~3} ... when statements of that namespace exist. */
    private String namespace(String base) {
        if (!taken(base)) {
            return base;
        }
        for (int generation = 2; ; generation++) {
            String namespace = base + "~" + generation;
            if (!taken(namespace)) {
                return namespace;
            }
        }
    }

    private boolean taken(String namespace) {
        return configuration.hasStatement(namespace + ".find", false)
                || configuration.hasStatement(namespace + ".link", false);
    }

    private static boolean describes(Object registered, Object asked) {
        return registered == asked || registered.equals(asked);
    }
}
