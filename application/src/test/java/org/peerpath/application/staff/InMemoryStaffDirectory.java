package org.peerpath.application.staff;

import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.peerpath.application.shared.ConcurrentChangeException;
import org.peerpath.application.staff.port.in.StaffAccount;
import org.peerpath.application.staff.port.in.StaffSummary;
import org.peerpath.application.staff.port.out.StaffDirectory;
import org.peerpath.shared.Role;
import org.peerpath.shared.StaffId;

public final class InMemoryStaffDirectory implements StaffDirectory {

    private final Map<StaffId, StaffAccount> accounts = new LinkedHashMap<>();

    @Override
    public Optional<StaffAccount> findByUsername(String username) {
        return accounts.values().stream()
                .filter(a -> a.username().equals(username))
                .findFirst();
    }

    @Override
    public Optional<StaffAccount> findById(StaffId id) {
        return Optional.ofNullable(accounts.get(id));
    }

    @Override
    public boolean existsByUsername(String username) {
        return findByUsername(username).isPresent();
    }

    @Override
    public boolean hasRole(StaffId staff, Role role) {
        StaffAccount account = accounts.get(staff);
        return account != null && account.roles().contains(role);
    }

    @Override
    public List<StaffSummary> withRole(Role role) {
        return accounts.values().stream()
                .filter(a -> a.enabled() && a.roles().contains(role))
                .sorted(Comparator.comparing(StaffAccount::displayName))
                .map(a -> new StaffSummary(a.id(), a.displayName()))
                .toList();
    }

    @Override
    public long count() {
        return accounts.size();
    }

    @Override
    public List<StaffAccount> all() {
        return accounts.values().stream()
                .sorted(Comparator.comparing(StaffAccount::displayName))
                .toList();
    }

    @Override
    public void save(StaffAccount account) {
        accounts.put(account.id(), account.atVersion(0));
    }

    @Override
    public void update(StaffAccount account) {
        StaffAccount stored = accounts.get(account.id());
        if (stored == null || stored.version() != account.version()) {
            throw new ConcurrentChangeException("staff account");
        }
        accounts.put(
                account.id(),
                new StaffAccount(
                        account.id(),
                        stored.username(),
                        account.displayName(),
                        account.passwordHash(),
                        account.roles(),
                        account.enabled(),
                        account.mustChangePassword(),
                        stored.lastSignInAt(),
                        stored.version() + 1));
    }

    @Override
    public void recordSignIn(StaffId id, Instant at) {
        StaffAccount stored = accounts.get(id);
        if (stored != null) {
            accounts.put(
                    id,
                    new StaffAccount(
                            id,
                            stored.username(),
                            stored.displayName(),
                            stored.passwordHash(),
                            stored.roles(),
                            stored.enabled(),
                            stored.mustChangePassword(),
                            at,
                            stored.version()));
        }
    }

    public @Nullable String displayName(StaffId id) {
        StaffAccount account = accounts.get(id);
        return account == null ? null : account.displayName();
    }

    public StaffId add(String username, Role role) {
        StaffId id = StaffId.newId();
        save(new StaffAccount(id, username, "Name of " + username, "hash", java.util.Set.of(role), true));
        return id;
    }
}
