package org.claimeval.extract;

import java.io.FilePermission;
import java.lang.reflect.ReflectPermission;
import java.net.SocketPermission;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.security.CodeSource;
import java.security.Permission;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Contains an extractor loaded from someone else's jar ({@code --extractor-jar}, or an SPI extractor on the
 * class path that is not a built-in). Such a jar comes from a pull request and runs inside claimeval's JVM, in a
 * CI job whose secrets are in the environment and the home folder, so its code may not:
 * <ul>
 *   <li>end the JVM ({@code System.exit} used to end a failing {@code gate} with 0 and no report);</li>
 *   <li>read environment variables, or any file but its own jar, the JDK and claimeval's class path
 *       ({@code /proc/self/environ}, {@code ~/.ssh}, the checkout's {@code .git/config} with its token);</li>
 *   <li>write or delete files, start processes, open network connections, load native code, replace
 *       standard streams or this security manager, or suppress Java's access checks (which would let it
 *       switch this guard off by reflection).</li>
 * </ul>
 * Mechanism: a security manager, still available on Java 17 (the JDK prints a deprecation warning once),
 * refuses those permissions whenever a class of a contained jar is on the calling thread's stack, above the
 * nearest {@code AccessController.doPrivileged} (the JDK's own privileged work done for the extractor, such
 * as loading its classes, is allowed, as in Java's own sandbox). Whatever thread runs the code (an extractor
 * thread, a thread the extractor starts, the common fork-join pool), the stack shows it. A refusal is a
 * {@link SecurityException} in the extractor: the document fails like any other exception, exit 3 with a
 * report. Every other permission is allowed, and claimeval's own code is never restricted. An extractor that
 * needs more runs as {@code --extractor-cmd}, in a sandbox of the job's choosing. On a JDK that no longer allows a
 * security manager (18+ without {@code -Djava.security.manager=allow}) a warning says that the jar cannot be
 * contained. Built-in extractors need no sandbox, so none is installed for them.
 */
public final class ExtractorSandbox extends SecurityManager {
    private static final Set<String> REFUSED_RUNTIME = Set.of("setSecurityManager", "createSecurityManager", "setIO");
    private static final List<String> REFUSED_RUNTIME_PREFIXES = List.of("exitVM", "getenv.", "loadLibrary.");
    /** Read by the JDK itself (random numbers) when an extractor asks for a UUID or a secure random. */
    private static final Set<Path> READABLE_DEVICES = Set.of(Path.of("/dev/urandom"), Path.of("/dev/random"));

