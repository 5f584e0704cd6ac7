using Microsoft.AspNetCore.Mvc.RazorPages;
using Snapback.Screening.Cases;
using Snapback.Screening.Cases.Decisions;

namespace Snapback.Api.Pages;

/// <summary>The approvals queue: proposals waiting for a second person, oldest first.</summary>
internal sealed class ApprovalsModel(ICaseStore store) : PageModel
{
    public IReadOnlyList<Proposal> Pending { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await using var session = await store.BeginReadAsync(cancellationToken);
        Pending = await session.PendingProposalsAsync(cancellationToken);
    }
}
