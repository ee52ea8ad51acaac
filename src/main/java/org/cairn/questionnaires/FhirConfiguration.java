package org.cairn.questionnaires;

import ca.uhn.fhir.context.FhirContext;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;

/**
 * The one FHIR R4 context. Building it scans every R4 structure and takes a second or
 * more, so it is made once, lazily, on the first request that needs FHIR: start-up stays
 * fast (target ≤ 5 s). Users take an {@code ObjectProvider<FhirContext>} so that
 * injection does not create it early.
 */
@Configuration(proxyBeanMethods = false)
class FhirConfiguration {

	@Bean
	@Lazy
	FhirContext fhirContext() {
		return FhirContext.forR4();
	}

}
