/**
 * The shared kernel every Teia module stands on: tenancy (schema per municipality), security
 * (accounts, memberships, roles), the audit log, i18n, the Vaadin shell and the SUAS value types.
 * Depends on no module. An open module: every package is meant for the modules, except
 * {@code tenancy.internal}, which the architecture test keeps inside tenancy.
 */
@ApplicationModule(displayName = "Kernel", type = ApplicationModule.Type.OPEN)
package br.org.teia.kernel;

import org.springframework.modulith.ApplicationModule;
