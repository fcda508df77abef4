package br.org.teia.council.meeting;

import br.org.teia.council.CouncilAccess;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Meetings: calendar, agenda, attendance, votes, minutes. The service enforces the same roles and rules again. */
@RestController
@RequestMapping("/api/v1/council")
@Tag(name = "Conselhos: reuniões, pauta, presença, votações e atas")
class MeetingApi {

  private final MeetingService meetings;

  MeetingApi(MeetingService meetings) {
    this.meetings = meetings;
  }

  /** The minutes' text, as a body. */
  record MinutesText(String text) {}

  /** Who was present: mandate ids of members and alternates. */
  record Attendance(Set<UUID> present) {}

  @GetMapping("/councils/{councilId}/meetings")
  @RolesAllowed(CouncilAccess.READ)
  @Operation(summary = "Reuniões do conselho num ano, por data")
  List<MeetingSummary> list(@PathVariable UUID councilId, @RequestParam int year) {
    return meetings.meetings(councilId, year);
  }

  @PostMapping("/councils/{councilId}/meetings")
  @RolesAllowed(CouncilAccess.WRITE)
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Agenda uma reunião ordinária ou extraordinária")
  MeetingSummary schedule(@PathVariable UUID councilId, @RequestBody MeetingForm form) {
    return meetings.schedule(councilId, form);
  }

  @PostMapping("/councils/{councilId}/calendar")
  @RolesAllowed(CouncilAccess.WRITE)
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Gera o calendário anual de reuniões ordinárias (uma por mês; meses já agendados ficam como estão)")
  List<MeetingSummary> calendar(@PathVariable UUID councilId, @RequestBody CalendarForm form) {
    return meetings.generateCalendar(councilId, form);
  }

  @GetMapping("/meetings/{id}")
  @RolesAllowed(CouncilAccess.READ)
  @Operation(summary = "Uma reunião: pauta, presença, quórum e ata")
  MeetingDetail get(@PathVariable UUID id) {
    return meetings.meeting(id);
  }

  @PostMapping("/meetings/{id}/cancel")
  @RolesAllowed(CouncilAccess.WRITE)
  @Operation(summary = "Cancela uma reunião ainda não realizada")
  MeetingSummary cancel(@PathVariable UUID id) {
    return meetings.cancel(id);
  }

  @PostMapping("/meetings/{id}/agenda")
  @RolesAllowed(CouncilAccess.WRITE)
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Inclui um item na pauta (depois da publicação, só enquanto a antecedência ainda é respeitada)")
  AgendaItemSummary addItem(@PathVariable UUID id, @RequestBody AgendaItemForm form) {
    return meetings.addItem(id, form);
  }

  @DeleteMapping("/meetings/{id}/agenda/{itemId}")
  @RolesAllowed(CouncilAccess.WRITE)
  @ResponseStatus(HttpStatus.NO_CONTENT)
  @Operation(summary = "Retira um item da pauta")
  void removeItem(@PathVariable UUID id, @PathVariable UUID itemId) {
    meetings.removeItem(id, itemId);
  }

  @PostMapping("/meetings/{id}/agenda/publish")
  @RolesAllowed(CouncilAccess.WRITE)
  @Operation(summary = "Publica a pauta hoje; recusada se faltam menos dias que a antecedência do conselho. "
      + "Com 'on', registra uma publicação já feita nessa data (ex.: no diário oficial), com a mesma regra")
  MeetingSummary publish(@PathVariable UUID id,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on) {
    return on == null ? meetings.publishAgenda(id) : meetings.recordAgendaPublication(id, on);
  }

  @PutMapping("/meetings/{id}/attendance")
  @RolesAllowed(CouncilAccess.WRITE)
  @Operation(summary = "Registra a presença (ids dos mandatos presentes); o suplente só conta se o titular faltou")
  MeetingDetail attendance(@PathVariable UUID id, @RequestBody Attendance attendance) {
    return meetings.registerAttendance(id, attendance.present());
  }

  @PutMapping("/meetings/{id}/agenda/{itemId}/votes")
  @RolesAllowed(CouncilAccess.WRITE)
  @Operation(summary = "Registra a votação de um item: a favor, contra, abstenções (só com quórum)")
  AgendaItemSummary vote(@PathVariable UUID id, @PathVariable UUID itemId, @RequestBody VoteForm form) {
    return meetings.vote(id, itemId, form);
  }

  @PutMapping("/meetings/{id}/minutes")
  @RolesAllowed(CouncilAccess.WRITE)
  @Operation(summary = "Redige a ata (recusado depois de aprovada)")
  MinutesSummary draftMinutes(@PathVariable UUID id, @RequestBody MinutesText minutes) {
    return meetings.draftMinutes(id, minutes.text());
  }

  @PostMapping("/meetings/{id}/minutes/approve")
  @RolesAllowed(CouncilAccess.WRITE)
  @Operation(summary = "Aprova a ata na reunião seguinte (atMeeting), realizada com quórum; a ata fica bloqueada")
  MinutesSummary approveMinutes(@PathVariable UUID id, @RequestParam UUID atMeeting) {
    return meetings.approveMinutes(id, atMeeting);
  }
}
