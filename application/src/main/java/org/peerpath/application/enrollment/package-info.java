/** Dated delivery-system enrollments of a member (SVC-7, MEM-1): enrolling, ending, and what was in force. */
@NullMarked
package org.peerpath.application.enrollment;

import org.jspecify.annotations.NullMarked;
