package org.cairn.platform;

/**
 * Describes an exception for the log without its messages: driver and validation messages
 * can quote the values that were sent, and those may be health data.
 */
public final class SafeThrowable {

	private static final int FRAMES = 12;

	private SafeThrowable() {
	}

	public static String describe(Throwable throwable) {
		StringBuilder out = new StringBuilder();
		Throwable current = throwable;
		int depth = 0;
		while (current != null && depth++ < 5) {
			if (out.length() > 0) {
				out.append("\n caused by ");
			}
			out.append(current.getClass().getName());
			StackTraceElement[] frames = current.getStackTrace();
			for (int i = 0; i < Math.min(FRAMES, frames.length); i++) {
				out.append("\n\tat ").append(frames[i]);
			}
			current = current.getCause() == current ? null : current.getCause();
		}
		return out.toString();
	}

}
