@NullMarked
package org.peerpath.persistence.service;

import org.jspecify.annotations.NullMarked;
