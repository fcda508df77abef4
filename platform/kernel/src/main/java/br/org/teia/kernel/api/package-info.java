/**
 * The kernel's REST API under {@code /api/v1} (who am I, which municipality), its problem-details
 * error answers and the OpenAPI document. Every endpoint states its roles with method security;
 * the API filter chain (kernel.security) authenticates bearer JWTs and denies by default.
 */
package br.org.teia.kernel.api;
