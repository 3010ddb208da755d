/** The county policy profile: opt-ins, approved rates and settings, kept by admins (CTY, CONF-1). */
@NullMarked
package org.peerpath.application.county;

import org.jspecify.annotations.NullMarked;
