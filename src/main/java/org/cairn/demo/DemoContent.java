package org.cairn.demo;

/**
 * The demo record of one module (intake, assessment, plan, home program, diary...), added
 * once when the demo practice is first created. Implementations are ordered with
 * {@link org.springframework.core.annotation.Order}: intake 10, assessment 20, care plan
 * 30, home program 40, referrals 50, diary 60. Dates are relative to the clock, so the
 * demo always looks current.
 */
interface DemoContent {

	void seed(DemoCast cast);

}
