package br.org.teia.council.inscription;

import br.org.teia.council.CouncilAccess;
import br.org.teia.kernel.TeiaException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Inscriptions of entities and their services, step by step. The service enforces the same roles and rules again. */
@RestController
@RequestMapping("/api/v1/council/councils/{councilId}/inscriptions")
@Tag(name = "Conselhos: inscrição de entidades e serviços (7 etapas)")
class InscriptionApi {


  private final InscriptionService inscriptions;

  InscriptionApi(InscriptionService inscriptions) {
    this.inscriptions = inscriptions;
  }

  @GetMapping
  @RolesAllowed(CouncilAccess.READ)
  @Operation(summary = "Inscrições do conselho, da mais recente à mais antiga, por página; filtro opcional pela etapa")
  InscriptionPage list(@PathVariable UUID councilId, @RequestParam(required = false) InscriptionStep step,
      @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
    return inscriptions.inscriptions(councilId, step, page, size);
  }

  @PostMapping
  @RolesAllowed(CouncilAccess.WRITE)
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Registra um pedido de inscrição (começa a análise documental)")
  InscriptionSummary request(@PathVariable UUID councilId, @RequestBody InscriptionForm form) {
    return inscriptions.request(councilId, form);
  }

  @GetMapping("/{id}")
  @RolesAllowed(CouncilAccess.READ)
  @Operation(summary = "Uma inscrição com todos os atos, documentos e a votação em plenário")
  InscriptionDetail detail(@PathVariable UUID councilId, @PathVariable UUID id) {
    return inscriptions.inscription(councilId, id);
  }

  @PostMapping("/{id}/documentary-analysis")
  @RolesAllowed(CouncilAccess.WRITE)
  @Operation(summary = "Etapa 1: conclui a análise documental")
  InscriptionSummary analyse(@PathVariable UUID councilId, @PathVariable UUID id, @RequestBody StepForm form) {
    return inscriptions.completeDocumentaryAnalysis(councilId, id, form);
  }

  @PostMapping("/{id}/technical-visit")
  @RolesAllowed(CouncilAccess.WRITE)
  @Operation(summary = "Etapa 2: registra a visita técnica (text = relatório)")
  InscriptionSummary visit(@PathVariable UUID councilId, @PathVariable UUID id, @RequestBody StepForm form) {
    return inscriptions.recordVisit(councilId, id, form);
  }

  @PostMapping("/{id}/technical-visit/skip")
  @RolesAllowed(CouncilAccess.WRITE)
  @Operation(summary = "Etapa 2: dispensa a visita técnica (text = justificativa)")
  InscriptionSummary skipVisit(@PathVariable UUID councilId, @PathVariable UUID id, @RequestBody StepForm form) {
    return inscriptions.skipVisit(councilId, id, form);
  }

  @PostMapping("/{id}/diligence")
  @RolesAllowed(CouncilAccess.WRITE)
  @Operation(summary = "Diligência: volta à análise documental (text = o que falta)")
  InscriptionSummary diligence(@PathVariable UUID councilId, @PathVariable UUID id, @RequestBody StepForm form) {
    return inscriptions.returnForDiligence(councilId, id, form);
  }

  @PostMapping("/{id}/commission-opinion")
  @RolesAllowed(CouncilAccess.WRITE)
  @Operation(summary = "Etapa 3: parecer da comissão (favourable, text, commission, signedBy); vai para a pauta")
  InscriptionSummary opinion(@PathVariable UUID councilId, @PathVariable UUID id, @RequestBody StepForm form) {
    return inscriptions.giveOpinion(councilId, id, form);
  }

  @PostMapping("/{id}/deliberation")
  @RolesAllowed(CouncilAccess.WRITE)
  @Operation(summary = "Etapa 4: registra a deliberação da plenária pela votação do item de pauta")
  InscriptionSummary deliberate(@PathVariable UUID councilId, @PathVariable UUID id) {
    return inscriptions.deliberate(councilId, id);
  }

  @PostMapping("/{id}/publication")
  @RolesAllowed(CouncilAccess.WRITE)
  @Operation(summary = "Etapa 5: publicação da decisão (text = onde foi publicada)")
  InscriptionSummary publish(@PathVariable UUID councilId, @PathVariable UUID id, @RequestBody StepForm form) {
    return inscriptions.publish(councilId, id, form);
  }

  @PostMapping("/{id}/certificate")
  @RolesAllowed(CouncilAccess.WRITE)
  @Operation(summary = "Etapa 6: emite o comprovante de inscrição com código de verificação")
  InscriptionSummary certify(@PathVariable UUID councilId, @PathVariable UUID id, @RequestBody StepForm form) {
    return inscriptions.issueCertificate(councilId, id, form);
  }

  @PostMapping("/{id}/notification")
  @RolesAllowed(CouncilAccess.WRITE)
  @Operation(summary = "Etapa 7: notifica a entidade por ofício (indeferimento exige a fundamentação em text)")
  InscriptionSummary notifyEntity(@PathVariable UUID councilId, @PathVariable UUID id, @RequestBody StepForm form) {
    return inscriptions.notifyEntity(councilId, id, form);
  }

  @PostMapping(value = "/{id}/documents", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @RolesAllowed(CouncilAccess.WRITE)
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Anexa um documento (PDF, PNG ou JPEG até 5 MB) à etapa atual")
  DocumentSummary upload(@PathVariable UUID councilId, @PathVariable UUID id,
      @RequestPart(name = "file", required = false) MultipartFile file) throws IOException {
    if (file == null) {
      throw new TeiaException("council.inscription.document.empty");
    }
    return inscriptions.upload(councilId, id, file.getOriginalFilename(), file.getBytes());
  }

  @GetMapping("/{id}/documents/{documentId}")
  @RolesAllowed(CouncilAccess.READ)
  @Operation(summary = "Baixa um documento anexado")
  ResponseEntity<byte[]> download(@PathVariable UUID councilId, @PathVariable UUID id, @PathVariable UUID documentId) {
    return file(inscriptions.document(councilId, id, documentId));
  }

  @GetMapping("/{id}/certificate.pdf")
  @RolesAllowed(CouncilAccess.READ)
  @Operation(summary = "O comprovante de inscrição em PDF")
  ResponseEntity<byte[]> certificate(@PathVariable UUID councilId, @PathVariable UUID id) {
    return file(inscriptions.certificate(councilId, id));
  }

  @GetMapping("/{id}/letter.pdf")
  @RolesAllowed(CouncilAccess.READ)
  @Operation(summary = "O ofício de notificação da entidade em PDF")
  ResponseEntity<byte[]> letter(@PathVariable UUID councilId, @PathVariable UUID id) {
    return file(inscriptions.letter(councilId, id));
  }

  private static ResponseEntity<byte[]> file(DocumentContent content) {
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(content.contentType()))
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
            .filename(content.fileName(), StandardCharsets.UTF_8).build().toString())
        .header("X-Content-Type-Options", "nosniff")
        .body(content.content());
  }
}
