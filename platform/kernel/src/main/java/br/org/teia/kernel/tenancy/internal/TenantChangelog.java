package br.org.teia.kernel.tenancy.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import liquibase.changelog.ChangeSet;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The tenant master changelog every schema follows: which changesets it holds (by id, unique
 * across modules) and a readable version, "count:last-id", recorded per tenant in the catalogue.
 */
@Component
public class TenantChangelog {

  private final String path;
  private final List<String> changeSetIds;

  public TenantChangelog(@Value("${teia.tenancy.changelog:db/changelog/tenant-master.yaml}") String path) {
    this.path = path;
    List<ChangeSet> changeSets = LiquibaseRunner.parse(path).getChangeSets();
    this.changeSetIds = changeSets.stream().map(ChangeSet::getId).toList();
    Set<String> seen = new HashSet<>();
    for (String id : changeSetIds) {
      if (!seen.add(id)) {
        throw new IllegalStateException("changeset id '" + id + "' appears twice in " + path
            + ": ids must be unique across modules (use the module name as prefix)");
      }
    }
  }

  public String path() {
    return path;
  }

  public List<String> changeSetIds() {
    return changeSetIds;
  }

  public String version() {
    return changeSetIds.size() + ":" + (changeSetIds.isEmpty() ? "-" : changeSetIds.getLast());
  }
}
