package io.github.qbank.core.links.guard;

import java.net.UnknownHostException;

/** A host refused by the address policy after name resolution. */
public final class BlockedAddressException extends UnknownHostException {
    private static final long serialVersionUID = 1L;

    BlockedAddressException(String host) {
        super(host + " resolves to a private address");
    }
}
