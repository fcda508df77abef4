package br.org.teia.training.certificate;

/** What an uploaded PDF is against a certificate: exactly the file issued, or not. */
public enum UploadCheck {
  /** Byte for byte the file issued (its SHA-256 is the one recorded) and the certificate stands. */
  AUTHENTIC,
  /** The file issued, but the certificate was revoked. */
  REVOKED,
  /** Not the file issued for this code: altered, or another document. */
  DIFFERENT
}
