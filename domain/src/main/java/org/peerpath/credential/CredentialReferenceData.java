package org.peerpath.credential;

import static org.peerpath.credential.CredentialType.CERTIFIED_SUD_COUNSELOR;
import static org.peerpath.credential.CredentialType.LICENSED_CLINICAL_SOCIAL_WORKER;
import static org.peerpath.credential.CredentialType.LICENSED_MARRIAGE_AND_FAMILY_THERAPIST;
import static org.peerpath.credential.CredentialType.LICENSED_PROFESSIONAL_CLINICAL_COUNSELOR;
import static org.peerpath.credential.CredentialType.NURSE_PRACTITIONER;
import static org.peerpath.credential.CredentialType.PHARMACIST;
import static org.peerpath.credential.CredentialType.PHYSICIAN;
import static org.peerpath.credential.CredentialType.PHYSICIAN_ASSISTANT;
import static org.peerpath.credential.CredentialType.PSYCHOLOGIST;
import static org.peerpath.credential.CredentialType.REGISTERED_ASSOCIATE;
import static org.peerpath.credential.CredentialType.REGISTERED_NURSE;
import static org.peerpath.credential.CredentialType.REGISTERED_SUD_COUNSELOR;
import static org.peerpath.credential.CredentialType.WAIVERED_PROFESSIONAL;
import static org.peerpath.shared.DeliverySystem.DMC;
import static org.peerpath.shared.DeliverySystem.DMC_ODS;
import static org.peerpath.shared.DeliverySystem.SMHS;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.peerpath.shared.DeliverySystem;
import org.peerpath.shared.Message;

/**
 * DIR-1, DIR-3: which credential types may direct peer services and which may recommend them, per delivery system.
 * Reference data the admin can see, never a hard-coded list in a rule. {@link #assumptions()} names the OPEN entries.
 *
 * @param mayDirect DIR-1, DIR-2: the types that make someone a BHP for a delivery system
 * @param mayRecommend DIR-3: the types that may recommend peer services under a delivery system
 */
public record CredentialReferenceData(
        Map<DeliverySystem, Set<CredentialType>> mayDirect, Map<DeliverySystem, Set<CredentialType>> mayRecommend) {

    /** One OPEN entry: shown as "assumed: …" to admins, from the bundle's {@code messageKey} with {@link #args()}. */
    public record Assumption(String ruleId, DeliverySystem deliverySystem, CredentialType type, String messageKey) {

        /** The credential type and the delivery system, in bundle order. */
        public List<Object> args() {
            return List.of(type, deliverySystem);
        }
    }

    public CredentialReferenceData {
        mayDirect = copy(mayDirect);
        mayRecommend = copy(mayRecommend);
    }

    /** The catalogue's defaults (revised 2026-11-26). */
    public static CredentialReferenceData defaults() {
        Set<CredentialType> mentalHealth = EnumSet.of(
                PHYSICIAN,
                PSYCHOLOGIST,
                LICENSED_CLINICAL_SOCIAL_WORKER,
                LICENSED_MARRIAGE_AND_FAMILY_THERAPIST,
                LICENSED_PROFESSIONAL_CLINICAL_COUNSELOR,
                NURSE_PRACTITIONER,
                PHYSICIAN_ASSISTANT,
                REGISTERED_NURSE,
                REGISTERED_ASSOCIATE,
                WAIVERED_PROFESSIONAL);
        Set<CredentialType> substanceUse = EnumSet.copyOf(mentalHealth);
        substanceUse.addAll(EnumSet.of(REGISTERED_SUD_COUNSELOR, CERTIFIED_SUD_COUNSELOR));
        Set<CredentialType> smhsRecommenders = EnumSet.of(
                PHYSICIAN,
                PSYCHOLOGIST,
                LICENSED_CLINICAL_SOCIAL_WORKER,
                LICENSED_MARRIAGE_AND_FAMILY_THERAPIST,
                LICENSED_PROFESSIONAL_CLINICAL_COUNSELOR,
                REGISTERED_NURSE);
        Set<CredentialType> lphas = EnumSet.of(
                PHYSICIAN,
                NURSE_PRACTITIONER,
                PHYSICIAN_ASSISTANT,
                REGISTERED_NURSE,
                PHARMACIST,
                PSYCHOLOGIST,
                LICENSED_CLINICAL_SOCIAL_WORKER,
                LICENSED_MARRIAGE_AND_FAMILY_THERAPIST,
                LICENSED_PROFESSIONAL_CLINICAL_COUNSELOR);
        return new CredentialReferenceData(
                Map.of(SMHS, mentalHealth, DMC, substanceUse, DMC_ODS, substanceUse),
                Map.of(SMHS, smhsRecommenders, DMC, lphas, DMC_ODS, lphas));
    }

    /** DIR-1, DIR-2: someone holding {@code type} is a BHP for services under {@code system}. */
    public boolean mayDirect(CredentialType type, DeliverySystem system) {
        return mayDirect.getOrDefault(system, Set.of()).contains(type);
    }

    /** DIR-3: someone holding {@code type} may recommend peer services under {@code system}. */
    public boolean mayRecommend(CredentialType type, DeliverySystem system) {
        return mayRecommend.getOrDefault(system, Set.of()).contains(type);
    }

    /** The entries no source we hold confirms: SUD counselors directing (DIR-1), RNs and all of DMC recommending (DIR-3). */
    public List<Assumption> assumptions() {
        List<Assumption> open = new ArrayList<>();
        for (DeliverySystem system : List.of(DMC, DMC_ODS)) {
            for (CredentialType type : List.of(REGISTERED_SUD_COUNSELOR, CERTIFIED_SUD_COUNSELOR)) {
                if (mayDirect(type, system)) {
                    open.add(new Assumption("DIR-1", system, type, Message.ASSUMED_MAY_DIRECT.key()));
                }
            }
        }
        for (DeliverySystem system : DeliverySystem.values()) {
            for (CredentialType type : CredentialType.values()) {
                boolean assumed = system == DMC || type == REGISTERED_NURSE;
                if (assumed && mayRecommend(type, system)) {
                    open.add(new Assumption("DIR-3", system, type, Message.ASSUMED_MAY_RECOMMEND.key()));
                }
            }
        }
        return List.copyOf(open);
    }

    private static Map<DeliverySystem, Set<CredentialType>> copy(Map<DeliverySystem, Set<CredentialType>> byType) {
        Map<DeliverySystem, Set<CredentialType>> copy = new EnumMap<>(DeliverySystem.class);
        byType.forEach((system, types) -> copy.put(system, Set.copyOf(types)));
        return Map.copyOf(copy);
    }
}
