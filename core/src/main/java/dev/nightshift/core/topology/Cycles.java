package dev.nightshift.core.topology;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** Finds dependency cycles, which turn a top-down walk into an endless one. */
public final class Cycles {

  private enum Mark {
    ON_PATH,
    DONE
  }

  private Cycles() {}

  /**
   * The cycles in {@code edges}: one for every edge that closes a cycle during a depth-first walk,
   * as the path it closes with its first node repeated at the end ({@code a, b, c, a}). The result
   * is empty exactly when the graph has no cycle; a graph with several cycles through one edge may
   * have only some of them named. Iteration order decides where each starts. Edges to ids that are
   * not keys are ignored.
   */
  public static <T> List<List<T>> find(Map<T, List<T>> edges) {
    Map<T, Mark> marks = new HashMap<>();
    List<List<T>> cycles = new ArrayList<>();
    for (T start : edges.keySet()) {
      if (!marks.containsKey(start)) {
        walkFrom(start, edges, marks, cycles);
      }
    }
    return cycles;
  }

  private static <T> void walkFrom(
      T start, Map<T, List<T>> edges, Map<T, Mark> marks, List<List<T>> cycles) {
    Deque<T> path = new ArrayDeque<>();
    Deque<Iterator<T>> pending = new ArrayDeque<>();
    marks.put(start, Mark.ON_PATH);
    path.addLast(start);
    pending.push(edges.get(start).iterator());
    while (!pending.isEmpty()) {
      Iterator<T> next = pending.peek();
      if (!next.hasNext()) {
        pending.pop();
        marks.put(path.removeLast(), Mark.DONE);
        continue;
      }
      T child = next.next();
      if (!edges.containsKey(child)) {
        continue;
      }
      Mark mark = marks.get(child);
      if (mark == Mark.ON_PATH) {
        cycles.add(closingPath(path, child));
      } else if (mark == null) {
        marks.put(child, Mark.ON_PATH);
        path.addLast(child);
        pending.push(edges.get(child).iterator());
      }
    }
  }

  private static <T> List<T> closingPath(Deque<T> path, T repeated) {
    List<T> cycle = new ArrayList<>();
    boolean inCycle = false;
    for (T id : path) {
      inCycle |= id.equals(repeated);
      if (inCycle) {
        cycle.add(id);
      }
    }
    cycle.add(repeated);
    return cycle;
  }
}
