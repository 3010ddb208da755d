package org.peerpath.persistence.screening;

import java.sql.Array;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.peerpath.application.screening.port.out.ScreeningRosterSource;
import org.peerpath.screening.ScreenedPerson;
import org.peerpath.shared.StaffId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Everyone screening covers (SCR-1), read in one query with their NPI, birth date and BHP license numbers. */
@Component
@Transactional(readOnly = true)
class ScreeningRosterAdapter implements ScreeningRosterSource {

    private final JdbcClient jdbc;

    ScreeningRosterAdapter(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<ScreenedPerson> everyoneToScreen() {
        return jdbc.sql("""
                        select a.id, a.display_name, a.npi, a.date_of_birth,
                               array_remove(array_agg(c.number), null) as licenses
                          from staff_account a
                          left join bhp_credential c on c.holder_id = a.id
                         where a.enabled and a.roles && array['PEER','SUPERVISOR','BHP']::varchar(12)[]
                         group by a.id
                         order by a.display_name, a.id
                        """)
                .query((rs, n) -> {
                    Array licenses = rs.getArray("licenses");
                    Set<String> numbers = licenses == null
                            ? Set.of()
                            : Arrays.stream((Object[]) licenses.getArray())
                                    .filter(Objects::nonNull)
                                    .map(Object::toString)
                                    .collect(Collectors.toSet());
                    return new ScreenedPerson(
                            new StaffId(rs.getObject("id", UUID.class)),
                            rs.getString("display_name"),
                            rs.getString("npi"),
                            numbers,
                            rs.getObject("date_of_birth", LocalDate.class));
                })
                .list();
    }
}
