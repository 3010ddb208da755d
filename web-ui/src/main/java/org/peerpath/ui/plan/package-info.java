/** The supervisors' co-sign queue of Plans of Care (POC-2, POC-3). */
@NullMarked
package org.peerpath.ui.plan;

import org.jspecify.annotations.NullMarked;
