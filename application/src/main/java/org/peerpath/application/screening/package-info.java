/** Exclusion screening (issue F item 3): list uploads, matching, review tasks and runs (SCR-1..3). */
@NullMarked
package org.peerpath.application.screening;

import org.jspecify.annotations.NullMarked;
