package br.org.teia.benchmarks;

import java.io.File;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.netbeans.lib.profiler.heap.FieldValue;
import org.netbeans.lib.profiler.heap.GCRoot;
import org.netbeans.lib.profiler.heap.Heap;
import org.netbeans.lib.profiler.heap.HeapFactory;
import org.netbeans.lib.profiler.heap.Instance;
import org.netbeans.lib.profiler.heap.JavaClass;
import org.netbeans.lib.profiler.heap.ObjectArrayInstance;
import org.netbeans.lib.profiler.heap.ObjectFieldValue;
import org.netbeans.lib.profiler.heap.PrimitiveArrayInstance;

/**
 * What the sessions of a heap dump keep (issue 15): their retained set, the objects reachable from
 * an HTTP session (or its VaadinSession, UIs, notification bell) and from no GC root otherwise, as
 * a GC would free them with the session; by class and by the nearest holder above. The heap's
 * growth between two class histograms (VaadinMemoryBenchmark's first figure) also counts what
 * Tomcat, the JDK and the caches happened to hold at each reading: its {@code byte[]} moved by
 * half a megabyte either way between runs. With {@code --chains}, also who holds every
 * {@code byte[]} of at least {@code --min} bytes in the whole heap: the chain of referrers up from
 * it (the first found, weak referents skipped), summed by chain and by the first non-JDK class.
 * A heap dump of VaadinMemoryBenchmark's {@code --heap-dump}:
 *
 * <pre>java -cp platform/benchmarks/target/classes:$(cat platform/benchmarks/target/benchmark.classpath) \
 *   br.org.teia.benchmarks.HeapRetainers --dump=/tmp/teia.hprof [--top=30] [--explain=a.Class] [--chains [--min=512]]</pre>
 */
public final class HeapRetainers {

  private static final Set<String> OWNERS = Set.of("com.vaadin.flow.server.VaadinSession", "com.vaadin.flow.component.UI",
      "org.apache.catalina.session.StandardSession", "java.lang.Thread");
  private static final int MAX_HOPS = 40;
  /** Classes (name prefixes) whose instances belong to one session. */
  private static final List<String> OWNED = List.of("org.apache.catalina.session.StandardSession",
      "com.vaadin.flow.server.VaadinSession", "com.vaadin.flow.component.UI", "br.org.teia.kernel.notification.NotificationBell");

  private HeapRetainers() {}

  /** What the sessions retain: bytes and objects in all, and bytes and counts by class and by holder. */
  record Retained(int sessions, long bytes, long objects, Map<String, long[]> byClass, Map<String, long[]> byOwner) {

    long perSession() {
      return sessions == 0 ? 0 : bytes / sessions;
    }

    /** The {@code top} largest of a breakdown, largest first. */
    static List<Map.Entry<String, long[]>> largest(Map<String, long[]> sums, int top) {
      return sums.entrySet().stream().sorted((a, b) -> Long.compare(b.getValue()[0], a.getValue()[0])).limit(top).toList();
    }
  }

  /** The retained set of the sessions of a heap dump. */
  static Retained retainedBySessions(File dump) throws java.io.IOException {
    return retainedBySessions(HeapFactory.createFastHeap(dump), "");
  }

