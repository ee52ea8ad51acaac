package org.cairn.platform;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Field errors as message keys for a page form. Domain rules explain themselves in
 * English for the API; pages show their own words from the message bundle, so a form maps
 * each failing field to {@code <form>.<field>.error}.
 */
public final class FormErrors {

	private FormErrors() {
	}

	public static Map<String, String> keys(String form, InvalidInputException ex) {
		Map<String, String> keys = new LinkedHashMap<>();
		ex.fieldErrors().keySet().forEach(field -> keys.put(field, form + "." + field + ".error"));
		return keys;
	}

}
