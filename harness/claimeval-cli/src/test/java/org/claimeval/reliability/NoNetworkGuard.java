package org.claimeval.reliability;

import java.net.SocketPermission;
import java.security.Permission;

/**
 * Installed at JVM start ({@code -Djava.security.manager=org.claimeval.reliability.NoNetworkGuard}, still
 * supported on Java 17) in a child JVM, to prove that claimeval opens no socket. Every network operation of the
 * JDK, whatever the API (Socket, SocketChannel, URLConnection, HttpClient, DNS lookups), asks the security
 * manager for a {@link SocketPermission} first; this one prints each request and refuses it, and allows
 * everything else. Printing before refusing means a caller that swallows the exception cannot hide it.
 */
public final class NoNetworkGuard extends SecurityManager {
    static final String MARK = "NETWORK ATTEMPT: ";

    @Override
    public void checkPermission(Permission permission) {
        if (permission instanceof SocketPermission) {
            System.err.println(MARK + permission.getName() + " " + permission.getActions());
            throw new SecurityException("claimeval must not use the network: " + permission);
        }
    }

    @Override
    public void checkPermission(Permission permission, Object context) {
        checkPermission(permission);
    }
}
