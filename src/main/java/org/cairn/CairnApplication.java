package org.cairn;

import org.cairn.audit.AuditCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class CairnApplication {

	public static void main(String[] args) {
		if (AuditCommand.matches(args)) {
			// `java -jar cairn.jar audit verify`: the same configuration, no web server,
			// no demo.
			SpringApplication app = new SpringApplication(CairnApplication.class);
			app.setWebApplicationType(WebApplicationType.NONE);
			app.setAdditionalProfiles("command");
			System.exit(SpringApplication.exit(app.run(args)));
		}
		SpringApplication.run(CairnApplication.class, args);
	}

}
