/**
 * Referrals between disciplines and practices: a team member refers the patient to a
 * discipline or to a named clinician, with a packet the patient reviews and approves
 * category by category before anything is sent; the receiving clinician reads only that
 * packet until they join the care team. Also the referral suggestions drawn from the
 * contributor map.
 */
@NullMarked
package org.cairn.referrals;

import org.jspecify.annotations.NullMarked;
