package org.slumber.core.operation;

/**
 * An operation on a model as a whole, served at {@code <model>/<name>/[args/...]}. Override
 * the methods for the HTTP methods it answers; the others answer 405.
 */
public abstract non-sealed class ModelOperation extends Operation {

    protected ModelOperation() {
        super(ModelOperation.class, OperationCall.class);
    }

    @Override
    public final boolean isInstanceOperation() {
        return false;
    }

    @Override
    public void handle(OperationCall call) {
        switch (call.method()) {
            case "GET" -> get(call);
            case "POST" -> post(call);
            case "PUT" -> put(call);
            case "DELETE" -> delete(call);
            default -> throw new OperationException.MethodNotAllowed(call.method());
        }
    }

    /** Answers GET. */
    protected void get(OperationCall call) {
        throw new OperationException.MethodNotAllowed("GET");
    }

    /** Answers POST. */
    protected void post(OperationCall call) {
        throw new OperationException.MethodNotAllowed("POST");
    }

    /** Answers PUT. */
    protected void put(OperationCall call) {
        throw new OperationException.MethodNotAllowed("PUT");
    }

    /** Answers DELETE. */
    protected void delete(OperationCall call) {
        throw new OperationException.MethodNotAllowed("DELETE");
    }
}