  public static void main(String[] args) throws Exception {
    Map<String, String> options = BenchMain.options(args);
    int min = Integer.parseInt(options.getOrDefault("min", "512"));
    int top = Integer.parseInt(options.getOrDefault("top", "30"));
    Heap heap = HeapFactory.createFastHeap(new File(options.get("dump")));
    Retained retained = retainedBySessions(heap, options.getOrDefault("explain", ""));
    System.out.printf(Locale.ROOT, "%d StandardSession retain %,d bytes in %,d objects: %,d bytes a session%n%n",
        retained.sessions(), retained.bytes(), retained.objects(), retained.perSession());
    System.out.println("Retained by class (bytes, count):");
    print(retained.byClass(), top, null);
    System.out.println("\nRetained by the nearest non-JDK class above (bytes, count):");
    print(retained.byOwner(), top, null);
    System.out.println();
    if (!options.containsKey("chains")) {
      return;
    }
    // One referrer per object (the first found) and the field or array slot it is held by.
    Map<Long, Long> parent = new HashMap<>(4_000_000);
    Map<Long, String> edge = new HashMap<>(4_000_000);
    List<Instance> arrays = new ArrayList<>();
    long sessions = 0;
    for (Instance instance : heap.getAllInstances()) {
      String type = instance.getJavaClass().getName();
      if (type.equals("com.vaadin.flow.server.VaadinSession")) {
        sessions++;
      }
      if (instance instanceof ObjectArrayInstance array) {
        List<Long> ids = array.getValueIDs();
        for (Long id : ids) {
          if (id != null && id != 0) {
            parent.putIfAbsent(id, instance.getInstanceId());
            edge.putIfAbsent(id, "[]");
          }
        }
      } else if (instance instanceof PrimitiveArrayInstance) {
        if (type.equals("byte[]") && instance.getSize() >= min) {
          arrays.add(instance);
        }
      } else {
        for (FieldValue value : instance.getFieldValues()) {
          if (value instanceof ObjectFieldValue reference && reference.getInstanceId() != 0
              && !value.getField().getName().equals("referent")) {
            parent.putIfAbsent(reference.getInstanceId(), instance.getInstanceId());
            edge.putIfAbsent(reference.getInstanceId(), value.getField().getName());
          }
        }
      }
    }
    Map<String, long[]> byChain = new HashMap<>();
    Map<String, long[]> byOwner = new HashMap<>();
    Map<String, String> sample = new HashMap<>();
    long total = 0;
    for (Instance array : arrays) {
      StringBuilder chain = new StringBuilder("byte[]");
      String owner = "(JDK only)";
      long id = array.getInstanceId();
      for (int hop = 0; hop < MAX_HOPS; hop++) {
        Long up = parent.get(id);
        if (up == null) {
          chain.append(" <- (root)");
          break;
        }
        String type = heap.getInstanceByID(up).getJavaClass().getName();
        chain.append(" <- ").append(simple(type)).append('.').append(edge.get(id));
        if (owner.equals("(JDK only)") && !type.startsWith("java.") && !type.startsWith("jdk.") && !type.startsWith("sun.")
            && !type.endsWith("[]")) {
          owner = type;
        }
        if (OWNERS.contains(type)) {
          break;
        }
        id = up;
      }
      long size = array.getSize();
      total += size;
      add(byChain, chain.toString(), size);
      add(byOwner, owner, size);
      sample.putIfAbsent(chain.toString(), text((PrimitiveArrayInstance) array));
    }
    System.out.printf(Locale.ROOT, "%d VaadinSession; %d byte[] of %d bytes or more: %,d bytes%n%n", sessions, arrays.size(),
        min, total);
    System.out.println("By the first non-JDK class holding them (bytes, count):");
    print(byOwner, top, null);
    System.out.println("\nBy chain of referrers (bytes, count, and the start of one):");
    print(byChain, top, sample);
  }

