package org.cairn.demo;

import org.cairn.identity.Account;
import org.cairn.platform.PatientId;

/**
 * Who the demo practice created, for the demo content of each module: the three
 * clinicians and Alex, the demo patient whose record shows every part of Cairn; and the
 * demo password, for content that adds accounts of its own (listed in
 * {@link DemoPractice#USERNAMES}).
 */
record DemoCast(Account physio, Account therapist, Account gyn, PatientId alex, Account alexAccount, String password) {
}
