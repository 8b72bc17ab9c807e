package newsgraph.neo4j;

import java.io.IOException;
import java.io.InputStream;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.time.Duration;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;
import org.neo4j.io.locker.FileLockException;

/**
 * Runs Neo4j Community embedded, with the Bolt connector on a loopback address and APOC core, for
 * as long as the process that started it keeps this process's stdin open.
 *
 * <p>The protocol with the parent (src/neo4j/embedded-neo4j.ts) is one line on stdout,
 * {@code NEO4J_READY bolt://HOST:PORT}, once the database answers {@code RETURN apoc.version()};
 * failures a person can fix are one line on stderr plus an exit code:
 * {@code NEO4J_PORT_IN_USE <port>} (exit 3) and {@code NEO4J_STORE_LOCKED <dir>} (exit 4). Bad
 * arguments exit 2, anything else 1. EOF on stdin, SIGTERM and SIGINT all shut the database down
 * cleanly; because a dead parent closes the pipe, the database never outlives it, even when the
 * parent is SIGKILLed.
 *
 * <p>Authentication and TLS are off: the Bolt connector only ever listens on the loopback address
 * it is given, so only local processes can reach it.
 */
public final class Launcher {
  private static final int EXIT_FAILED = 1;
  private static final int EXIT_USAGE = 2;
  private static final int EXIT_PORT_IN_USE = 3;
  private static final int EXIT_STORE_LOCKED = 4;

  private static final String USAGE =
      "usage: java -jar newsgraph-neo4j.jar [--home DIR] [--bolt HOST:PORT] [--plugins DIR] [--pagecache SIZE]";

  /** What the command line asked for; every field has a default, so no argument is required. */
  record Options(Path home, String host, int port, Path plugins, String pagecache) {
    static Options parse(String[] args) {
      Path home = Path.of(".data/neo4j");
      String bolt = "127.0.0.1:7687";
      Path plugins = besideJar("plugins");
      String pagecache = "512m";
      for (int i = 0; i < args.length; i += 2) {
        if (i + 1 >= args.length) throw new IllegalArgumentException(args[i] + " needs a value");
        String value = args[i + 1];
        switch (args[i]) {
          case "--home" -> home = Path.of(value);
          case "--bolt" -> bolt = value;
          case "--plugins" -> plugins = Path.of(value);
          case "--pagecache" -> pagecache = value;
          default -> throw new IllegalArgumentException("unknown option " + args[i]);
        }
      }
      int colon = bolt.lastIndexOf(':');
      if (colon <= 0) throw new IllegalArgumentException("--bolt must be HOST:PORT, got " + bolt);
      String host = bolt.substring(0, colon);
      requireLoopback(host);
      return new Options(home.toAbsolutePath(), host, port(bolt.substring(colon + 1)), plugins.toAbsolutePath(), pagecache);
    }

    private static int port(String text) {
      try {
        int port = Integer.parseInt(text);
        if (port >= 1 && port <= 65535) return port;
      } catch (NumberFormatException e) {
        // Reported below with the same message as an out-of-range number.
      }
      throw new IllegalArgumentException("the --bolt port must be a number from 1 to 65535, got " + text);
    }

    /** Auth is off, so listening anywhere but loopback would open the database to the network. */
    private static void requireLoopback(String host) {
      try {
        if (InetAddress.getByName(host).isLoopbackAddress()) return;
      } catch (UnknownHostException e) {
        throw new IllegalArgumentException("unknown --bolt host " + host);
      }
      throw new IllegalArgumentException("--bolt must be a loopback address (auth is off), got " + host);
    }

    /** The plugins folder Maven fills sits beside the jar, so the default works from any cwd. */
    private static Path besideJar(String name) {
      try {
        Path jar = Path.of(Launcher.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        return jar.resolveSibling(name);
      } catch (URISyntaxException e) {
        return Path.of(name);
      }
    }

    String boltUri() {
      return "bolt://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port;
    }
  }

  private Launcher() {}

