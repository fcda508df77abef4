/**
 * Certificates: a PDF with a QR code and a short code, its SHA-256 kept, never changed once issued
 * (a correction revokes and reissues); the public page where anyone checks one, without login.
 */
package br.org.teia.training.certificate;
