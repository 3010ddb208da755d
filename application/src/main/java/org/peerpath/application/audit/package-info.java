@NullMarked
package org.peerpath.application.audit;

import org.jspecify.annotations.NullMarked;
