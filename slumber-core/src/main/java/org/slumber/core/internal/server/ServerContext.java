package org.slumber.core.internal.server;

import org.slumber.core.internal.auth.AuthBackend;
import org.slumber.core.internal.model.Registry;
import org.slumber.spi.storage.Storage;

/**
 * What operations and the router share for one running server.
 *
 * @param registry  the hosted apps and models
 * @param storage   the open storage
 * @param documents builds the wire documents
 * @param input     reads request bodies into values
 * @param backend   answers questions about users and permissions
 * @param remote    remote foreign keys: stored and shown forms, lazy instances
 * @param pageSize  items per page of instance lists and data arrays
 */
record ServerContext(Registry registry, Storage storage, Documents documents, InputReader input,
                     AuthBackend backend, RemoteReferences remote, int pageSize) {
}
