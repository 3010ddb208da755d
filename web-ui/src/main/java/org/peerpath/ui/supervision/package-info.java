/** Admins set who supervises and who directs each peer (SUP-1, DIR-2). */
@NullMarked
package org.peerpath.ui.supervision;

import org.jspecify.annotations.NullMarked;
