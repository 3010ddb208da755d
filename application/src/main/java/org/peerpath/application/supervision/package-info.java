/** Who supervises and who directs each peer, with dates (SUP-1, SUP-4, DIR-2), and the supervisors' and BHPs' teams. */
@NullMarked
package org.peerpath.application.supervision;

import org.jspecify.annotations.NullMarked;
