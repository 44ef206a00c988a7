package io.github.qbank.core.links.guard;

import java.io.IOException;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The addresses of the machine's own network interfaces, which a link check refuses like the
 * private ranges ({@link AddressPolicy#withOwnAddresses}): on a CI runner with a public address, a
 * pull request must not make the runner request its own services. Read once per check; tests give
 * a fixed list, so that no test depends on, or connects to, the addresses of the machine it runs on.
 */
@FunctionalInterface
public interface OwnAddresses {

    /**
     * Reads the addresses.
     * @return the machine's own addresses, IPv4 and IPv6
     * @throws IOException when the network interfaces cannot be read
     */
    List<InetAddress> read() throws IOException;

    /**
     * Every address of every network interface of this machine, up or down, virtual ones included,
     * IPv4 and IPv6, as {@link NetworkInterface} lists them.
     * @return the addresses of the interfaces, read each time {@link #read} is called
     */
    static OwnAddresses interfaces() {
        return () -> {
            List<InetAddress> addresses = new ArrayList<>();
            for (NetworkInterface ni : Collections.list(NetworkInterface.getNetworkInterfaces())) {
                add(ni, addresses);
            }
            return addresses;
        };
    }

    private static void add(NetworkInterface ni, List<InetAddress> addresses) {
        addresses.addAll(Collections.list(ni.getInetAddresses()));
        for (NetworkInterface sub : Collections.list(ni.getSubInterfaces())) {
            add(sub, addresses);
        }
    }
}
