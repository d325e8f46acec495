package dev.nightshift.platform;

import java.lang.management.ManagementFactory;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.DoubleSupplier;

/** A program's metrics, rendered in the Prometheus text exposition format (version 0.0.4). */
final class Metrics {

  /** A monotonically increasing count. */
  static final class Counter {
    private final LongAdder count = new LongAdder();

    void increment() {
      count.increment();
    }

    void add(long amount) {
      count.add(amount);
    }

    long value() {
      return count.sum();
    }
  }

  private record Sample(String labels, DoubleSupplier value) {}

  private record Family(String name, String help, String type, List<Sample> samples) {}

  private final List<Family> families = new ArrayList<>();

  /** Every program reports its CPU time under its supervisord program name. */
  Metrics(String process) {
    var os = ManagementFactory.getOperatingSystemMXBean();
    if (os instanceof com.sun.management.OperatingSystemMXBean unix) {
      gauge(
          "process_cpu_seconds_total",
          "CPU time used by the process.",
          "counter",
          "{process=\"" + process + "\"}",
          () -> unix.getProcessCpuTime() / 1e9);
    }
  }

  synchronized Counter counter(String name, String help) {
    Counter counter = new Counter();
    families.add(new Family(name, help, "counter", List.of(new Sample("", counter::value))));
    return counter;
  }

  /** A counter with one label; a label value appears once it has been counted. */
  synchronized LabeledCounter counter(String name, String help, String label) {
    LabeledCounter counter = new LabeledCounter(label);
    families.add(new Family(name, help, "counter", counter.samples));
    return counter;
  }

  /** A gauge read at scrape time; NaN leaves the sample out, meaning "not known yet". */
  synchronized void gauge(String name, String help, DoubleSupplier value) {
    gauge(name, help, "gauge", "", value);
  }

  synchronized void gauge(String name, String help, String type, String labels, DoubleSupplier v) {
    families.add(new Family(name, help, type, List.of(new Sample(labels, v))));
  }

  synchronized String render() {
    StringBuilder out = new StringBuilder();
    for (Family family : families) {
      out.append("# HELP ").append(family.name()).append(' ').append(family.help()).append('\n');
      out.append("# TYPE ").append(family.name()).append(' ').append(family.type()).append('\n');
      for (Sample sample : List.copyOf(family.samples())) {
        double value = sample.value().getAsDouble();
        if (!Double.isNaN(value)) {
          out.append(family.name()).append(sample.labels()).append(' ');
          out.append(format(value)).append('\n');
        }
      }
    }
    return out.toString();
  }

  // Plain decimals (1795297322.535, not 1.795297322535E9): easier on the eye in a curl.
  static String format(double value) {
    if (Double.isInfinite(value)) {
      return value > 0 ? "+Inf" : "-Inf";
    }
    return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }

  /** Counters keyed by the value of one label, e.g. {@code kind="oom"}. */
  static final class LabeledCounter {
    private final String label;
    private final Map<String, Counter> counters = new ConcurrentHashMap<>();
    private final List<Sample> samples = new CopyOnWriteArrayList<>();

    private LabeledCounter(String label) {
      this.label = label;
    }

    void increment(String value) {
      counters
          .computeIfAbsent(
              value,
              v -> {
                Counter counter = new Counter();
                samples.add(new Sample("{" + label + "=\"" + v + "\"}", counter::value));
                return counter;
              })
          .increment();
    }
  }
}
