package br.org.teia.server.isolation;

import br.org.teia.kernel.NotFoundException;
import br.org.teia.kernel.security.Role;
import br.org.teia.kernel.security.SystemWork;
import br.org.teia.kernel.tenancy.Municipality;
import br.org.teia.kernel.tenancy.TenantId;
import br.org.teia.kernel.tenancy.TenantOnboarding;
import br.org.teia.structure.territory.TerritoryForm;
import br.org.teia.structure.territory.TerritoryService;
import br.org.teia.structure.territory.TerritorySummary;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.function.Supplier;
import org.springframework.context.ApplicationContext;
import org.springframework.core.task.AsyncTaskExecutor;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Many threads acting at once as people of different municipalities, through every path that
 * carries a tenant: service calls, async tasks, cached reads, transactions rolled back on purpose,
 * and (when given) extra paths such as the REST API. Every answer is checked to belong to the
 * caller's municipality only. Used by the CI tests (20 tenants on one node; 10 tenants on two servers
 * and two nodes) and the benchmark (100 tenants).
 *
 * <p>Given several {@link Node}s (application contexts of one deployment, sharing its databases and
 * Redis), each operation runs on a node chosen at random, so the same municipality is read and
 * written on both at once and what one node caches is read by the other.
 */
public final class IsolationDriver {

  /** The kinds of operation; each checks what it reads. */
  public enum Op { LIST, GET_OWN, GET_FOREIGN, SCHEMA, CACHED_COUNT, ROLLBACK, ASYNC, EXTRA }

  /** An extra path (API, UI) run for a tenant on node {@code node} (its index; 0 with one node); returns the territory names it read. */
  @FunctionalInterface
  public interface ExtraPath {
    List<String> read(Fixture fixture, int tenantIndex, int node) throws Exception;
  }

  /** One application node: the beans an operation goes through. */
  public record Node(TerritoryService territories, TransactionTemplate transactions, AsyncTaskExecutor async,
      SystemWork system) {
    public static Node of(ApplicationContext context) {
      return new Node(context.getBean(TerritoryService.class), context.getBean(TransactionTemplate.class),
          context.getBean("applicationTaskExecutor", AsyncTaskExecutor.class), context.getBean(SystemWork.class));
    }
  }

  /** The municipalities under test and what each holds. */
  public record Fixture(List<TenantId> tenants, List<List<UUID>> territoryIds) {
    public String prefix(int tenantIndex) {
      return "T-" + tenants.get(tenantIndex).ibgeCode() + "-";
    }

    public int expectedCount(int tenantIndex) {
      return territoryIds.get(tenantIndex).size();
    }
  }

  /** What ran: operations in all, by kind and by node (index in the driver's nodes), and what leaked. */
  public record Report(long operations, Map<Op, Long> byOp, List<Long> byNode, List<String> violations, long millis) {}

  private final List<Node> nodes;
  private final TenantOnboarding onboarding;

  public IsolationDriver(TerritoryService territories, TenantOnboarding onboarding, TransactionTemplate transactions,
      AsyncTaskExecutor async, SystemWork system) {
    this(List.of(new Node(territories, transactions, async, system)), onboarding);
  }

  /** Several nodes of one deployment; onboarding and the fixture's data go through {@code onboarding} and the first node. */
  public IsolationDriver(List<Node> nodes, TenantOnboarding onboarding) {
    if (nodes.isEmpty()) {
      throw new IllegalArgumentException("at least one node");
    }
    this.nodes = List.copyOf(nodes);
    this.onboarding = onboarding;
  }

  /** Onboards the municipalities and gives the i-th of them i+1 territories, so counts differ. */
  public Fixture prepare(List<Municipality> municipalities) {
    Node first = nodes.getFirst();
    TerritoryService territories = first.territories();
    List<TenantId> ids = municipalities.stream().map(Municipality::id).toList();
    onboarding.onboard(ids.stream().map(TenantId::ibgeCode).toList());
    List<List<UUID>> territoryIds = new ArrayList<>();
    for (int i = 0; i < ids.size(); i++) {
      int index = i;
      territoryIds.add(as(first, ids.get(i), () -> {
        List<UUID> existing = territories.list("T-" + ids.get(index).ibgeCode() + "-", 0, 200).map(TerritorySummary::id).toList();
        List<UUID> created = new ArrayList<>(existing);
        for (int k = existing.size(); k < index + 1; k++) {
          created.add(territories.create(new TerritoryForm("T-" + ids.get(index).ibgeCode() + "-" + k, null, k, null)).id());
        }
        return created;
      }));
    }
    return new Fixture(ids, territoryIds);
  }

