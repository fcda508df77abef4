package br.org.teia.kernel.task;

import br.org.teia.kernel.tenancy.TenantId;
import java.util.List;
import java.util.Map;

/** What a {@link TenantJobs} run did: tenants done, and those whose run failed, with the reason. */
public record TenantJobReport(String job, List<TenantId> done, Map<TenantId, String> failed) {}
