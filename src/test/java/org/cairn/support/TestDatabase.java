package org.cairn.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * The database an integration test run uses, chosen by the system property
 * {@code cairn.test.database} ({@code h2}, the default, or {@code postgresql}). Each JVM
 * gets a fresh database of its own: an in-memory H2, or a new PostgreSQL database that is
 * dropped at exit.
 */
public final class TestDatabase {

	static final String ADMIN_DB = "postgres";

	private static volatile String url;

	private TestDatabase() {
	}

	public static boolean postgres() {
		return "postgresql".equals(System.getProperty("cairn.test.database", "h2"));
	}

	static String serverUrl() {
		String base = System.getProperty("cairn.test.postgres.url", "jdbc:postgresql://127.0.0.1:5432/");
		return base.endsWith("/") ? base : base + "/";
	}

	static String user() {
		return System.getProperty("cairn.test.postgres.user", "postgres");
	}

	public static boolean postgresReachable() {
		try (Connection c = DriverManager.getConnection(serverUrl() + ADMIN_DB + "?connectTimeout=3", user(), "")) {
			return c.isValid(3);
		}
		catch (SQLException ex) {
			return false;
		}
	}

	public static synchronized String url() {
		if (url == null) {
			url = postgres() ? createPostgresDatabase() : "jdbc:h2:mem:cairn-" + UUID.randomUUID()
					+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;" + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
		}
		return url;
	}

	public static String username() {
		return postgres() ? user() : "sa";
	}

	private static String createPostgresDatabase() {
		String name = "cairn_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
		execute("create database " + name);
		Runtime.getRuntime()
			.addShutdownHook(new Thread(() -> execute("drop database if exists " + name + " with (force)")));
		return serverUrl() + name;
	}

	private static void execute(String sql) {
		try (Connection c = DriverManager.getConnection(serverUrl() + ADMIN_DB, user(), "");
				Statement s = c.createStatement()) {
			s.execute(sql);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("PostgreSQL at " + serverUrl() + " refused: " + sql, ex);
		}
	}

}
