package br.org.teia.training.certificate;

import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public check, for anyone without login: what a certificate certifies by its code, and
 * whether an uploaded PDF is exactly the file issued (its SHA-256 against the recorded one). It
 * answers only about the code given; it lists nothing.
 */
@Service
@Transactional(readOnly = true)
public class CertificateCheck {

  /** The most a PDF upload may weigh (issued certificates are a few dozen kilobytes). */
  public static final int MAX_UPLOAD = 2 * 1024 * 1024;

  private final CertificateRepository certificates;

  CertificateCheck(CertificateRepository certificates) {
    this.certificates = certificates;
  }

  /** The certificate with this code (typed in any case, with or without the hyphen), if any. */
  public Optional<PublicCertificate> byCode(String code) {
    String normal = normalise(code);
    return normal == null ? Optional.empty() : certificates.byCode(normal);
  }

  /** Whether {@code pdf} is the file issued for the certificate {@code code}. */
  public Optional<UploadCheck> check(String code, byte[] pdf) {
    return byCode(code).map(certificate -> {
      if (!CertificateService.sha256(pdf).equals(certificate.sha256())) {
        return UploadCheck.DIFFERENT;
      }
      return certificate.revoked() ? UploadCheck.REVOKED : UploadCheck.AUTHENTIC;
    });
  }

  static String normalise(String code) {
    if (code == null) {
      return null;
    }
    String letters = code.strip().toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "");
    return letters.length() == 8 ? letters.substring(0, 4) + "-" + letters.substring(4) : null;
  }
}
