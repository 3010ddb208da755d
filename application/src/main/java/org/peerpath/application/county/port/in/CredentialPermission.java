package org.peerpath.application.county.port.in;

import org.peerpath.credential.CredentialType;
import org.peerpath.shared.DeliverySystem;

/**
 * DIR-1, DIR-3: whether a credential type may direct and may recommend peer services under a delivery system, and
 * whether each answer is an assumption (kind OPEN).
 */
public record CredentialPermission(
        DeliverySystem deliverySystem,
        CredentialType type,
        boolean mayDirect,
        boolean directAssumed,
        boolean mayRecommend,
        boolean recommendAssumed) {}
