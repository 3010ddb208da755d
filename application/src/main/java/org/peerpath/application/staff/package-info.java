@NullMarked
package org.peerpath.application.staff;

import org.jspecify.annotations.NullMarked;