    private static final StackWalker STACK = StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE);

    /** Set while this thread is inside a check, which may load classes and so be asked again. */
    private static final ThreadLocal<Boolean> CHECKING = new ThreadLocal<>();

    private static boolean installed;
    /** Where the contained classes come from: jar files by path. Written only by claimeval, before loading. */
    private static final List<Path> CONTAINED = new CopyOnWriteArrayList<>();
    /** Classes from a contained location; computed once per class. */
    private static final ClassValue<Boolean> FROM_CONTAINED = new ClassValue<>() {
        @Override
        protected Boolean computeValue(Class<?> type) {
            Path location = location(type);
            return location != null && CONTAINED.contains(location);
        }
    };

    private final List<Path> readable;

    private ExtractorSandbox(List<Path> readable) {
        this.readable = List.copyOf(readable);
    }

    /**
     * Contains the classes loaded from {@code jar}, installing the sandbox unless a security manager is
     * already in place (a test's own, say: then the jar is not contained).
     *
     * @return null when contained, else why it could not be
     */
    public static synchronized String contain(Path jar) {
        Path location = jar.toAbsolutePath().normalize();
        if (!CONTAINED.contains(location)) {
            CONTAINED.add(location);
        }
        if (installed) {
            return null;
        }
        if (System.getSecurityManager() != null) {
            return "another security manager is installed, so the extractor jar is not contained";
        }
        try {
            ExtractorSandbox sandbox = new ExtractorSandbox(readableLocations());
            sandbox.checkPermission(new FilePermission("/", "read")); // loads what a check needs, before it counts
            System.setSecurityManager(sandbox);
            installed = true;
            return null;
        } catch (UnsupportedOperationException | SecurityException e) {
            return "this JDK does not allow a security manager, so an extractor jar could read files and the "
                    + "environment and end claimeval with its own exit code (run with -Djava.security.manager=allow)";
        }
    }

    /**
     * Contains the jar that {@code extractorClass} was loaded from: an extractor jar put on the class path. Classes
     * from a folder (a development build) or packed into claimeval's own jar cannot be told apart from
     * claimeval's, so they are not contained, and the returned warning says so.
     */
    public static String contain(Class<?> extractorClass) {
        Path location = location(extractorClass);
        if (location == null || !location.toString().endsWith(".jar") || location.equals(location(ExtractorSandbox.class))) {
            return extractorClass.getName() + " is not loaded from a jar of its own, so it is not contained";
        }
        return contain(location);
    }

    /** The JDK and claimeval's own class path: read by class loading and the built-ins' models. */
    private static List<Path> readableLocations() {
        List<Path> paths = new ArrayList<>();
        paths.add(Path.of(System.getProperty("java.home")).toAbsolutePath().normalize());
        for (String entry : System.getProperty("java.class.path", "").split(java.io.File.pathSeparator)) {
            if (!entry.isEmpty()) {
                paths.add(Path.of(entry).toAbsolutePath().normalize());
            }
        }
        return paths;
    }

    private static Path location(Class<?> type) {
        CodeSource source = type.getProtectionDomain().getCodeSource();
        if (source == null || source.getLocation() == null || !"file".equals(source.getLocation().getProtocol())) {
            return null;
        }
        try {
            return Path.of(source.getLocation().toURI()).toAbsolutePath().normalize();
        } catch (URISyntaxException | IllegalArgumentException e) {
            return null;
        }
    }

    @Override
    public void checkPermission(Permission permission) {
        if (CHECKING.get() != null) {
            return; // the check itself loading a class or reading a property: not the extractor's doing
        }
        CHECKING.set(Boolean.TRUE);
        boolean refused;
        try {
            refused = refusedToContainedCode(permission) && containedCodeOnStack();
        } finally {
            CHECKING.remove();
        }
        if (refused) {
            throw new SecurityException(refusal(permission));
        }
    }

    @Override
    public void checkPermission(Permission permission, Object context) {
        checkPermission(permission);
    }

    private boolean refusedToContainedCode(Permission permission) {
        if (permission instanceof SocketPermission) {
            return true;
        }
        if (permission instanceof ReflectPermission) {
            return "suppressAccessChecks".equals(permission.getName());
        }
        if (permission instanceof RuntimePermission) {
            String name = permission.getName();
            return REFUSED_RUNTIME.contains(name) || REFUSED_RUNTIME_PREFIXES.stream().anyMatch(name::startsWith);
        }
        if (permission instanceof FilePermission) {
            return !readOnlyOfAllowedFile((FilePermission) permission);
        }
        return false;
    }

    private boolean readOnlyOfAllowedFile(FilePermission permission) {
        String actions = permission.getActions();
        if (!actions.equals("read") && !actions.equals("readlink") && !actions.equals("read,readlink")) {
            return false;
        }
        String name = permission.getName();
        if (name.equals("<<ALL FILES>>")) {
            return false;
        }
        Path file;
        try {
            file = Path.of(name).toAbsolutePath().normalize();
        } catch (RuntimeException e) {
            return false;
        }
        return READABLE_DEVICES.contains(file) || CONTAINED.contains(file) || readable.stream().anyMatch(file::startsWith);
    }

    /**
     * Whether a contained class is on this thread's stack above the nearest {@code doPrivileged}: the caller of
     * {@code doPrivileged} still counts, the frames below it do not (Java's own access-control rule).
     */
    private static boolean containedCodeOnStack() {
        return STACK.walk(frames -> {
            boolean privilegedCallerNext = false;
            for (StackWalker.StackFrame frame : (Iterable<StackWalker.StackFrame>) frames::iterator) {
                Class<?> type = frame.getDeclaringClass();
                if (FROM_CONTAINED.get(type)) {
                    return true;
                }
                if (privilegedCallerNext) {
                    return false;
                }
                privilegedCallerNext = type == java.security.AccessController.class
                        && frame.getMethodName().startsWith("doPrivileged");
            }
            return false;
        });
    }

    private static String refusal(Permission permission) {
        String name = permission.getName();
        String what;
        if (name.startsWith("exitVM")) {
            what = "called System.exit(" + name.substring(name.indexOf('.') + 1) + "); only claimeval decides its exit code";
        } else if (name.startsWith("getenv.")) {
            what = "tried to read the environment variable " + name.substring("getenv.".length());
        } else if (permission instanceof FilePermission) {
            what = "tried to " + permission.getActions() + " " + name;
        } else if (permission instanceof SocketPermission) {
            what = "tried to " + permission.getActions() + " to " + name + " over the network";
        } else if (name.equals("setSecurityManager")) {
            what = "tried to replace claimeval's security manager";
        } else {
            what = "asked for " + permission.getClass().getSimpleName() + " " + name;
        }
        return "the extractor " + what + ": a jar extractor may only compute (no files but its own jar, no "
                + "environment, network, processes or exit); run it with --extractor-cmd if it needs more";
    }
}
