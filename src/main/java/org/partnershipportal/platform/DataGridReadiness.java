package org.partnershipportal.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * How many nodes this node sees in the Data Grid, on /health/ready for operators (curl on the host):
 * after adding a node, both should say 2. Always UP: a node that lost its peers still serves people,
 * and its sessions are then its own.
 */
@Readiness
@ApplicationScoped
public class DataGridReadiness implements HealthCheck {

    @Inject
    DataGrid dataGrid;

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("data-grid").up()
                .withData("clustered", dataGrid.isClustered())
                .withData("members", dataGrid.members()).build();
    }
}