  public static void main(String[] args) {
    Options options = parseOrExit(args);
    if (!portIsFree(options)) fail(EXIT_PORT_IN_USE, "NEO4J_PORT_IN_USE " + options.port());
    DatabaseManagementService dbms = startOrExit(options);
    // Registered only once the DBMS exists: a signal during start-up leaves a store that Neo4j
    // recovers on the next start, which is cheaper than coordinating with a half-built DBMS.
    Runtime.getRuntime().addShutdownHook(new Thread(dbms::shutdown, "neo4j-shutdown"));
    String apocVersion = apocVersionOrExit(dbms);
    System.err.println("APOC " + apocVersion + ", store " + options.home());
    System.out.println("NEO4J_READY " + options.boltUri());
    System.out.flush();
    waitForEndOfInput(System.in);
    System.exit(0);
  }

  private static Options parseOrExit(String[] args) {
    try {
      return Options.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.err.println(USAGE);
      System.exit(EXIT_USAGE);
      throw new AssertionError("unreachable");
    }
  }

  /**
   * Binds the address the way Netty will (SO_REUSEADDR on, so a socket of the previous run lingering
   * in TIME_WAIT does not count as "in use") and lets it go again.
   */
  private static boolean portIsFree(Options options) {
    try (ServerSocket socket = new ServerSocket()) {
      socket.setReuseAddress(true);
      socket.bind(new InetSocketAddress(options.host(), options.port()));
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  private static DatabaseManagementService startOrExit(Options options) {
    try {
      return builder(options).build();
    } catch (RuntimeException e) {
      // The port can still be taken between our check and Neo4j's bind.
      if (hasCause(e, BindException.class)) fail(EXIT_PORT_IN_USE, "NEO4J_PORT_IN_USE " + options.port());
      if (hasCause(e, FileLockException.class)) fail(EXIT_STORE_LOCKED, "NEO4J_STORE_LOCKED " + options.home());
      e.printStackTrace();
      fail(EXIT_FAILED, "Neo4j failed to start: " + e.getMessage());
      throw new AssertionError("unreachable");
    }
  }

  private static DatabaseManagementServiceBuilder builder(Options options) {
    List<String> apoc = List.of("apoc.*");
    return new DatabaseManagementServiceBuilder(options.home())
        .setConfig(BoltConnector.enabled, true)
        .setConfig(BoltConnector.listen_address, new SocketAddress(options.host(), options.port()))
        .setConfig(BoltConnector.advertised_address, new SocketAddress(options.host(), options.port()))
        .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
        .setConfig(HttpConnector.enabled, false)
        .setConfig(HttpsConnector.enabled, false)
        .setConfig(GraphDatabaseSettings.auth_enabled, false)
        .setConfig(GraphDatabaseSettings.plugin_dir, options.plugins())
        .setConfig(GraphDatabaseSettings.procedure_unrestricted, apoc)
        .setConfig(GraphDatabaseSettings.procedure_allowlist, apoc)
        .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.parse(options.pagecache()))
        // Bolt's defaults wait about 10 s at shutdown for clients to drain; our only clients are
        // local processes that close their drivers first, so that wait only slows every stop.
        .setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofMillis(500))
        .setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofSeconds(2))
        .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0);
  }

  private static String apocVersionOrExit(DatabaseManagementService dbms) {
    try {
      return dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME)
          .executeTransactionally("RETURN apoc.version() AS v", Map.of(), r -> String.valueOf(r.next().get("v")));
    } catch (RuntimeException e) {
      fail(EXIT_FAILED, "APOC is not available (is its jar in the plugins folder?): " + e.getMessage());
      throw new AssertionError("unreachable");
    }
  }

  /** Blocks until the parent closes our stdin (or dies, which closes it for the parent). */
  private static void waitForEndOfInput(InputStream in) {
    byte[] buffer = new byte[256];
    try {
      while (in.read(buffer) != -1) {
        // Input is ignored; only its end matters.
      }
    } catch (IOException e) {
      // A broken pipe means the same as EOF: the parent is gone.
    }
  }

  private static boolean hasCause(Throwable error, Class<? extends Throwable> type) {
    for (Throwable t = error; t != null; t = t.getCause()) {
      if (type.isInstance(t)) return true;
    }
    return false;
  }

  /** Prints one line for the parent to recognise and exits; shutdown hooks stop a running DBMS. */
  private static void fail(int exitCode, String line) {
    System.err.println(line);
    System.err.flush();
    System.exit(exitCode);
  }
}
