@NullMarked
package org.peerpath.application.service;

import org.jspecify.annotations.NullMarked;
