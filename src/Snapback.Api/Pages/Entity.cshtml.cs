using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Snapback.Api.Entities;
using Snapback.Api.Problems;
using Snapback.Screening.Ownership;

namespace Snapback.Api.Pages;

/// <summary>Entity: one listed party as of a date, through the same use case as <c>GET /api/entities/{id}</c>.</summary>
internal sealed class EntityModel(EntityReports reports, OwnershipService ownership) : PageModel
{
    [BindProperty(Name = "as_of", SupportsGet = true)]
    public string? AsOf { get; set; }

    public EntityReport? Report { get; private set; }

    public string Id { get; private set; } = "";

    /// <summary>The entity's place in the imported holdings: what it owns that becomes blocked (OFAC unless <c>?regime=eu|uk</c>).</summary>
    public OwnershipPanel? Ownership { get; private set; }

    [BindProperty(SupportsGet = true)]
    public string? Regime { get; set; }

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken cancellationToken)
    {
        Id = id;
        DateTimeOffset? moment = null;
        try
        {
            moment = AsOfDate.Parse(AsOf, "as_of");
        }
        catch (FieldException problem)
        {
            ModelState.AddModelError("as_of", problem.Message);
        }

        Report = await reports.FindAsync(id, moment, cancellationToken);
        Ownership = await OwnershipPanel.LoadAsync(ownership, id, Regime, cancellationToken);
        return Report is null ? NotFound() : Page();
    }
}
