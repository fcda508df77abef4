/**
 * The municipality's network of social-assistance entities (entidades e organizações de
 * assistência social, LOAS art. 3º): CNPJ, names, types of action, Tipificação services with
 * capacities, contacts. Inscription statuses are the councils' facts, received through the kernel
 * event {@code EntityInscriptionChanged} and kept by CNPJ.
 */
package br.org.teia.structure.entity;
