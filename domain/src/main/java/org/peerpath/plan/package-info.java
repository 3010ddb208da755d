/** The Plan of Care: authorship, sign-off, versions and the version in force on a date (POC). */
@NullMarked
package org.peerpath.plan;

import org.jspecify.annotations.NullMarked;
