@NullMarked
package org.peerpath.application.claimrecord;

import org.jspecify.annotations.NullMarked;
