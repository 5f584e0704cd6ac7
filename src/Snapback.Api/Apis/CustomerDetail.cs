using Snapback.Screening.Cases.Alerts;
using Snapback.Screening.Cases.Customers;

namespace Snapback.Api.Apis;

/// <summary>A customer: every stored version, oldest first, and the alerts on them.</summary>
public sealed record CustomerDetail(StoredCustomer Customer, IReadOnlyList<StoredCustomer> Versions, IReadOnlyList<Alert> Alerts);
