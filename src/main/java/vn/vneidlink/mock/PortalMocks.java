package vn.vneidlink.mock;

import java.util.List;

/** The portal mocks of one {@link MockPortals} instance, as a seeded defect reaches them. */
record PortalMocks(NationalPortalMock national, NationalSsoMock sso, VneidSsoMock vneid, List<ProvincialPortalMock> provinces,
        java.util.Optional<VpcpPortalMock> vpcp) {

    /** Every route table, in the order the hosts are served. */
    List<RouteTable> routeTables() {
        List<RouteTable> tables = new java.util.ArrayList<>(List.of(national.routes(), sso.routes(), vneid.routes()));
        provinces.forEach(p -> tables.addAll(p.routeTables()));
        vpcp.ifPresent(v -> tables.add(v.routes()));
        return tables;
    }
}
