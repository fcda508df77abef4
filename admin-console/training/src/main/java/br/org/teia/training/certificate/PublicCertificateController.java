package br.org.teia.training.certificate;

import br.org.teia.kernel.i18n.Messages;
import br.org.teia.kernel.web.PublicPages;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.util.UriUtils;

/**
 * The public page where anyone checks a training certificate, without login:
 * {@code /publico/certificados/{code}} (the QR code leads here; {@code /publico/certificados} asks
 * the code). Server-rendered HTML without a session or JavaScript (ADR 0019). It shows everything
 * the certificate certifies — person (CPF masked), course, hours, dates, attendance, content,
 * municipality, issue — or that it was revoked and why, and takes a PDF (a plain form post, which
 * changes nothing) to tell whether the file is exactly the one issued (its SHA-256).
 */
@Controller
class PublicCertificateController {

  static final String ROUTE = "/" + CertificateService.CHECK_ROUTE;
  static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(ZoneId.of("America/Sao_Paulo"));

  private final CertificateCheck check;
  private final Messages messages;

  PublicCertificateController(CertificateCheck check, Messages messages) {
    this.check = check;
    this.messages = messages;
  }

  /** The form; a code typed in it ({@code ?codigo=}) leads to the certificate's own address. */
  @GetMapping(ROUTE)
  String ask(@RequestParam(name = "codigo", required = false) String typed, HttpServletRequest request,
      HttpServletResponse response, Model model) {
    if (typed != null && !typed.isBlank()) {
      String code = typed.strip();
      return "redirect:" + ROUTE + "/" + UriUtils.encodePathSegment(code.length() > 20 ? code.substring(0, 20) : code,
          java.nio.charset.StandardCharsets.UTF_8);
    }
    Locale locale = PublicPages.locale(request);
    if (PublicPages.notModified(request, response, PublicPages.etag(locale, "ask"))) {
      return null;
    }
    frame(locale, model, "");
    return "training/public-certificate";
  }

  @GetMapping(ROUTE + "/{code}")
  String certificate(@PathVariable String code, HttpServletRequest request, HttpServletResponse response, Model model) {
    Locale locale = PublicPages.locale(request);
    Optional<PublicCertificate> found = check.byCode(code);
    if (PublicPages.notModified(request, response, PublicPages.etag(locale, code, found))) {
      return null;
    }
    show(locale, model, code, found);
    return "training/public-certificate";
  }

  /** The uploaded PDF compared with the issued one; nothing is kept, so the answer is not cached. */
  @PostMapping(ROUTE + "/{code}")
  String upload(@PathVariable String code, @RequestParam(name = "arquivo", required = false) MultipartFile file,
      HttpServletRequest request, HttpServletResponse response, Model model) throws IOException {
    Locale locale = PublicPages.locale(request);
    response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
    Optional<PublicCertificate> found = check.byCode(code);
    show(locale, model, code, found);
    if (found.isPresent()) {
      if (file == null || file.isEmpty()) {
        model.addAttribute("uploadId", "certificate-upload-missing");
        model.addAttribute("uploadResult", messages.get(locale, "training.check.upload.missing"));
      } else if (file.getSize() > CertificateCheck.MAX_UPLOAD) {
        model.addAttribute("uploadId", "certificate-upload-too-big");
        model.addAttribute("uploadResult", messages.get(locale, "training.check.upload.too-big", CertificateCheck.MAX_UPLOAD / 1024 / 1024));
      } else {
        check.check(found.get().code(), file.getBytes()).ifPresent(outcome -> {
          model.addAttribute("uploadId", "certificate-upload-" + outcome.name().toLowerCase(Locale.ROOT));
          model.addAttribute("uploadResult", messages.get(locale, "training.check.upload." + outcome.name(), found.get().code()));
        });
      }
    }
    return "training/public-certificate";
  }

  private void frame(Locale locale, Model model, String code) {
    model.addAttribute("lang", PublicPages.lang(locale));
    model.addAttribute("title", messages.get(locale, "training.check.title"));
    model.addAttribute("code", code);
  }

  private void show(Locale locale, Model model, String code, Optional<PublicCertificate> found) {
    frame(locale, model, code);
    model.addAttribute("searched", true);
    if (found.isEmpty()) {
      return;
    }
    PublicCertificate c = found.get();
    model.addAttribute("certificate", c);
    model.addAttribute("statusId", c.revoked() ? "certificate-revoked" : "certificate-valid");
    model.addAttribute("status", messages.get(locale, c.revoked() ? "training.check.revoked" : "training.check.valid", c.code()));
    List<Line> lines = new ArrayList<>();
    if (c.revoked()) {
      lines.add(new Line("certificate-revoked-reason", messages.get(locale, "training.check.revoked-on", WHEN.format(c.revokedAt()),
          c.revokedReason())));
      if (c.replacementCode() != null) {
        lines.add(new Line("certificate-replaced-by", messages.get(locale, "training.check.replaced-by", c.replacementCode())));
      }
    }
    lines.add(new Line("certificate-person", messages.get(locale, "training.check.person", c.participantName(),
        c.maskedCpf() == null ? messages.get(locale, "training.check.no-cpf") : c.maskedCpf())));
    lines.add(new Line("certificate-municipality", messages.get(locale, "training.check.municipality", c.municipality())));
    lines.add(new Line("certificate-course", messages.get(locale, "training.check.course", c.courseTitle())));
    lines.add(new Line("certificate-hours", messages.get(locale, "training.check.hours", c.workloadHours())));
    lines.add(new Line("certificate-dates", messages.get(locale, "training.check.dates", DATE.format(c.startsOn()),
        DATE.format(c.endsOn()))));
    lines.add(new Line("certificate-attendance", messages.get(locale, "training.check.attendance", c.attendancePct())));
    lines.add(new Line("certificate-content", messages.get(locale, "training.check.content", c.contentSummary())));
    lines.add(new Line("certificate-issued", messages.get(locale, "training.check.issued", WHEN.format(c.issuedAt()), c.issuedBy())));
    lines.add(new Line("certificate-sha", messages.get(locale, "training.check.sha", c.sha256())));
    if (c.grade() != null) {
      lines.add(new Line("certificate-grade", messages.get(locale, "training.check.grade", c.grade().toPlainString())));
    }
    model.addAttribute("lines", lines);
    model.addAttribute("action", ROUTE + "/" + UriUtils.encodePathSegment(c.code(), java.nio.charset.StandardCharsets.UTF_8));
  }

  record Line(String id, String text) {}
}
