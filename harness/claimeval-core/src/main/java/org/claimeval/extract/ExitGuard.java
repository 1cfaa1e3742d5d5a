package org.claimeval.extract;

import java.security.Permission;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Keeps an extractor loaded from a jar ({@code --extractor-jar}) from ending claimeval with an exit code of its
 * choosing: {@code System.exit(0)} in an extractor used to end a failing {@code gate} with 0 and no report.
 *
 * <p>Mechanism (documented in the README): extractor code runs only on threads made by
 * {@link #extractorThreads}, marked as untrusted (threads they start inherit the mark). Before the first jar is
 * loaded, claimeval installs this security manager, still available on Java 17 (the JDK prints a deprecation
 * warning once), whose only refusals are {@code System.exit}/{@code Runtime.halt} and replacing the security
 * manager, from marked threads. The refusal is a {@link SecurityException} in the extractor, so the document
 * fails like any other exception: exit 3 with a report. Everything else is allowed, so the in-process
 * extractor is otherwise trusted code; on a JDK that no longer allows a security manager (18+ without
 * {@code -Djava.security.manager=allow}) a warning says that exits cannot be contained. Built-in extractors
 * need no guard, so none is installed for them.
 */
public final class ExitGuard extends SecurityManager {
    private static final InheritableThreadLocal<Boolean> UNTRUSTED = new InheritableThreadLocal<>();
    private static boolean installed;

    private ExitGuard() {
    }

    /**
     * Installs the guard unless a security manager is already in place (a test's own, say).
     *
     * @return null when installed or already present, else why it could not be
     */
    public static synchronized String install() {
        if (installed || System.getSecurityManager() != null) {
            installed = true;
            return null;
        }
        try {
            System.setSecurityManager(new ExitGuard());
            installed = true;
            return null;
        } catch (UnsupportedOperationException | SecurityException e) {
            return "this JDK does not allow a security manager, so an extractor jar calling System.exit "
                    + "could end claimeval with its own exit code (run with -Djava.security.manager=allow)";
        }
    }

    /** Daemon threads marked as running extractor code. */
    public static ThreadFactory extractorThreads(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return r -> {
            Thread t = new Thread(() -> {
                UNTRUSTED.set(Boolean.TRUE);
                r.run();
            }, prefix + "-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    private static boolean untrusted() {
        return Boolean.TRUE.equals(UNTRUSTED.get());
    }

    @Override
    public void checkExit(int status) {
        if (untrusted()) {
            throw new SecurityException("the extractor called System.exit(" + status
                    + "); only claimeval decides its exit code");
        }
    }

    @Override
    public void checkPermission(Permission permission) {
        if (untrusted() && permission instanceof RuntimePermission && "setSecurityManager".equals(permission.getName())) {
            throw new SecurityException("the extractor tried to replace claimeval's security manager");
        }
    }

    @Override
    public void checkPermission(Permission permission, Object context) {
        checkPermission(permission);
    }
}
