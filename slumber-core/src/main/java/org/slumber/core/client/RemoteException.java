package org.slumber.core.client;

/**
 * A request to another service that failed: no answer (status 0: refused connection, timeout)
 * or an answer of status 400 or above. Carries the method, URL, status and the server's
 * {@code error} text.
 */
public class RemoteException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String method;
    private final String url;
    private final int status;
    private final String error;

    public RemoteException(String method, String url, int status, String error, Throwable cause) {
        super(message(method, url, status, error), cause);
        this.method = method;
        this.url = url;
        this.status = status;
        this.error = error;
    }

    private static String message(String method, String url, int status, String error) {
        return method + " " + url + (status == 0 ? " got no answer" : " answered " + status)
                + (error == null || error.isEmpty() ? "" : ": " + error);
    }

    /** The HTTP method. */
    public String method() {
        return method;
    }

    /** The absolute URL. */
    public String url() {
        return url;
    }

    /** The status, or 0 when no answer came. */
    public int status() {
        return status;
    }

    /** The server's {@code error} text, or why no answer came. */
    public String error() {
        return error;
    }
}
