namespace Snapback.Screening.Cases.Audit;

/// <summary>The actions the audit trail records.</summary>
public static class AuditActions
{
    public const string CustomersImported = "customers.imported";
    public const string AlertCreated = "alert.created";
    public const string AlertUpdated = "alert.updated";
    public const string AlertAssigned = "alert.assigned";
    public const string AlertCommented = "alert.commented";
    public const string DecisionProposed = "decision.proposed";
    public const string DecisionApproved = "decision.approved";
    public const string DecisionRejected = "decision.rejected";
    public const string SuppressionCreated = "suppression.created";
    public const string SuppressionLifted = "suppression.lifted";
    public const string KeyCreated = "key.created";
    public const string KeyRevoked = "key.revoked";
    public const string WebhookCreated = "webhook.created";
    public const string WebhookRemoved = "webhook.removed";
    public const string ListImported = "list.imported";
    public const string OwnershipImported = "ownership.imported";
    public const string AlertClosed = "alert.closed";
    public const string MonitorRunCompleted = "monitor.run.completed";
}
