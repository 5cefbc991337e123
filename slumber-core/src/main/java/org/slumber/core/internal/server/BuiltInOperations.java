package org.slumber.core.internal.server;

import java.util.LinkedHashMap;
import java.util.Map;
import org.slumber.core.operation.Operation;

/** The operations every model gets, in the order metadata and instance data list them. */
public final class BuiltInOperations {

    private BuiltInOperations() {
    }

    /** Name to operation: instances, create, get, data, update, delete. Stateless, shared by all models. */
    public static Map<String, Operation> all() {
        Map<String, Operation> operations = new LinkedHashMap<>();
        operations.put("instances", new InstancesOperation());
        operations.put("create", new CreateOperation());
        operations.put("get", new GetOperation());
        operations.put("data", new DataOperation());
        operations.put("update", new UpdateOperation());
        operations.put("delete", new DeleteOperation());
        return operations;
    }
}
