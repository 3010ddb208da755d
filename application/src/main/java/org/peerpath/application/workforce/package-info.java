/** Workforce records (issue F): staff records, certifications, supervisor qualifications, BHP credentials. */
@NullMarked
package org.peerpath.application.workforce;

import org.jspecify.annotations.NullMarked;
