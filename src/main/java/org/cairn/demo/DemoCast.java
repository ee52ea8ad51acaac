package org.cairn.demo;

import org.cairn.identity.Account;
import org.cairn.platform.PatientId;

/**
 * Who the demo practice created, for the demo content of each module: the three
 * clinicians and Alex, the demo patient whose record shows every part of Cairn.
 */
record DemoCast(Account physio, Account therapist, Account gyn, PatientId alex, Account alexAccount) {
}
