package dev.nightshift.app.notify;

import dev.nightshift.app.config.AgentSettings;
import dev.nightshift.app.config.Config;
import dev.nightshift.core.notify.Channel;
import dev.nightshift.core.notify.DeliveryWorker;
import dev.nightshift.core.notify.Dispatcher;
import dev.nightshift.core.notify.IncidentReport;
import dev.nightshift.core.notify.Notice;
import dev.nightshift.core.notify.Notifier;
import dev.nightshift.core.notify.Outlet;
import dev.nightshift.core.pipeline.Stores;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Everything that tells humans, built from the configuration: the console (or a drill's) notifier
 * plus the dispatcher that enqueues for every configured notifier, and the worker that delivers.
 * The agent gets {@link #notifier()}; the daemon calls {@link #start()} and {@link #close()}.
 */
public final class Notifications implements AutoCloseable {

  private final Dispatcher dispatcher;
  private final DeliveryWorker worker;
  private final Notifier notifier;
  private final Drain drain;

  private Notifications(
      Dispatcher dispatcher, DeliveryWorker worker, Notifier console, Drain drain) {
    this.dispatcher = dispatcher;
    this.worker = worker;
    this.notifier = both(console, dispatcher);
    this.drain = drain;
  }

  /**
   * Builds channels for every notifier of {@code config} and the delivery around them.
   *
   * @param console the notifier the agent had without delivery (the console printout)
   * @param reports writes a notice's report (the ReportBuilder)
   * @param errors where delivery failures of the store are told; never a secret
   */
  public static Notifications create(
      Config config,
      Stores stores,
      ChannelFactory channels,
      Function<Notice, IncidentReport> reports,
      Notifier console,
      Clock clock,
      Consumer<String> errors) {
    return create(config.agent().notifiers(), stores, channels, reports, console, clock, errors);
  }

  /** As {@link #create(Config, Stores, ChannelFactory, Function, Notifier, Clock, Consumer)}. */
  public static Notifications create(
      List<AgentSettings.Notifier> notifiers,
      Stores stores,
      ChannelFactory channels,
      Function<Notice, IncidentReport> reports,
      Notifier console,
      Clock clock,
      Consumer<String> errors) {
    List<Outlet> outlets = outlets(notifiers, channels);
    DeliveryWorker worker =
        new DeliveryWorker(
            stores.deliveries(),
            stores.incidents(),
            stores.approvals(),
            stores.audit(),
            outlets,
            reports,
            clock,
            DeliveryWorker.Settings.DEFAULTS,
            errors);
    Dispatcher dispatcher =
        new Dispatcher(stores.deliveries(), outlets, clock, worker::wake, errors);
    return new Notifications(
        dispatcher,
        worker,
        Objects.requireNonNull(console, "console"),
        new Drain(stores.deliveries(), worker::runDue, clock));
  }

  static List<Outlet> outlets(List<AgentSettings.Notifier> notifiers, ChannelFactory channels) {
    List<Outlet> outlets = new ArrayList<>();
    for (AgentSettings.Notifier n : notifiers) {
      Channel channel = channels.create(n);
      if (!channel.name().equals(n.name())) {
        throw new IllegalArgumentException(
            "the channel of notifier '" + n.name() + "' is named '" + channel.name() + "'");
      }
      outlets.add(new Outlet(channel, n.route(), n.perMinute()));
    }
    return List.copyOf(outlets);
  }

  /** The agent's notifier: the console first, then the durable dispatcher. */
  public Notifier notifier() {
    return notifier;
  }

  public Dispatcher dispatcher() {
    return dispatcher;
  }

  /** The worker, for a drill that delivers synchronously with {@link DeliveryWorker#runDue()}. */
  public DeliveryWorker worker() {
    return worker;
  }

  /** Sends what is pending before the process exits, for a bounded time. */
  public Drain drain() {
    return drain;
  }

  /** Starts delivering in the background (a virtual thread). */
  public void start() {
    worker.start();
  }

  /** Stops delivering; what is still pending is sent after the next start. */
  @Override
  public void close() {
    worker.close();
  }

  // The console must not keep a notice from the outbox, whatever it does.
  private static Notifier both(Notifier console, Notifier dispatcher) {
    return notice -> {
      try {
        console.notify(notice);
      } catch (RuntimeException e) {
        // the console is best effort; the outbox is what counts
      }
      dispatcher.notify(notice);
    };
  }
}
