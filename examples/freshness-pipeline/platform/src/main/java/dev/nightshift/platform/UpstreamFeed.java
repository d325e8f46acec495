package dev.nightshift.platform;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * The external upstream data feed: a TCP server that streams newline-delimited JSON entity updates
 * to every connected client at a steady rate.
 *
 * <p>It stands in for the seed's upstream WebSocket feed: the framing differs (one JSON object per
 * line instead of one per WebSocket message), the behaviour that matters does not — a stream that
 * the ingestion must stay connected to, and that can go away.
 *
 * <p>Usage: {@code UpstreamFeed --port N [--rate 200] [--entities 50]}.
 */
public final class UpstreamFeed {

  private static final int TICKS_PER_SECOND = 100;
  private static final int CLIENT_BUFFER = 10_000;

  private final int rate;
  private final double[] values;
  private final CopyOnWriteArrayList<Client> clients = new CopyOnWriteArrayList<>();
  private double owed;

  private UpstreamFeed(int rate, int entities) {
    this.rate = rate;
    this.values = new double[entities];
    for (int i = 0; i < entities; i++) {
      values[i] = 100 + i;
    }
  }

  /** Starts the feed; runs until the process is stopped. */
  public static void main(String[] argv) throws IOException {
    Log.onUncaughtException();
    Args args = Args.parse(argv, Set.of("port", "rate", "entities"));
    int port = args.port("port");
    UpstreamFeed feed =
        new UpstreamFeed(
            args.number("rate", 200, 1, 100_000), args.number("entities", 50, 1, 100_000));
    ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor();
    ticker.scheduleAtFixedRate(feed::tick, 0, 1000 / TICKS_PER_SECOND, TimeUnit.MILLISECONDS);
    try (ServerSocket server = new ServerSocket(port, 50, InetAddress.getLoopbackAddress())) {
      Runtime.getRuntime().addShutdownHook(new Thread(() -> Log.info("shutting down")));
      Log.info("upstream feed listening on 127.0.0.1:" + port + ", " + feed.rate + " updates/s");
      while (true) {
        feed.accept(server.accept());
      }
    }
  }

  private void accept(Socket socket) {
    Client client = new Client(socket, new ArrayBlockingQueue<>(CLIENT_BUFFER));
    clients.add(client);
    Log.info("client connected from " + socket.getRemoteSocketAddress());
    Thread.ofVirtual().name("feed-client").start(() -> client.drain(clients));
  }

  // Spreads the rate evenly over the ticks, carrying fractions, so 200/s is 2 updates per 10 ms.
  private void tick() {
    owed += (double) rate / TICKS_PER_SECOND;
    long now = System.currentTimeMillis();
    ThreadLocalRandom random = ThreadLocalRandom.current();
    while (owed >= 1) {
      owed -= 1;
      int i = random.nextInt(values.length);
      values[i] = Math.round((values[i] + random.nextGaussian()) * 100) / 100.0;
      String line = new EntityUpdate("e-" + i, values[i], now).toJson() + "\n";
      for (Client client : clients) {
        client.offer(line);
      }
    }
  }

  /** One connected client, written by its own thread so a slow one cannot stall the others. */
  private record Client(Socket socket, BlockingQueue<String> lines) {

    // A client that stops reading loses updates rather than growing memory, as a real feed would.
    void offer(String line) {
      lines.offer(line);
    }

    void drain(CopyOnWriteArrayList<Client> clients) {
      try (socket;
          OutputStream out = new BufferedOutputStream(socket.getOutputStream())) {
        while (true) {
          String line = lines.take();
          out.write(line.getBytes(StandardCharsets.UTF_8));
          if (lines.isEmpty()) {
            out.flush();
          }
        }
      } catch (IOException e) {
        Log.info("client " + socket.getRemoteSocketAddress() + " disconnected: " + e.getMessage());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      } finally {
        clients.remove(this);
      }
    }
  }
}
