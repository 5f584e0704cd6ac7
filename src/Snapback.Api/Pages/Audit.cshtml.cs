using Microsoft.AspNetCore.Mvc.RazorPages;
using Snapback.Screening.Cases;
using Snapback.Screening.Cases.Audit;

namespace Snapback.Api.Pages;

/// <summary>The audit trail, newest rows first, with a button that recomputes the whole chain (<see cref="AuditVerifier"/>).</summary>
internal sealed class AuditModel(ICaseStore store, AuditVerifier verifier) : PageModel
{
    /// <summary>The most rows shown; the export has them all.</summary>
    public const int Shown = 200;

    public IReadOnlyList<AuditEntry> Rows { get; private set; } = [];

    public AuditVerification? Verification { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task OnPostVerifyAsync(CancellationToken cancellationToken)
    {
        Verification = await verifier.VerifyAsync(cancellationToken);
        await LoadAsync(cancellationToken);
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        await using var session = await store.BeginReadAsync(cancellationToken);
        var rows = new Queue<AuditEntry>();
        await foreach (var row in session.ReadAuditAsync(null, null, cancellationToken))
        {
            rows.Enqueue(row);
            if (rows.Count > Shown)
            {
                rows.Dequeue();
            }
        }

        Rows = [.. rows.Reverse()];
    }
}
