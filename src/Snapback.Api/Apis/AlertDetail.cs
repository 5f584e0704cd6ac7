using Snapback.Screening.Cases.Alerts;
using Snapback.Screening.Cases.Decisions;

namespace Snapback.Api.Apis;

/// <summary>An alert with its proposals (oldest first) and comments.</summary>
public sealed record AlertDetail(Alert Alert, IReadOnlyList<Proposal> Proposals, IReadOnlyList<Comment> Comments);
