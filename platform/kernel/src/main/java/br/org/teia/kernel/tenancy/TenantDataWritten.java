package br.org.teia.kernel.tenancy;

/**
 * Told, in the writing thread and transaction, each time a statement that writes a municipality's
 * data (insert, update, delete, bulk or native) is sent through Hibernate, whatever module sent it.
 * For what must follow any change of a town's data without every service remembering to say so (the
 * public pages' cache). Called once per statement: keep it cheap.
 */
public interface TenantDataWritten {

  void written(TenantId tenant);
}
