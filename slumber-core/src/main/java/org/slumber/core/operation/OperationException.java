package org.slumber.core.operation;

/**
 * An answer other than success, thrown from an operation: the router answers with its status
 * and its message as the {@code error} text, and rolls back the operation's storage work.
 * Messages are shown to the caller: say what was wrong and how to fix it, and never include
 * secrets.
 */
public class OperationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;

    public OperationException(int status, String message) {
        super(message, null, false, false);
        if (status < 400 || status > 599) {
            throw new IllegalArgumentException("an operation exception needs a 4xx or 5xx status, got " + status);
        }
        this.status = status;
    }

    /** The HTTP status to answer with. */
    public int status() {
        return status;
    }

    /** 400: the request is malformed or its values are invalid. */
    public static final class BadRequest extends OperationException {
        private static final long serialVersionUID = 1L;

        public BadRequest(String message) {
            super(400, message);
        }
    }

    /** 403: the user lacks a permission. */
    public static final class Forbidden extends OperationException {
        private static final long serialVersionUID = 1L;

        public Forbidden(String message) {
            super(403, message);
        }
    }

    /** 404: the instance (or other resource) does not exist. */
    public static final class NotFound extends OperationException {
        private static final long serialVersionUID = 1L;

        public NotFound(String message) {
            super(404, message);
        }
    }

    /** 405: the method is not implemented here. */
    public static final class MethodNotAllowed extends OperationException {
        private static final long serialVersionUID = 1L;

        public MethodNotAllowed(String method) {
            super(405, "Method " + method + " is not allowed here");
        }
    }

    /** 409: the write would break a unique constraint. */
    public static final class Conflict extends OperationException {
        private static final long serialVersionUID = 1L;

        public Conflict(String message) {
            super(409, message);
        }
    }

    /** 501: the operation declares this is not implemented (yet). */
    public static final class NotImplemented extends OperationException {
        private static final long serialVersionUID = 1L;

        public NotImplemented(String message) {
            super(501, message);
        }
    }
}
