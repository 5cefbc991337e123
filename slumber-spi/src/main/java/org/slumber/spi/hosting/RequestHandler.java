package org.slumber.spi.hosting;

import java.util.concurrent.CompletionStage;

/**
 * The core's side of the hosting role: what a host hands requests to.
 *
 * <p>Both methods may be called from many host threads at once. {@link #handle} may block the
 * calling thread (it runs storage work); a host must call it on a thread that may block.
 */
public interface RequestHandler {

    /**
     * Answers one request. Never throws. The returned stage is completed exactly once, by the
     * core, possibly on another thread (a refused signature is answered after a delay without
     * holding a host thread); the host then writes the answer.
     *
     * <p>Should a handler break this contract anyway (throw, return null, or complete the stage
     * exceptionally or with null), the host answers with {@code refuse(head, 500, reason)},
     * where the reason is a fixed text that never carries an exception's message or stack.
     */
    CompletionStage<HostResponse> handle(HostRequest request);

    /**
     * Renders the answer to a request the host refused before handing it over, such as a body
     * over {@link HostSettings#maxBodyBytes()} (status 413) or a request line the host could not
     * parse (status 400). Never throws; does not block.
     *
     * @param head   the request as far as the host read it, without a body; for a request line
     *               that could not be parsed, method and path are what the host has, possibly "/"
     * @param status the status to answer with, 400 to 599
     * @param reason a short text saying what was wrong, for the answer's error message; never
     *               an exception's message or a stack trace
     */
    HostResponse refuse(HostRequest head, int status, String reason);
}