  public Report run(Fixture fixture, int threads, long operations, ExtraPath extra) throws InterruptedException {
    Queue<String> violations = new ConcurrentLinkedQueue<>();
    AtomicLong next = new AtomicLong();
    AtomicLongArray counts = new AtomicLongArray(Op.values().length);
    AtomicLongArray perNode = new AtomicLongArray(nodes.size());
    Op[] ops = extra == null ? java.util.EnumSet.complementOf(java.util.EnumSet.of(Op.EXTRA)).toArray(Op[]::new) : Op.values();
    long start = System.nanoTime();
    // Test code: a plain pool is what "many users at once" means here; app code uses the tenant-aware one.
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    List<Future<?>> workers = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      workers.add(pool.submit(() -> {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        while (next.getAndIncrement() < operations && violations.size() < 20) {
          int tenant = random.nextInt(fixture.tenants().size());
          Op op = ops[random.nextInt(ops.length)];
          int node = random.nextInt(nodes.size());
          counts.incrementAndGet(op.ordinal());
          perNode.incrementAndGet(node);
          try {
            check(fixture, tenant, op, node, random, extra, violations);
          } catch (Exception | AssertionError e) {
            violations.add(op + " as " + fixture.tenants().get(tenant) + " on node " + node + ": " + e);
          }
        }
      }));
    }
    pool.shutdown();
    if (!pool.awaitTermination(30, TimeUnit.MINUTES)) {
      violations.add("workers did not finish in time");
    }
    for (Future<?> worker : workers) {
      try {
        worker.get();
      } catch (Exception e) {
        violations.add("worker died: " + e);
      }
    }
    Map<Op, Long> byOp = new EnumMap<>(Op.class);
    for (Op op : Op.values()) {
      byOp.put(op, counts.get(op.ordinal()));
    }
    List<Long> byNode = new ArrayList<>();
    for (int n = 0; n < nodes.size(); n++) {
      byNode.add(perNode.get(n));
    }
    long done = byOp.values().stream().mapToLong(Long::longValue).sum();
    return new Report(done, byOp, List.copyOf(byNode), List.copyOf(violations), (System.nanoTime() - start) / 1_000_000);
  }

  private void check(Fixture fixture, int tenant, Op op, int nodeIndex, ThreadLocalRandom random, ExtraPath extra,
      Queue<String> violations) throws Exception {
    Node node = nodes.get(nodeIndex);
    TerritoryService territories = node.territories();
    TransactionTemplate transactions = node.transactions();
    AsyncTaskExecutor async = node.async();
    TenantId me = fixture.tenants().get(tenant);
    String mine = fixture.prefix(tenant);
    switch (op) {
      case LIST -> expectOnlyMine(as(node, me, () -> names(territories.list("", 0, 200).getContent())), mine,
          fixture.expectedCount(tenant), op, violations);
      case GET_OWN -> {
        List<UUID> own = fixture.territoryIds().get(tenant);
        String name = as(node, me, () -> territories.get(own.get(random.nextInt(own.size()))).name());
        expectOnlyMine(List.of(name), mine, 1, op, violations);
      }
      case GET_FOREIGN -> {
        int other = (tenant + 1 + random.nextInt(fixture.tenants().size() - 1)) % fixture.tenants().size();
        UUID foreign = fixture.territoryIds().get(other).getFirst();
        try {
          String leaked = as(node, me, () -> territories.get(foreign).name());
          violations.add(op + ": " + me + " read " + leaked);
        } catch (NotFoundException expected) {
          // the other municipality's record does not exist here
        }
      }
      case SCHEMA -> {
        String schema = as(node, me, territories::currentSchema);
        if (!schema.equals(me.schemaName())) {
          violations.add(op + ": " + me + " ran in " + schema);
        }
      }
      case CACHED_COUNT -> {
        long count = as(node, me, territories::count);
        if (count != fixture.expectedCount(tenant)) {
          violations.add(op + ": " + me + " got count " + count + ", expected " + fixture.expectedCount(tenant));
        }
      }
      case ROLLBACK -> as(node, me, () -> {
        try {
          transactions.executeWithoutResult(status -> {
            territories.create(new TerritoryForm("R-" + me.ibgeCode() + "-" + UUID.randomUUID(), null, 1, null));
            throw new IllegalStateException("injected rollback");
          });
          violations.add(op + ": injected failure did not surface");
        } catch (IllegalStateException expected) {
          // rolled back
        }
        String schema = territories.currentSchema();
        if (!schema.equals(me.schemaName())) {
          violations.add(op + ": after rollback " + me + " ran in " + schema);
        }
        expectOnlyMine(names(territories.list("", 0, 200).getContent()), mine, fixture.expectedCount(tenant), op,
            violations);
        return null;
      });
      case ASYNC -> {
        Future<List<String>> read = as(node, me, () -> async.submit(() -> names(territories.list("", 0, 200).getContent())));
        expectOnlyMine(read.get(60, TimeUnit.SECONDS), mine, fixture.expectedCount(tenant), op, violations);
      }
      case EXTRA -> expectOnlyMine(extra.read(fixture, tenant, nodeIndex), mine, fixture.expectedCount(tenant), op, violations);
    }
  }

  private static void expectOnlyMine(List<String> names, String prefix, int expected, Op op, Queue<String> violations) {
    for (String name : names) {
      if (!name.startsWith(prefix)) {
        violations.add(op + ": expected only " + prefix + "*, read " + name);
      }
    }
    if (names.size() != expected) {
      violations.add(op + ": expected " + expected + " territories with " + prefix + ", read " + names.size());
    }
  }

  private static List<String> names(List<TerritorySummary> summaries) {
    return summaries.stream().map(TerritorySummary::name).toList();
  }

  /** Acts on {@code node} as a staff member of {@code tenant}, with the scope and login a request would have. */
  private static <T> T as(Node node, TenantId tenant, Supplier<T> action) {
    return node.system().in(tenant, Role.MUNICIPAL_STAFF, action);
  }
}
