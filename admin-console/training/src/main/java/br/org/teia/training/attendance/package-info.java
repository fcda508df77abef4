/** Attendance per session (excused absences not counted), grades, and completion by the course's rule. */
package br.org.teia.training.attendance;
