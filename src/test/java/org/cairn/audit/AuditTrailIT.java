package org.cairn.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.cairn.CairnApplication;
import org.cairn.consent.RecordAccessed;
import org.cairn.consent.RecordAccessed.Action;
import org.cairn.support.IntegrationTest;
import org.cairn.support.TestDatabase;
import org.cairn.support.TestData.PatientRecord;
import org.cairn.support.TestData.Person;
import org.cairn.team.Discipline;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class AuditTrailIT extends IntegrationTest {

	@Autowired
	AuditVerifier verifier;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationEventPublisher events;

	@Test
	void everyReadAndEveryRefusalLeavesARow() throws Exception {
		Person physio = data.clinician(Discipline.PELVIC_FLOOR_PT);
		Person outsider = data.clinician(Discipline.UROLOGY);
		PatientRecord patient = data.patient(physio);

		mvc.perform(get("/api/v1/patients/{id}/team", patient.id()).header("Authorization", physio.bearer()))
			.andExpect(status().isOk());
		mvc.perform(get("/api/v1/patients/{id}/team", patient.id()).header("Authorization", outsider.bearer()))
			.andExpect(status().isNotFound());

		List<String> rows = jdbc.sql(
				"select actor_id || ' ' || action || ' ' || what || ' ' || outcome from audit_event where patient_id = ? order by seq")
			.param(patient.id().value())
			.query(String.class)
			.list();
		assertThat(rows).contains(physio.account().id() + " READ team/core ALLOWED",
				outsider.account().id() + " READ team/core DENIED");
	}

	@Test
	void patientSeesWhoViewedTheirRecordButNotTheirOwnVisits() throws Exception {
		Person physio = data.clinician(Discipline.PELVIC_FLOOR_PT);
		PatientRecord patient = data.patient(physio);
		mvc.perform(get("/api/v1/patients/{id}/team", patient.id()).header("Authorization", physio.bearer()));
		mvc.perform(get("/api/v1/patients/{id}/team", patient.id()).header("Authorization", patient.bearer()));

		mvc.perform(get("/api/v1/patients/{id}/access-log", patient.id()).header("Authorization", patient.bearer()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].who").value("Clinician pelvic-floor-pt"))
			.andExpect(jsonPath("$[0].what").value("team/core"))
			.andExpect(jsonPath("$[0].outcome").value("allowed"))
			.andExpect(jsonPath("$.length()").value(1));
	}

	@Test
	void anEditedRowBreaksTheChainAtThatRow() {
		PatientRecord patient = data.patient(data.clinician(Discipline.GYNECOLOGY));
		UUID patientId = patient.id().value();
		for (int i = 0; i < 3; i++) {
			events.publishEvent(access(patient, "profile/core"));
		}
		assertThat(verifier.verify().intact()).isTrue();
		UUID second = jdbc.sql("select id from audit_event where chain_key = ? and seq = 2")
			.param(patientId.toString())
			.query(UUID.class)
			.single();

		jdbc.sql("update audit_event set what = 'nothing/to-see' where id = ?").param(second).update();
		try {
			AuditVerifier.Result result = verifier.verify();
			assertThat(result.intact()).isFalse();
			assertThat(result.problem()).contains("row " + second).contains("changed after it was written");
		}
		finally {
			jdbc.sql("update audit_event set what = 'profile/core' where id = ?").param(second).update();
		}
		assertThat(verifier.verify().intact()).isTrue();
	}

	@Test
	void aDeletedRowIsNamedByTheRowAfterTheGap() {
		PatientRecord patient = data.patient(data.clinician(Discipline.GYNECOLOGY));
		String chain = patient.id().toString();
		for (int i = 0; i < 3; i++) {
			events.publishEvent(access(patient, "team/core"));
		}
		long last = jdbc.sql("select last_seq from audit_chain where chain_key = ?")
			.param(chain)
			.query(Long.class)
			.single();
		record Saved(UUID id, long seq) {
		}
		Saved removed = jdbc.sql("select id, seq from audit_event where chain_key = ? and seq = ?")
			.params(chain, last - 1)
			.query((rs, n) -> new Saved(rs.getObject(1, UUID.class), rs.getLong(2)))
			.single();
		UUID after = jdbc.sql("select id from audit_event where chain_key = ? and seq = ?")
			.params(chain, last)
			.query(UUID.class)
			.single();
		jdbc.sql("create table audit_backup as select * from audit_event where id = ?").param(removed.id()).update();
		jdbc.sql("delete from audit_event where id = ?").param(removed.id()).update();
		try {
			assertThat(verifier.verify().problem()).contains("row " + after).contains("rows are missing before it");
		}
		finally {
			jdbc.sql("insert into audit_event select * from audit_backup").update();
			jdbc.sql("drop table audit_backup").update();
		}
		assertThat(verifier.verify().intact()).isTrue();
	}

	@Test
	void concurrentAccessToOnePatientKeepsOneUnbrokenChain() throws Exception {
		PatientRecord patient = data.patient(data.clinician(Discipline.PELVIC_FLOOR_PT));
		ExecutorService pool = Executors.newFixedThreadPool(6);
		try {
			List<Callable<Void>> work = new ArrayList<>();
			for (int i = 0; i < 60; i++) {
				work.add(() -> {
					events.publishEvent(access(patient, "diary/diary"));
					return null;
				});
			}
			for (Future<Void> done : pool.invokeAll(work)) {
				done.get();
			}
		}
		finally {
			pool.shutdown();
		}
		long rows = jdbc.sql("select count(*) from audit_event where chain_key = ? and what = 'diary/diary'")
			.param(patient.id().toString())
			.query(Long.class)
			.single();
		assertThat(rows).isEqualTo(60);
		assertThat(verifier.verify().intact()).isTrue();
	}

	@Test
	void theCommandLineCheckExitsZeroWhenIntactAndOneWhenBroken() {
		PatientRecord patient = data.patient(data.clinician(Discipline.GYNECOLOGY));
		events.publishEvent(access(patient, "team/core"));
		assertThat(runAuditVerify()).isZero();

		UUID row = jdbc.sql("select id from audit_event where chain_key = ? and seq = 1")
			.param(patient.id().toString())
			.query(UUID.class)
			.single();
		jdbc.sql("update audit_event set outcome = 'DENIED' where id = ?").param(row).update();
		try {
			assertThat(runAuditVerify()).isEqualTo(1);
		}
		finally {
			jdbc.sql("update audit_event set outcome = 'ALLOWED' where id = ?").param(row).update();
		}
	}

	private static int runAuditVerify() {
		SpringApplication app = new SpringApplication(CairnApplication.class);
		app.setWebApplicationType(WebApplicationType.NONE);
		app.setAdditionalProfiles("command");
		return SpringApplication.exit(app.run("audit", "verify", "--spring.datasource.url=" + TestDatabase.url(),
				"--spring.datasource.username=" + TestDatabase.username(), "--spring.flyway.enabled=false"));
	}

	private static RecordAccessed access(PatientRecord patient, String what) {
		return new RecordAccessed(java.time.Instant.now(), patient.person().account().id(), "PATIENT", patient.id(),
				Action.READ, what, true);
	}

}
