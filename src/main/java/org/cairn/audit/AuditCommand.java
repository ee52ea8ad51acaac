package org.cairn.audit;

import java.util.Arrays;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar cairn.jar audit verify}: checks every chain and names the first broken
 * row. Exits 0 when the trail is intact, 1 when it is not.
 */
@Component
@Profile("command")
public class AuditCommand implements ApplicationRunner, ExitCodeGenerator {

	private final AuditVerifier verifier;

	private int exitCode = 2;

	AuditCommand(AuditVerifier verifier) {
		this.verifier = verifier;
	}

	public static boolean matches(String[] args) {
		String[] words = Arrays.stream(args).filter(a -> !a.startsWith("--")).toArray(String[]::new);
		return words.length == 2 && words[0].equals("audit") && words[1].equals("verify");
	}

	@Override
	public void run(ApplicationArguments args) {
		AuditVerifier.Result result = verifier.verify();
		if (result.intact()) {
			System.out.printf("Audit trail intact: %d rows in %d chains checked.%n", result.rowsChecked(),
					result.chainsChecked());
			exitCode = 0;
		}
		else {
			System.out.println("Audit trail BROKEN: " + result.problem());
			exitCode = 1;
		}
	}

	@Override
	public int getExitCode() {
		return exitCode;
	}

}
