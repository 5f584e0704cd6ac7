namespace Snapback.Screening.Cases.Decisions;

/// <summary>A proposal waits, or was approved or rejected by a second person.</summary>
public enum ProposalState
{
    Pending,
    Approved,
    Rejected,
}
