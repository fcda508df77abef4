package br.org.teia.testsupport;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Counts the JDBC statements the server's request threads prepare on the application's DataSource
 * (Hibernate's and JdbcClient's alike, the {@code search_path} of a tenant connection included), so a
 * test pins the database round trips of one HTTP request ({@code @Import(StatementCounter.class)} in a
 * test that starts a web server). Only threads of the web server count: the test's own set-up and the
 * application's background work do not. With {@code -Dteia.statements.print=true} each counted statement's
 * SQL is printed ({@code SQL> ...}; a plain {@code createStatement}, e.g. the tenant's {@code search_path},
 * has none to print): what a changed count is made of.
 */
@TestConfiguration(proxyBeanMethods = false)
public class StatementCounter implements BeanPostProcessor {

  private static final Set<String> PREPARING = Set.of("prepareStatement", "prepareCall", "createStatement");

  private final AtomicInteger prepared = new AtomicInteger();

  @Override
  public Object postProcessAfterInitialization(Object bean, String beanName) {
    if ("dataSource".equals(beanName) && bean instanceof DataSource dataSource) {
      return new Counting(dataSource);
    }
    return bean;
  }

  /** The statements prepared by the web server's threads while {@code requests} ran. */
  public int during(Runnable requests) {
    int before = prepared.get();
    requests.run();
    return prepared.get() - before;
  }

  /** The same for requests that answer something. */
  public <T> Counted<T> during(Supplier<T> requests) {
    int before = prepared.get();
    T answer = requests.get();
    return new Counted<>(answer, prepared.get() - before);
  }

  /** What the requests answered, and how many statements they prepared. */
  public record Counted<T>(T answer, int statements) {}

  private static boolean webServerThread() {
    return Thread.currentThread().getName().startsWith("http-");
  }

  private final class Counting extends DelegatingDataSource {

    Counting(DataSource target) {
      super(target);
    }

    @Override
    public Connection getConnection() throws SQLException {
      return counted(super.getConnection());
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
      return counted(super.getConnection(username, password));
    }

    private Connection counted(Connection connection) {
      InvocationHandler handler = (proxy, method, args) -> switch (method.getName()) {
        case "equals" -> proxy == args[0];
        case "hashCode" -> System.identityHashCode(proxy);
        default -> {
          if (PREPARING.contains(method.getName()) && webServerThread()) {
            prepared.incrementAndGet();
            if (Boolean.getBoolean("teia.statements.print") && args != null && args.length > 0) {
              System.out.println("SQL> " + args[0]);
            }
          }
          try {
            yield method.invoke(connection, args);
          } catch (InvocationTargetException e) {
            throw e.getCause();
          }
        }
      };
      return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
          handler);
    }
  }
}
