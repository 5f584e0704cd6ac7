using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Snapback.Api.Entities;
using Snapback.Api.Problems;

namespace Snapback.Api.Pages;

/// <summary>Entity: one listed party as of a date, through the same use case as <c>GET /api/entities/{id}</c>.</summary>
internal sealed class EntityModel(EntityReports reports) : PageModel
{
    [BindProperty(Name = "as_of", SupportsGet = true)]
    public string? AsOf { get; set; }

    public EntityReport? Report { get; private set; }

    public string Id { get; private set; } = "";

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
        return Report is null ? NotFound() : Page();
    }
}
