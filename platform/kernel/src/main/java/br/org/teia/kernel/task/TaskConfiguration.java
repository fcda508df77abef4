package br.org.teia.kernel.task;

import java.util.concurrent.ThreadPoolExecutor;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.springframework.boot.task.ThreadPoolTaskExecutorBuilder;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * Async and scheduled work. {@code @Async} methods run on one bounded, tenant-aware pool (sizes in
 * {@code spring.task.execution.*}, see teia-kernel-defaults.properties); raw {@code Executors} are
 * not to be used for tenant work. {@code @Scheduled} jobs start outside any tenant and reach each
 * tenant through {@link TenantJobs} (whose workers have threads of their own, decorated the same way); annotate them with ShedLock's {@code @SchedulerLock(name = ...)}
 * so that only one node runs each occurrence (lock rows in {@code platform.shedlock}).
 */
@Configuration(proxyBeanMethods = false)
@EnableAsync
@EnableScheduling
@EnableSchedulerLock(defaultLockAtMostFor = "PT30M")
public class TaskConfiguration {

  @Bean
  TenantScopeTaskDecorator tenantScopeTaskDecorator(ObjectProvider<SecurityContextHolderStrategy> strategies) {
    return new TenantScopeTaskDecorator(strategies::getIfAvailable);
  }

  /**
   * The application's executor ({@code @Async}, Spring MVC async requests). Named "taskExecutor"
   * too: {@code @EnableAsync} looks that name up when the scheduler makes the TaskExecutor type
   * ambiguous, and would otherwise fall back to an unbounded, undecorated executor.
   */
  @Bean(name = {"applicationTaskExecutor", "taskExecutor"})
  ThreadPoolTaskExecutor applicationTaskExecutor(ThreadPoolTaskExecutorBuilder builder,
      TenantScopeTaskDecorator decorator) {
    ThreadPoolTaskExecutor executor = builder.taskDecorator(decorator).build();
    // A full queue slows the submitter down instead of failing its request.
    executor.setRejectedExecutionHandler(new ThreadPoolExecutor.CallerRunsPolicy());
    return executor;
  }

  @Bean
  LockProvider lockProvider(DataSource dataSource) {
    return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
        .withJdbcTemplate(new JdbcTemplate(dataSource))
        .withTableName("platform.shedlock") // connections point at no schema: always qualify
        .usingDbTime() // one clock for every node: the database's
        .build());
  }
}
