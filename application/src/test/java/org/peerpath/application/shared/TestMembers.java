package org.peerpath.application.shared;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.concurrent.atomic.AtomicInteger;
import org.peerpath.member.Cin;
import org.peerpath.member.Language;
import org.peerpath.member.Member;
import org.peerpath.member.PersonName;
import org.peerpath.shared.County;
import org.peerpath.shared.DeliverySystem;

/** Members for tests, each with a fresh CIN so that tests sharing one database don't collide. */
public final class TestMembers {

    public static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
    private static final AtomicInteger NEXT_CIN = new AtomicInteger((int) (System.nanoTime() % 10_000_000));

    private TestMembers() {}

    public static Cin freshCin() {
        return new Cin("%08d%c".formatted(10_000_000 + NEXT_CIN.incrementAndGet() % 89_999_999, 'T'));
    }

    public static Member member(String given, String family) {
        return member(given, family, LocalDate.of(1990, 5, 17));
    }

    public static Member member(String given, String family, LocalDate dateOfBirth) {
        return Member.enroll(
                new PersonName(given, family),
                dateOfBirth,
                freshCin(),
                County.YOLO,
                EnumSet.of(DeliverySystem.SMHS, DeliverySystem.DMC_ODS),
                new Language("English"),
                TODAY);
    }
}