  /**
   * What the HTTP sessions alone keep alive: the objects reachable from a StandardSession (or its
   * VaadinSession or UIs) and from no GC root without passing through one (their retained set, as a
   * GC would free it), by class and by the nearest class above each object on a path from its session
   * that is neither the JDK's nor Flow's state tree, over the sessions.
   */
  static Retained retainedBySessions(Heap heap, String explain) {
    // A UI is also held by what it subscribed to (the notification bell's listener on the signals
    // bean) until it detaches, which for a closed tab is when its session expires: the sessions, their
    // VaadinSessions, UIs and bells are one.
    List<Long> sessions = new ArrayList<>();
    Set<Long> blocked = new HashSet<>();
    for (JavaClass type : heap.getAllClasses()) {
      if (OWNED.stream().anyMatch(type.getName()::startsWith)) {
        for (Instance instance : type.getInstances()) {
          blocked.add(instance.getInstanceId());
          if (type.getName().equals("org.apache.catalina.session.StandardSession")) {
            sessions.add(instance.getInstanceId());
          }
        }
      }
    }
    ArrayDeque<Long> queue = new ArrayDeque<>();
    Set<Long> outside = new HashSet<>(8_000_000);
    for (Object root : heap.getGCRoots()) {
      queue.add(((GCRoot) root).getInstance().getInstanceId());
    }
    for (JavaClass type : heap.getAllClasses()) {
      if (type.getClassLoader() != null) {
        queue.add(type.getClassLoader().getInstanceId());
      }
      for (FieldValue value : type.getStaticFieldValues()) {
        if (value instanceof ObjectFieldValue reference && reference.getInstanceId() != 0) {
          queue.add(reference.getInstanceId());
        }
      }
    }
    walk(heap, queue, outside, blocked, null);
    Map<Long, Long> tree = new HashMap<>();
    Set<Long> retained = new HashSet<>();
    queue.addAll(blocked);
    walk(heap, queue, retained, outside, tree);
    Map<String, long[]> byClass = new HashMap<>();
    Map<String, long[]> byOwner = new HashMap<>();
    long total = 0;
    for (long id : retained) {
      Instance instance = heap.getInstanceByID(id);
      long size = instance.getSize();
      total += size;
      add(byClass, instance.getJavaClass().getName(), size);
      String owner = "(a session, VaadinSession or UI itself)";
      for (Long up = tree.get(id); up != null; up = tree.get(up)) {
        String type = heap.getInstanceByID(up).getJavaClass().getName();
        if (!type.startsWith("java.") && !type.startsWith("jdk.") && !type.endsWith("[]")
            && !type.startsWith("com.vaadin.flow.internal.") && !type.startsWith("com.vaadin.flow.dom.")) {
          owner = type;
          break;
        }
      }
      add(byOwner, instance.getJavaClass().getName().equals("byte[]") ? "byte[] held by " + owner : owner, size);
      if (!explain.isEmpty() && instance.getJavaClass().getName().equals(explain)) {
        StringBuilder path = new StringBuilder(explain);
        for (Long up = tree.get(id); up != null; up = tree.get(up)) {
          path.append(" <- ").append(simple(heap.getInstanceByID(up).getJavaClass().getName()));
        }
        System.out.println("path: " + path);
      }
    }
    return new Retained(sessions.size(), total, retained.size(), byClass, byOwner);
  }

  /** Marks in {@code seen} what the queue reaches, never entering {@code stop}; records a parent per object in {@code tree}. */
  private static void walk(Heap heap, ArrayDeque<Long> queue, Set<Long> seen, Set<Long> stop, Map<Long, Long> tree) {
    while (!queue.isEmpty()) {
      long id = queue.poll();
      if (stop.contains(id) || !seen.add(id)) {
        continue;
      }
      Instance instance = instance(heap, id);
      if (instance == null) {
        continue;
      }
      List<Long> targets = new ArrayList<>();
      if (instance instanceof ObjectArrayInstance array) {
        for (Long target : array.getValueIDs()) {
          if (target != null && target != 0) {
            targets.add(target);
          }
        }
      } else if (!(instance instanceof PrimitiveArrayInstance)) {
        for (FieldValue value : instance.getFieldValues()) {
          if (value instanceof ObjectFieldValue reference && reference.getInstanceId() != 0
              && !value.getField().getName().equals("referent")) {
            targets.add(reference.getInstanceId());
          }
        }
      }
      for (long target : targets) {
        if (!seen.contains(target) && !stop.contains(target)) {
          if (tree != null) {
            tree.putIfAbsent(target, id);
          }
          queue.add(target);
        }
      }
    }
  }

  /** The instance of an id, or null for an id the reader does not index (a class object: a class's statics are roots). */
  private static Instance instance(Heap heap, long id) {
    try {
      return heap.getInstanceByID(id);
    } catch (RuntimeException notAnInstance) {
      return null;
    }
  }

  private static void add(Map<String, long[]> sums, String key, long size) {
    long[] sum = sums.computeIfAbsent(key, k -> new long[2]);
    sum[0] += size;
    sum[1]++;
  }

  private static void print(Map<String, long[]> sums, int top, Map<String, String> sample) {
    Retained.largest(sums, top)
        .forEach(e -> System.out.printf(Locale.ROOT, "%,12d %6d  %s%s%n", e.getValue()[0], e.getValue()[1], e.getKey(),
            sample == null ? "" : "\n                     \"" + sample.get(e.getKey()) + "\""));
  }

  private static String simple(String type) {
    return type.substring(type.lastIndexOf('.') + 1);
  }

  /** The first bytes as Latin-1 text, control characters as dots. */
  private static String text(PrimitiveArrayInstance array) {
    StringBuilder b = new StringBuilder();
    for (Object value : array.getValues()) {
      if (b.length() >= 100) {
        break;
      }
      int c = Byte.parseByte(value.toString()) & 0xff;
      b.append(c >= 32 && c < 127 ? (char) c : '.');
    }
    return b.toString();
  }
}
