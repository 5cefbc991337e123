package org.slumber.core.operation;

/**
 * An operation on one instance, served at {@code <model>/<name>/<pk>/[args/...]}: the primary
 * key is its first path argument (a request without one answers 404). Override the methods
 * for the HTTP methods it answers; the others answer 405. The primary key is passed as sent
 * (decoded from the path); {@link OperationCall#instance()} loads the instance.
 */
public abstract non-sealed class InstanceOperation extends Operation {

    protected InstanceOperation() {
        super(InstanceOperation.class, OperationCall.class, String.class);
    }

    @Override
    public final boolean isInstanceOperation() {
        return true;
    }

    @Override
    public void handle(OperationCall call) {
        String pk = call.primaryKey();
        switch (call.method()) {
            case "GET" -> get(call, pk);
            case "POST" -> post(call, pk);
            case "PUT" -> put(call, pk);
            case "DELETE" -> delete(call, pk);
            default -> throw new OperationException.MethodNotAllowed(call.method());
        }
    }

    /** Answers GET. */
    protected void get(OperationCall call, String pk) {
        throw new OperationException.MethodNotAllowed("GET");
    }

    /** Answers POST. */
    protected void post(OperationCall call, String pk) {
        throw new OperationException.MethodNotAllowed("POST");
    }

    /** Answers PUT. */
    protected void put(OperationCall call, String pk) {
        throw new OperationException.MethodNotAllowed("PUT");
    }

    /** Answers DELETE. */
    protected void delete(OperationCall call, String pk) {
        throw new OperationException.MethodNotAllowed("DELETE");
    }
}
