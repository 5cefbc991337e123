package org.slumber.core.internal.server;

import java.util.List;
import java.util.Map;
import org.slumber.core.app.Instance;
import org.slumber.core.auth.User;
import org.slumber.core.internal.model.Model;
import org.slumber.core.internal.model.OperationBinding;
import org.slumber.core.operation.OperationCall;
import org.slumber.core.operation.OperationException;
import org.slumber.core.operation.QueryParameters;

/** The {@link OperationCall} the router hands an operation. */
final class Call implements OperationCall {

    private final Exchange exchange;
    private final OperationBinding binding;
    private final List<String> arguments;
    private final String primaryKey;
    private final Reply reply;
    private final ServerContext context;
    private InstanceLoader loader;
    private RowInstance instance;

    Call(Exchange exchange, OperationBinding binding, List<String> arguments, String primaryKey, Reply reply,
         ServerContext context) {
        this.exchange = exchange;
        this.binding = binding;
        this.arguments = arguments;
        this.primaryKey = primaryKey;
        this.reply = reply;
        this.context = context;
    }

    /** Binds the storage unit the operation runs in (none for standalone operations). */
    void bind(InstanceLoader value) {
        this.loader = value;
    }

    InstanceLoader loader() {
        if (loader == null) {
            throw new IllegalStateException("operation " + binding.name() + " runs without a storage unit");
        }
        return loader;
    }

    Exchange exchange() {
        return exchange;
    }

    ServerContext context() {
        return context;
    }

    Model model() {
        return binding.model();
    }

    OperationBinding binding() {
        return binding;
    }

    Reply reply() {
        return reply;
    }

    /** The key of the instance operation's primary key argument, or 404 when it is not a key of the model. */
    Object key() {
        try {
            return model().key().codec().fromText(primaryKey);
        } catch (IllegalArgumentException e) {
            throw new OperationException.NotFound("No " + model().name() + " with key " + primaryKey);
        }
    }

    /** The instance the primary key names, or 404. */
    RowInstance row() {
        if (instance == null) {
            Object key = key();
            instance = loader().find(model(), key)
                    .orElseThrow(() -> new OperationException.NotFound("No " + model().name() + " with key "
                            + primaryKey));
        }
        return instance;
    }

    @Override
    public String method() {
        return exchange.method();
    }

    @Override
    public QueryParameters query() {
        return exchange.query();
    }

    @Override
    public Map<String, Object> body() {
        return exchange.body();
    }

    @Override
    public List<String> arguments() {
        return arguments;
    }

    @Override
    public String primaryKey() {
        return primaryKey;
    }

    @Override
    public User user() {
        return exchange.user;
    }

    @Override
    public boolean hasPermission(String permission) {
        return context.backend().hasPerm(exchange.user, permission, loader == null ? null : loader.session());
    }

    @Override
    public Instance instance() {
        if (primaryKey == null) {
            throw new IllegalStateException("operation " + binding.name() + " is a model operation; it has no instance");
        }
        return row();
    }

    @Override
    public String modelUrl() {
        return model().url();
    }

    @Override
    public String dataUrl(Object key) {
        return model().dataUrl(key);
    }

    @Override
    public Reply response() {
        return reply;
    }
}
