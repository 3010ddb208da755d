/**
 * What every form shares and that the security views need too (so not {@code ui.shared}, which depends on
 * {@code ui.security} for the signed-in person): asking before unsaved input is left behind.
 */
@NullMarked
package org.peerpath.ui.form;

import org.jspecify.annotations.NullMarked;
